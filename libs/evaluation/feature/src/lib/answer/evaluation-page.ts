import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { conferenceDates, localizedTitle } from '@samverkan/conferences/feature';
import { EVALUATION_SCORES, EVALUATION_TEXT_MAX, type EvaluationForm } from '@samverkan/evaluation/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText, isApiError } from '@samverkan/shared/ui';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';
import { EvaluationApi } from '../evaluation-api';
import { initialValue, toAnswerRequest, type EvaluationFormValue } from './evaluation-form';

/**
 * Public, through the link in the invitation (`/anmalan/:token/utvardering`, no account): the
 * participant's evaluation of the conference. Open from the conference's end until it closes; the
 * answer can be changed until then (each save replaces it).
 */
@Component({
  selector: 'sv-evaluation-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    TranslatePipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evaluation-page.html',
  styleUrl: './evaluation-page.scss',
})
export class EvaluationPage {
  private readonly api = inject(EvaluationApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The manage token, bound from the route. */
  readonly token = input.required<string>();

  protected readonly scores = EVALUATION_SCORES;
  protected readonly textMax = EVALUATION_TEXT_MAX;
  protected readonly evaluation = rxResource({ params: () => this.token(), stream: ({ params }) => this.api.form(params) });
  protected readonly current = computed(() => (this.evaluation.hasValue() ? this.evaluation.value() : null));
  protected readonly notFound = computed(() => {
    const error = this.evaluation.error();
    return isApiError(error) && error.statusCode === 404;
  });
  protected readonly loadError = computed(() => {
    const error = this.evaluation.error();
    return error && !this.notFound() ? errorText(error, this.translate) : null;
  });

  protected readonly form = this.fb.group({
    overall: new FormControl<number | null>(null, Validators.required),
    sessions: this.fb.record<number | null>({}),
    keep: ['', Validators.maxLength(EVALUATION_TEXT_MAX)],
    change: ['', Validators.maxLength(EVALUATION_TEXT_MAX)],
    focusAreas: this.fb.record<boolean>({}),
  });

  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly submitted = signal(false);

  protected readonly heading = computed(() => {
    const form = this.current();
    return form ? localizedTitle(form.conference, this.language.current()) : '';
  });
  protected readonly dates = computed(() => {
    const form = this.current();
    return form ? conferenceDates(form.conference, this.language.current()) : '';
  });

  constructor() {
    effect(() => {
      const form = this.current();
      if (form) untracked(() => this.fill(form));
    });
  }

  protected title(item: { titleSv: string; titleEn: string | null }): string {
    return localizedTitle(item, this.language.current());
  }

  protected when(value: string | null): string {
    if (!value) return '';
    const language = this.language.current();
    return `${formatDate(value, language)} ${formatTime(value, language)}`;
  }

  protected save(): void {
    this.submitted.set(true);
    this.saved.set(false);
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api.answer(this.token(), toAnswerRequest(this.form.getRawValue() as EvaluationFormValue)).subscribe({
      next: (form) => {
        this.saving.set(false);
        this.saved.set(true);
        this.form.markAsPristine();
        this.evaluation.set(form);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.failure.set(errorText(error, this.translate));
      },
    });
  }

  private fill(form: EvaluationForm): void {
    if (this.form.dirty) return;
    const value = initialValue(form);
    for (const id of Object.keys(value.sessions)) {
      if (!this.form.controls.sessions.contains(id)) this.form.controls.sessions.addControl(id, new FormControl<number | null>(null));
    }
    for (const code of Object.keys(value.focusAreas)) {
      if (!this.form.controls.focusAreas.contains(code)) this.form.controls.focusAreas.addControl(code, this.fb.control(false));
    }
    this.form.reset(value);
  }
}
