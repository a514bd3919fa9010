import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { conferenceDates, localizedTitle } from '@samverkan/conferences/feature';
import type { Language, RegistrationResponse, UpdateRegistrationRequest } from '@samverkan/registrations/contract';
import {
  ErrorMessage,
  FieldErrorPipe,
  LanguageService,
  LoadingIndicator,
  applyServerErrors,
  asApiError,
  confirmAction,
  errorText,
  isApiError,
  saveFile,
} from '@samverkan/shared/ui';
import { stockholmDate } from '@samverkan/shared/util-dates';
import { RegistrationsApi } from '../registrations-api';
import { applyHealthDataConsent } from '../register/registration-form';
import { MySessions } from './my-sessions';
import { CheckInQr } from './check-in-qr';
import { MyAnswers } from './my-answers';

interface StatusMessage {
  key: string;
  params?: Record<string, unknown>;
}

/** What the person can change through the manage link. */
export function toUpdateRequest(value: {
  title: string;
  healthDataConsent: boolean;
  dietaryNeeds: string;
  accessibilityNeeds: string;
  language: Language;
  showOnAttendeeList: boolean;
}): UpdateRegistrationRequest {
  return {
    title: value.title.trim() || null,
    // Sent only when given; withdrawing it is its own action (withdrawHealthDataConsent).
    ...(value.healthDataConsent ? { healthDataConsent: true } : {}),
    dietaryNeeds: (value.healthDataConsent && value.dietaryNeeds.trim()) || null,
    accessibilityNeeds: (value.healthDataConsent && value.accessibilityNeeds.trim()) || null,
    language: value.language,
    showOnAttendeeList: value.showOnAttendeeList,
  };
}

/**
 * Public, through the link in the e-mails (`/anmalan/:token`, no account): the registration's
 * status and waitlist position; change needs and language; cancel; download or erase the data.
 */
@Component({
  selector: 'sv-manage-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    MatCheckbox,
    MatButton,
    MatAnchor,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
    MySessions,
    CheckInQr,
    MyAnswers,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './manage-page.html',
  styleUrl: './manage-page.scss',
})
export class ManagePage {
  private readonly api = inject(RegistrationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);

  /** The manage token, bound from the route. */
  readonly token = input.required<string>();

