import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { localizedTitle } from '@samverkan/conferences/feature';
import { CHOICE_KINDS, QUESTION_KINDS, type QuestionKind, type QuestionResponse } from '@samverkan/registrations/contract';
import {
  ApiError,
  ErrorMessage,
  ErrorTextPipe,
  FieldErrorPipe,
  LanguageService,
  LoadingIndicator,
  asApiError,
  errorText,
} from '@samverkan/shared/ui';
import { RegistrationsApi } from '../registrations-api';
import { moveControl, optionForm, questionForm, toQuestionInputs, type QuestionForm } from './question-editor';

/**
 * Staff: a conference's own questions on the registration form. Add, edit (labels in Swedish and
 * English, kind, options, required), reorder and remove, then save the whole list (PUT …/questions).
 */
@Component({
  selector: 'sv-question-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatCheckbox,
    MatButton,
    MatIconButton,
    MatIcon,
    TranslatePipe,
    FieldErrorPipe,
    ErrorTextPipe,
    ErrorMessage,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-editor-page.html',
  styleUrl: './question-editor-page.scss',
})
export class QuestionEditorPage {
  private readonly api = inject(RegistrationsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  /** The conference id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly kinds = QUESTION_KINDS;
  protected readonly conference = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.conference(params) });
  protected readonly stored = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.questions(params) });
  protected readonly title = computed(() =>
    this.conference.hasValue() ? localizedTitle(this.conference.value(), this.language.current()) : '',
  );
  protected readonly loadError = computed(() => {
    const error = this.stored.error() ?? this.conference.error();
    return error ? errorText(error, this.translate) : null;
  });

  protected readonly list = new FormArray<QuestionForm>([]);
  protected readonly root = new FormGroup({ questions: this.list });
  /** Bumped on every change the form does not signal itself (structure, touched state). */
  private readonly version = signal(0);
  /** The questions as the template shows them: a new list at every change, so the OnPush view redraws. */
  protected readonly questions = computed(() => {
    this.version();
    return [...this.list.controls];
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly status = signal<string | null>(null);

  constructor() {
    effect(() => {
      if (!this.stored.hasValue()) return;
      const questions = this.stored.value();
      untracked(() => this.reset(questions));
    });
  }

  protected isChoice(kind: QuestionKind): boolean {
    return CHOICE_KINDS.includes(kind);
  }

  protected addQuestion(): void {
    this.list.push(questionForm());
    this.changed();
  }

  protected removeQuestion(index: number): void {
    this.list.removeAt(index);
    this.changed();
  }

  protected moveQuestion(index: number, step: -1 | 1): void {
    moveControl(this.list, index, step);
    this.changed();
  }

  /** A new choice question starts with two empty options to fill in. */
  protected kindChanged(question: QuestionForm): void {
    if (this.isChoice(question.controls.kind.value)) {
      while (question.controls.options.length < 2) question.controls.options.push(optionForm());
    }
    this.changed();
  }

  protected addOption(question: QuestionForm): void {
    question.controls.options.push(optionForm());
    this.changed();
  }

  protected removeOption(question: QuestionForm, index: number): void {
    question.controls.options.removeAt(index);
    this.changed();
  }

  protected saveQuestions(): void {
    if (this.saving()) return;
    this.failure.set(null);
    this.status.set(null);
    if (this.list.invalid) {
      this.list.markAllAsTouched();
      this.version.update((v) => v + 1);
      return;
    }
    this.saving.set(true);
    this.api.saveQuestions(this.id(), toQuestionInputs(this.list.controls)).subscribe({
      next: (questions) => {
        this.saving.set(false);
        this.reset(questions);
        this.status.set(this.translate.instant('questions.editor.saved'));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.failure.set(asApiError(error, this.translate.instant('errors.unexpected')));
      },
    });
  }

  private reset(questions: readonly QuestionResponse[]): void {
    this.list.clear({ emitEvent: false });
    for (const question of questions) this.list.push(questionForm(question), { emitEvent: false });
    this.changed();
  }

  private changed(): void {
    this.status.set(null);
    this.version.update((v) => v + 1);
  }
}
