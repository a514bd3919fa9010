import { HttpClient } from '@angular/common/http';
import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { can, type Capability, type LoginRequest, type LoginResponse, type Role, type UserSummary } from '@samverkan/identity/contract';
import { Observable, catchError, finalize, map, of, tap, throwError } from 'rxjs';
import { isApiError } from '@samverkan/shared/ui/startup';

export const AUTH_API = {
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
} as const;

/** sessionStorage key: the token lives as long as the browser tab, not longer. */
export const SESSION_STORAGE_KEY = 'samverkan.session';

interface StoredSession {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

interface Session extends StoredSession {
  /** Null while the stored token is being checked against /api/auth/me. */
  user: UserSummary | null;
}

/** Who is signed in, with which roles; signs in and out against the API. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly storage = sessionStorageOf(inject(DOCUMENT));
  private readonly session = signal<Session | null>(null);

  readonly user = computed(() => this.session()?.user ?? null);
  readonly isAuthenticated = computed(() => this.user() !== null);
  readonly roles = computed<readonly Role[]>(() => this.user()?.roles ?? []);

  /** Whether the signed-in user has a capability of the role table (identity contract). */
  can(capability: Capability): boolean {
    return can(this.roles(), capability);
  }

  /** The token to send, or null when there is none or it has expired. */
  accessToken(): string | null {
    const session = this.session();
    if (!session) return null;
    if (session.expiresAt <= Date.now()) {
      this.clear();
      return null;
    }
    return session.accessToken;
  }

  login(credentials: LoginRequest): Observable<UserSummary> {
    return this.http.post<LoginResponse>(AUTH_API.login, credentials).pipe(
      map((response) => {
        const stored: StoredSession = {
          accessToken: response.accessToken,
          expiresAt: Date.now() + response.expiresIn * 1000,
        };
        this.writeStorage(stored);
        this.session.set({ ...stored, user: response.user });
        return response.user;
      }),
    );
  }

  /**
   * Picks up a session stored by an earlier page load and asks the API who it belongs to.
   * Never errors: a refused token is forgotten, and an unreachable API leaves the visitor
   * signed out for now but keeps the token for the next load.
   */
  restore(): Observable<UserSummary | null> {
    const stored = this.readStorage();
    if (!stored || stored.expiresAt <= Date.now()) {
      this.clear();
      return of(null);
    }
    this.session.set({ ...stored, user: null });
    return this.http.get<UserSummary>(AUTH_API.me).pipe(
      tap((user) => this.session.set({ ...stored, user })),
      catchError((error: unknown) => {
        if (isApiError(error) && (error.statusCode === 401 || error.statusCode === 403)) {
          this.clear();
        } else {
          this.session.set(null);
        }
        return of(null);
      }),
    );
  }

  /** Tells the API to refuse the token from now on; forgets the session whatever the API answers. */
  logout(): Observable<void> {
    if (!this.accessToken()) {
      this.clear();
      return of(undefined);
    }
    return this.http.post<void>(AUTH_API.logout, null).pipe(
      map(() => undefined),
      catchError((error: unknown) => (isApiError(error) && error.statusCode === 401 ? of(undefined) : throwError(() => error))),
      finalize(() => this.clear()),
    );
  }

  /** Forgets the session locally (also used when the API refuses the token). */
  clear(): void {
    this.session.set(null);
    try {
      this.storage?.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // storage unavailable: nothing stored either
    }
  }

  private readStorage(): StoredSession | null {
    try {
      const raw = this.storage?.getItem(SESSION_STORAGE_KEY);
      if (!raw) return null;
      const parsed: unknown = JSON.parse(raw);
      if (
        typeof parsed === 'object' &&
        parsed !== null &&
        typeof (parsed as StoredSession).accessToken === 'string' &&
        typeof (parsed as StoredSession).expiresAt === 'number'
      ) {
        return parsed as StoredSession;
      }
      return null;
    } catch {
      return null;
    }
  }

  private writeStorage(session: StoredSession): void {
    try {
      this.storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    } catch {
      // storage unavailable: the session lasts until the page is reloaded
    }
  }
}

function sessionStorageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.sessionStorage ?? null;
  } catch {
    return null;
  }
}