  protected readonly registration = rxResource({ params: () => this.token(), stream: ({ params }) => this.api.get(params) });
  protected readonly notFound = computed(() => {
    const error = this.registration.error();
    return isApiError(error) && error.statusCode === 404;
  });
  protected readonly loadError = computed(() => {
    const error = this.registration.error();
    return error && !this.notFound() ? errorText(error, this.translate) : null;
  });
  protected readonly current = computed(() => (this.registration.hasValue() ? this.registration.value() : null));
  /** A plain link: the certificate route is public (the token is the secret) and answers with a file to save. */
  protected readonly certificateUrl = computed(() => this.api.certificateUrl(this.token()));
  /** After the conference, a confirmed participant is asked for their evaluation (its page says when it closes). */
  protected readonly evaluationOpen = computed(() => {
    const registration = this.current();
    return registration?.status === 'confirmed' && new Date(registration.conferenceEndsAt).getTime() <= Date.now();
  });
  protected readonly conference = computed(() => {
    const registration = this.current();
    if (!registration) return null;
    const language = this.language.current();
    const bilingual = { titleSv: registration.conferenceTitleSv, titleEn: registration.conferenceTitleEn };
    return {
      id: registration.conferenceId,
      title: localizedTitle(bilingual, language),
      dates: conferenceDates({ startsAt: registration.conferenceStartsAt, endsAt: registration.conferenceEndsAt }, language),
    };
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.maxLength(200)]],
    healthDataConsent: [false],
    dietaryNeeds: [{ value: '', disabled: true }, [Validators.maxLength(1000)]],
    accessibilityNeeds: [{ value: '', disabled: true }, [Validators.maxLength(1000)]],
    language: ['sv' as Language],
    showOnAttendeeList: [false],
  });
  protected readonly saving = signal(false);
  /** Which of the other actions is running, so its button can say so. */
  protected readonly busy = signal<'cancel' | 'export' | 'erase' | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly statusMessage = signal<StatusMessage | null>(null);
  /** Set once the data is erased: the link no longer leads anywhere. */
  protected readonly erased = signal(false);

  constructor() {
    effect(() => {
      const registration = this.current();
      if (registration) {
        untracked(() => {
          if (!this.form.dirty) this.fillForm(registration);
        });
      }
    });
  }

  /** "Mitt program" replaced the calendar link: the old one no longer works, so nothing shows it. */
  protected calendarLinkReplaced(url: string | null): void {
    if (!url) return;
    this.registration.update((registration) => (registration ? { ...registration, calendarUrl: url } : registration));
  }

  protected saveChanges(): void {
    if (this.saving()) return;
    this.failure.set(null);
    this.statusMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api.update(this.token(), toUpdateRequest(this.form.getRawValue())).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.fillForm(updated);
        this.registration.set(updated);
        this.statusMessage.set({ key: 'manage.saved' });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (!applyServerErrors(this.form, apiError)) this.failure.set(errorText(apiError, this.translate));
      },
    });
  }

  protected cancelRegistration(): void {
    const registration = this.current();
    if (!registration || this.busy()) return;
    const waitlisted = registration.status === 'waitlisted';
    const conference = this.conference()?.title ?? '';
    const texts = waitlisted
      ? {
          title: 'manage.leaveDialog.title',
          message: 'manage.leaveDialog.message',
          detail: 'manage.leaveDialog.detail',
          confirmLabel: 'manage.leaveDialog.confirm',
        }
      : {
          title: 'manage.cancelDialog.title',
          message: 'manage.cancelDialog.message',
          detail: 'manage.cancelDialog.detail',
          confirmLabel: 'manage.cancelDialog.confirm',
        };
    confirmAction(this.dialog, { ...texts, params: { title: conference }, destructive: true }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.startAction('cancel');
      this.api.cancel(this.token()).subscribe({
        next: () => {
          this.busy.set(null);
          this.statusMessage.set({ key: waitlisted ? 'manage.leftWaitlist' : 'manage.cancelled' });
          this.registration.reload();
        },
        error: (error: unknown) => this.failAction(error),
      });
    });
  }

  protected downloadData(): void {
    if (this.busy()) return;
    this.startAction('export');
    this.api.exportData(this.token()).subscribe({
      next: (data) => {
        this.busy.set(null);
        const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
        saveFile(this.document, blob, `anmalan-${stockholmDate(new Date())}.json`);
        this.statusMessage.set({ key: 'manage.downloaded' });
      },
      error: (error: unknown) => this.failAction(error),
    });
  }

  /** The needs fields open only with the consent to their processing (health data). */
  protected followHealthDataConsent(): void {
    applyHealthDataConsent(this.form.controls);
  }

  /** Withdraws the consent to the processing of needs: the API empties them. Confirmed first. */
  protected withdrawHealthDataConsent(): void {
    if (this.saving()) return;
    confirmAction(this.dialog, {
      title: 'manage.withdrawHealthDialog.title',
      message: 'manage.withdrawHealthDialog.message',
      confirmLabel: 'manage.withdrawHealthDialog.confirm',
      destructive: true,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.failure.set(null);
      this.statusMessage.set(null);
      this.saving.set(true);
      this.api.update(this.token(), { healthDataConsent: false, dietaryNeeds: null, accessibilityNeeds: null }).subscribe({
        next: (updated) => {
          this.saving.set(false);
          this.fillForm(updated);
          this.registration.set(updated);
          this.statusMessage.set({ key: 'manage.healthConsentWithdrawn' });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.failure.set(errorText(error, this.translate));
        },
      });
    });
  }

  protected eraseData(): void {
    if (this.busy()) return;
    confirmAction(this.dialog, {
      title: 'manage.eraseDialog.title',
      message: 'manage.eraseDialog.message',
      detail: 'manage.eraseDialog.detail',
      confirmLabel: 'manage.eraseDialog.confirm',
      destructive: true,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.startAction('erase');
      this.api.erase(this.token()).subscribe({
        next: () => {
          this.busy.set(null);
          this.erased.set(true);
        },
        error: (error: unknown) => this.failAction(error),
      });
    });
  }

  private startAction(action: 'cancel' | 'export' | 'erase'): void {
    this.failure.set(null);
    this.statusMessage.set(null);
    this.busy.set(action);
  }

  private failAction(error: unknown): void {
    this.busy.set(null);
    this.failure.set(errorText(error, this.translate));
  }

  private fillForm(registration: RegistrationResponse): void {
    this.form.reset({
      title: registration.title ?? '',
      healthDataConsent: registration.healthDataConsent === true,
      dietaryNeeds: registration.dietaryNeeds ?? '',
      accessibilityNeeds: registration.accessibilityNeeds ?? '',
      language: registration.language,
      showOnAttendeeList: registration.showOnAttendeeList,
    });
    applyHealthDataConsent(this.form.controls);
  }
}
