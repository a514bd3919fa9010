import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AnswerResponse, RegistrationResponse } from '@samverkan/registrations/contract';
import { ApiError, ErrorTextPipe, LanguageService, applyServerErrors, asApiError } from '@samverkan/shared/ui';
import { RegistrationsApi } from '../registrations-api';
import { buildAnswersGroup, toAnswers } from '../questions/answers-form';
import { QuestionFields } from '../questions/question-fields';

/**
 * The person's answers to the conference's own questions, on the manage page: changeable while the
 * conference takes registrations (the server says when it no longer does), read-only after, and
 * answers to questions since taken off the form still shown with their labels.
 */
@Component({
  selector: 'sv-my-answers',
  imports: [MatButton, TranslatePipe, ErrorTextPipe, QuestionFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (questions().length || answers().length) {
      <section aria-labelledby="my-answers-heading">
        <h2 id="my-answers-heading">{{ 'questions.mine.heading' | translate }}</h2>
        @if (editable()) {
          <form (submit)="saveAnswers($event)" novalidate>
            <sv-question-fields [questions]="questions()" [group]="group()" />
            @if (failure(); as failure) {
              <p class="sv-field-error" role="alert">{{ failure | svErrorText }}</p>
            }
            <button mat-flat-button type="submit" [disabled]="saving()">
              {{ (saving() ? 'questions.mine.saving' : 'questions.mine.save') | translate }}
            </button>
          </form>
        } @else {
          @if (closed()) {
            <p role="note">{{ 'questions.mine.closed' | translate }}</p>
          }
          @if (answers().length) {
            <dl class="sv-answers">
              @for (a of readable(); track a.id) {
                <div>
                  <dt>{{ a.label }}</dt>
                  <dd>
                    {{ a.value }}
                    @if (a.archived) {
                      <span class="sv-muted">({{ 'questions.mine.removed' | translate }})</span>
                    }
                  </dd>
                </div>
              }
            </dl>
          } @else {
            <p>{{ 'questions.mine.none' | translate }}</p>
          }
        }
        <p class="sv-status" role="status" aria-live="polite">{{ status() }}</p>
      </section>
    }
  `,
  styles: `
    .sv-answers dt {
      font-weight: 500;
    }
    .sv-answers dd {
      margin: 0 0 8px;
      white-space: pre-line;
    }
    .sv-muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .sv-field-error {
      color: var(--mat-sys-error);
    }
  `,
})
export class MyAnswers {
  private readonly api = inject(RegistrationsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly token = input.required<string>();
  readonly registration = input.required<RegistrationResponse>();

  private readonly conferenceId = computed(() => this.registration().conferenceId);
  private readonly questionList = rxResource({
    params: () => this.conferenceId(),
    stream: ({ params }) => this.api.questions(params),
  });
  protected readonly questions = computed(() => (this.questionList.hasValue() ? this.questionList.value() : []));
  /** The answers as last saved: from the registration, then from each save's answer. */
  protected readonly answers = linkedSignal<AnswerResponse[]>(() => this.registration().answers);
  protected readonly group = computed(() => buildAnswersGroup(this.questions(), this.answers()));
  /** Set when the server refuses a change because registration has closed. */
  protected readonly closed = signal(false);
  protected readonly editable = computed(() => {
    const r = this.registration();
    return this.questions().length > 0 && r.status !== 'cancelled' && !this.closed() && new Date(r.conferenceEndsAt).getTime() > Date.now();
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly status = signal('');

  protected readonly readable = computed(() => {
    const english = this.language.current() === 'en';
    const yes = this.translate.instant('questions.yes');
    const no = this.translate.instant('questions.no');
    return this.answers().map((a) => ({
      id: a.questionId,
      label: (english && a.labelEn) || a.labelSv,
      value: a.text ?? (a.yes === null ? a.options.map((o) => (english && o.labelEn) || o.labelSv).join(', ') : a.yes ? yes : no),
      archived: a.archived,
    }));
  });

  protected saveAnswers(event: Event): void {
    event.preventDefault();
    if (this.saving()) return;
    const group = this.group();
    this.failure.set(null);
    this.status.set('');
    if (group.invalid) {
      group.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api.update(this.token(), { answers: toAnswers(this.questions(), group) }).subscribe({
      next: (registration) => {
        this.saving.set(false);
        this.answers.set(registration.answers);
        this.status.set(this.translate.instant('questions.mine.saved'));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (apiError.code === 'registration-questions.answers-closed') this.closed.set(true);
        else if (!applyServerErrors(group, apiError)) this.failure.set(apiError);
      },
    });
  }
}
