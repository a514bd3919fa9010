import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  canRegister,
  conferenceDates,
  conferencePlace,
  localizedTitle,
  registrationState,
  registrationStateText,
} from '@samverkan/conferences/feature';
import { ORGANISATION_TYPES } from '@samverkan/identity/contract';
import type { RegistrationCreatedResponse } from '@samverkan/registrations/contract';
import {
  ApiError,
  ErrorMessage,
  FieldErrorPipe,
  LanguageService,
  LoadingIndicator,
  applyServerErrors,
  asApiError,
  ErrorTextPipe,
  errorText,
  isApiError,
  notFoundStatus,
} from '@samverkan/shared/ui';
import { RegistrationsApi } from '../registrations-api';
import { applyHealthDataConsent, buildRegistrationForm, toRegistrationRequest } from './registration-form';
import { buildAnswersGroup, toAnswers } from '../questions/answers-form';
import { QuestionFields } from '../questions/question-fields';
import { FeeSection } from '../fees/fee-section';
import { invoiceRequest } from '../fees/invoice-form';

/**
 * Public: the registration form of one conference, then the confirmation (a seat, or a place on
 * the waitlist) with the link to manage the registration.
 */
@Component({
  selector: 'sv-registration-page',
  imports: [
    ErrorTextPipe,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
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
    QuestionFields,
    FeeSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './registration-page.html',
  styleUrl: './registration-page.scss',
})
export class RegistrationPage {
  private readonly api = inject(RegistrationsApi);
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly confirmationHeading = viewChild<ElementRef<HTMLElement>>('confirmationHeading');

  /** The conference id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly organisationTypes = ORGANISATION_TYPES;
  protected readonly form = buildRegistrationForm(inject(NonNullableFormBuilder), this.language.current());
  protected readonly organisationType = toSignal(this.form.controls.organisationType.valueChanges, {
    initialValue: this.form.controls.organisationType.value,
  });
  protected readonly conference = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.conference(params) });
  /** The conference's own questions; without them (none, or not loaded) the form has only its fixed fields. */
  private readonly questionList = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.questions(params) });
  protected readonly questions = computed(() => (this.questionList.hasValue() ? this.questionList.value() : []));
  protected readonly answersForm = computed(() => buildAnswersGroup(this.questions()));
  protected readonly notFound = computed(() => {
    const error = this.conference.error();
    return isApiError(error) && (error.statusCode === 404 || error.statusCode === 400);
  });

  /** The needs fields open only with the separate consent to their processing (health data). */
  protected followHealthDataConsent(): void {
    applyHealthDataConsent(this.form.controls);
  }

  constructor() {
    // Server-side rendering answers an unknown (or malformed) id with 404 and this page's own message.
    notFoundStatus(this.notFound);
  }

  protected readonly loadError = computed(() => {
    const error = this.conference.error();
    return error && !this.notFound() ? errorText(error, this.translate) : null;
  });
  protected readonly view = computed(() => {
    if (!this.conference.hasValue()) return null;
    const conference = this.conference.value();
    const language = this.language.current();
    const state = registrationState(conference);
    return {
      id: conference.id,
      title: localizedTitle(conference, language),
      dates: conferenceDates(conference, language),
      place: conferencePlace(conference),
      state,
      stateText: registrationStateText(state, conference, language),
      open: canRegister(state),
    };
  });

  protected readonly submitting = signal(false);
  /** A failure that is not about one field (registration closed, network): shown as a banner. */
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly result = signal<{ created: RegistrationCreatedResponse; email: string } | null>(null);

  /**
   * The dialog and its overlay load when someone asks for the terms: out of this page's chunk, which
   * the browser evaluates and hydrates while the server-rendered page is already on screen.
   */
  protected async openTerms(): Promise<void> {
    const [{ MatDialog }, { TermsDialog }] = await Promise.all([import('@angular/material/dialog'), import('./terms-dialog')]);
    this.injector.get(MatDialog).open(TermsDialog, { width: '600px', maxWidth: '95vw' });
  }

  protected submitRegistration(): void {
    if (this.submitting()) return;
    this.failure.set(null);
    const answers = this.answersForm();
    if (this.form.invalid || answers.invalid) {
      this.form.markAllAsTouched();
      answers.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    const questions = this.questions();
    const body = {
      ...toRegistrationRequest(this.form.getRawValue()),
      ...invoiceRequest(this.form.controls.invoice),
      ...(questions.length ? { answers: toAnswers(questions, answers) } : {}),
    };
    this.submitting.set(true);
    this.api.register(this.id(), body).subscribe({
      next: (created) => {
        this.submitting.set(false);
        this.result.set({ created, email: body.email });
        // Move focus to the confirmation so screen reader users hear the outcome.
        setTimeout(() => this.confirmationHeading()?.nativeElement.focus());
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        // 409 (e-mail already registered) and 400 land next to their fields; 422 (closed) is a banner.
        const onAnswers = applyServerErrors(answers, apiError);
        if (applyServerErrors(this.form, apiError) || onAnswers) {
          this.focusFirstInvalidField();
        } else {
          this.failure.set(apiError);
          if (apiError.statusCode === 422) this.conference.reload();
        }
      },
    });
  }

  private focusFirstInvalidField(): void {
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>(
          'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, mat-checkbox.ng-invalid input, fieldset[aria-describedby] input',
        )
        ?.focus(),
    );
  }
}
