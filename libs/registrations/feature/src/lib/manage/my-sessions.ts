import { ChangeDetectionStrategy, Component, computed, inject, input, model, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ProgrammeResponse, SignupCountsResponse } from '@samverkan/agenda/contract';
import type { MySessionResponse } from '@samverkan/registrations/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, asApiError, errorText, isApiError } from '@samverkan/shared/ui';
import { CalendarLinks } from '@samverkan/shared/ui/calendar';
import { catchError, of, throwError } from 'rxjs';
import { RegistrationsApi } from '../registrations-api';
import { myProgramme, signupSessions, type SignupSession } from './sessions-view';

interface StatusMessage {
  key: string;
  params?: Record<string, unknown>;
}

/**
 * On the manage page of a confirmed registration: "my programme" (the chosen sessions by day,
 * linked to the programme, and the person's calendar feed with a way to replace its link), and the
 * published programme's sessions with limited places to sign up for or leave, with the places left.
 * The server decides (full, overlapping); its message shows at the session.
 */
@Component({
  selector: 'sv-my-sessions',
  imports: [RouterLink, MatButton, TranslatePipe, ErrorMessage, LoadingIndicator, CalendarLinks],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-sessions.html',
  styleUrl: './my-sessions.scss',
})
export class MySessions {
  private readonly api = inject(RegistrationsApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  readonly token = input.required<string>();
  readonly conferenceId = input.required<string>();
  /** The conference's title, for the calendar's name. */
  readonly conferenceTitle = input('');
  /** The registration's personal feed (its calendarUrl); replaced here when the person asks for a new link. */
  readonly calendarUrl = model<string | null>(null);

  protected readonly mine = rxResource({ params: () => this.token(), stream: ({ params }) => this.api.sessions(params) });
  /** Null while no programme is published (the API answers 404): nothing to sign up for yet. */
  protected readonly programme = rxResource({
    params: () => this.conferenceId(),
    stream: ({ params }) =>
      this.api
        .programme(params)
        .pipe(catchError((error: unknown) => (isApiError(error) && error.statusCode === 404 ? of(null) : throwError(() => error)))),
  });

  /** Live places left in every session; a bonus: without them the sessions show their capacity. */
  protected readonly counts = rxResource({
    params: () => this.conferenceId(),
    stream: ({ params }) => this.api.signupCounts(params).pipe(catchError(() => of<SignupCountsResponse | null>(null))),
  });

  /** The session whose button is working. */
  protected readonly pending = signal<string | null>(null);
  /** The server's refusal, shown at the session it concerns. */
  protected readonly refusals = signal<Record<string, string>>({});
  /** Sessions the server said are full (the public programme has no live counts). */
  private readonly full = signal<ReadonlySet<string>>(new Set());
  protected readonly statusMessage = signal<StatusMessage | null>(null);
  protected readonly rotating = signal(false);
  protected readonly calendarStatus = signal<StatusMessage | null>(null);
  protected readonly calendarError = signal<string | null>(null);
  protected readonly calendarName = computed(() => {
    this.language.current(); // the name follows the UI language
    return this.translate.instant('mySessions.calendarName', { title: this.conferenceTitle() || this.translate.instant('manage.heading') });
  });

  protected readonly mineError = computed(() => this.errorText(this.mine.error()));
  protected readonly programmeError = computed(() => this.errorText(this.programme.error()));

  protected readonly days = computed(() => (this.mine.hasValue() ? myProgramme(this.mine.value(), this.language.current()) : []));

  protected readonly sessions = computed(() => {
    if (!this.programme.hasValue() || !this.mine.hasValue()) return null;
    const full = this.full();
    const counts = this.counts.value() ?? null;
    return signupSessions(this.programme.value() as ProgrammeResponse | null, this.mine.value(), this.language.current(), counts).map(
      (session) => ({
        ...session,
        full: !session.chosen && (full.has(session.id) || session.placesLeft === 0),
      }),
    );
  });

  protected signUp(session: SignupSession): void {
    this.change(session, 'signUp');
  }

  protected leave(session: SignupSession): void {
    this.change(session, 'leave');
  }

  /** A new calendar link: the old one stops working, so a calendar subscribed to it needs the new one. */
  protected rotateCalendar(): void {
    if (this.rotating()) return;
    this.rotating.set(true);
    this.calendarStatus.set(null);
    this.calendarError.set(null);
    this.api.rotateCalendarLink(this.token()).subscribe({
      next: ({ url }) => {
        this.rotating.set(false);
        this.calendarUrl.set(url);
        this.calendarStatus.set({ key: 'mySessions.calendarRotated' });
      },
      error: (error: unknown) => {
        this.rotating.set(false);
        this.calendarError.set(errorText(error, this.translate));
      },
    });
  }

  private change(session: SignupSession, action: 'signUp' | 'leave'): void {
    if (this.pending()) return;
    this.pending.set(session.id);
    this.statusMessage.set(null);
    this.refusals.set({});
    const request =
      action === 'signUp' ? this.api.signUpForSession(this.token(), session.id) : this.api.leaveSession(this.token(), session.id);
    request.subscribe({
      next: (list: MySessionResponse[]) => {
        this.pending.set(null);
        this.mine.set(list);
        this.counts.reload();
        if (action === 'leave') this.full.update((full) => new Set([...full].filter((id) => id !== session.id)));
        this.statusMessage.set({ key: action === 'signUp' ? 'mySessions.signedUp' : 'mySessions.left', params: { title: session.title } });
      },
      error: (error: unknown) => {
        this.pending.set(null);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (apiError.statusCode === 409) {
          this.full.update((full) => new Set([...full, session.id]));
          this.counts.reload();
        }
        this.refusals.set({ [session.id]: apiError.message });
      },
    });
  }

  private errorText(error: unknown): string | null {
    return error ? errorText(error, this.translate) : null;
  }
}
