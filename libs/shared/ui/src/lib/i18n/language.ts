import { DOCUMENT, Injectable, PendingTasks, REQUEST, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { Observable, firstValueFrom, from } from 'rxjs';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './dictionary';
import { LoadedTexts } from './loaded-texts';
import { I18N_CONFIG } from './i18n-config';
import type { TextGroup } from './texts';

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'samverkan.language';

/**
 * The cookie that tells the server which language to render (server-side rendering): the same
 * choice as in localStorage, which the server cannot read. Only ever `sv` or `en`.
 */
export const LANGUAGE_COOKIE = 'lang';
const COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The value of the language cookie in a `Cookie` header (or `document.cookie`), if it names a language. */
export function languageFromCookies(cookies: string | null | undefined): Language | null {
  for (const part of (cookies ?? '').split(';')) {
    const [name, value] = part.split('=', 2).map((s) => s.trim());
    if (name === LANGUAGE_COOKIE && isLanguage(value)) return value;
  }
  return null;
}

/**
 * The UI language: Swedish unless the visitor chose English before.
 * Keeps ngx-translate, `<html lang>`, localStorage and the `lang` cookie in step.
 *
 * On the server (SSR) the choice comes from the request's `lang` cookie; in the browser from the
 * cookie, else from localStorage (a choice made before the cookie existed, then copied to the
 * cookie so that the next server render agrees). Both sides thus start in the same language and
 * hydration neither flashes Swedish nor mismatches.
 *
 * Texts come in groups (`TextGroup`): the shell's are registered at start-up, a route's when it first
 * opens (`textsResolver`); each is loaded in the current language, and all of them before a switch.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  /** Only during server-side rendering. */
  private readonly request = inject(REQUEST, { optional: true });
  private readonly currentLanguage = signal<Language>(DEFAULT_LANGUAGE);
  private readonly texts = new LoadedTexts(this.translate);
  private readonly pendingTasks = inject(PendingTasks);

  constructor() {
    this.texts.register(inject(I18N_CONFIG, { optional: true })?.texts ?? []);
  }

  readonly current = this.currentLanguage.asReadonly();

  /** Applies the remembered language (or Swedish); run once at start-up. */
  init(): Observable<unknown> {
    if (this.request) {
      return this.apply(languageFromCookies(this.request.headers.get('cookie')) ?? DEFAULT_LANGUAGE);
    }
    const fromCookie = languageFromCookies(this.readCookies());
    if (fromCookie) return this.apply(fromCookie);
    const remembered = this.readStorage();
    if (isLanguage(remembered)) {
      this.writeCookie(remembered);
      return this.apply(remembered);
    }
    return this.apply(DEFAULT_LANGUAGE);
  }

  /** Switches language and remembers the choice. */
  use(language: Language): Observable<unknown> {
    this.writeStorage(language);
    this.writeCookie(language);
    return this.apply(language);
  }

  /** Registers text groups and loads them in the current language (a route's texts: `textsResolver`). */
  addTexts(groups: readonly TextGroup[]): Promise<void> {
    return this.texts.add(groups, this.currentLanguage());
  }

  private apply(language: Language): Observable<unknown> {
    this.currentLanguage.set(language);
    this.document.documentElement.lang = language;
    // Started at once, whether or not the caller subscribes; stable (server render, tests) once done.
    const done = this.pendingTasks.add();
    const switched = this.texts
      .loadAll(language)
      .then(() => firstValueFrom(this.translate.use(language)))
      .finally(done);
    switched.catch(() => undefined);
    return from(switched);
  }

  // Storage can be unavailable (privacy modes, disabled cookies): the choice then lasts for the visit only.
  private readStorage(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private writeStorage(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // see readStorage
    }
  }

  private readCookies(): string {
    try {
      return this.document.cookie;
    } catch {
      return '';
    }
  }

  private writeCookie(language: Language): void {
    if (this.request) return;
    try {
      const secure = this.document.location?.protocol === 'https:' ? '; Secure' : '';
      this.document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${COOKIE_MAX_AGE_SECONDS}; SameSite=Lax${secure}`;
    } catch {
      // cookies disabled: the server renders Swedish and the browser switches after start-up
    }
  }
}
