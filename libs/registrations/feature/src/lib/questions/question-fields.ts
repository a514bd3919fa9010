import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ANSWER_MAX_LENGTH, type QuestionResponse } from '@samverkan/registrations/contract';
import { LanguageService } from '@samverkan/shared/ui';
import { answerErrorKey, type AnswerControlValue, type AnswersGroup } from './answers-form';

/**
 * The conference's own questions as form fields, in order: a text field, a text area, radio buttons
 * (one choice), checkboxes (several) or yes/no radio buttons. Required ones are marked; an error (the
 * browser's check or the server's answer) shows at its question and is announced.
 */
@Component({
  selector: 'sv-question-fields',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    MatCheckbox,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="questions" [formGroup]="group()">
      @for (q of view(); track q.id) {
        @let control = group().controls[q.id];
        @let showError = control.invalid && control.touched;
        @switch (q.kind) {
          @case ('text') {
            <mat-form-field appearance="outline" class="full">
              <mat-label>{{ q.label }}</mat-label>
              <input matInput [formControlName]="q.id" [attr.data-question]="q.id" [required]="q.required" [attr.maxlength]="maxText" />
              <mat-error>{{ errorText(q.id) }}</mat-error>
            </mat-form-field>
          }
          @case ('long-text') {
            <mat-form-field appearance="outline" class="full">
              <mat-label>{{ q.label }}</mat-label>
              <textarea
                matInput
                rows="3"
                [formControlName]="q.id"
                [attr.data-question]="q.id"
                [required]="q.required"
                [attr.maxlength]="maxLong"
              ></textarea>
              <mat-hint align="end">{{ textLength(control.value) }} / {{ maxLong }}</mat-hint>
              <mat-error>{{ errorText(q.id) }}</mat-error>
            </mat-form-field>
          }
          @case ('choices') {
            <fieldset
              class="group"
              [attr.aria-describedby]="showError ? idPrefix() + 'answer-error-' + q.id : null"
              [attr.data-question]="q.id"
            >
              <legend>
                {{ q.label }}
                @if (q.required) {
                  <span aria-hidden="true"> *</span><span class="sr-only"> {{ 'questions.required' | translate }}</span>
                }
              </legend>
              @for (o of q.options; track o.id) {
                <mat-checkbox [checked]="isChosen(q.id, o.id)" (change)="toggleOption(q.id, o.id, $event.checked)">{{
                  o.label
                }}</mat-checkbox>
              }
              @if (showError) {
                <p class="error" role="alert" [id]="idPrefix() + 'answer-error-' + q.id">{{ errorText(q.id) }}</p>
              }
            </fieldset>
          }
          @default {
            <fieldset
              class="group"
              [attr.aria-describedby]="showError ? idPrefix() + 'answer-error-' + q.id : null"
              [attr.data-question]="q.id"
            >
              <legend [id]="idPrefix() + 'answer-legend-' + q.id">
                {{ q.label }}
                @if (q.required) {
                  <span aria-hidden="true"> *</span><span class="sr-only"> {{ 'questions.required' | translate }}</span>
                }
              </legend>
              <mat-radio-group
                [formControlName]="q.id"
                [attr.aria-labelledby]="idPrefix() + 'answer-legend-' + q.id"
                [required]="q.required"
              >
                @if (q.kind === 'yes-no') {
                  <mat-radio-button [value]="true">{{ 'questions.yes' | translate }}</mat-radio-button>
                  <mat-radio-button [value]="false">{{ 'questions.no' | translate }}</mat-radio-button>
                } @else {
                  @for (o of q.options; track o.id) {
                    <mat-radio-button [value]="o.id">{{ o.label }}</mat-radio-button>
                  }
                }
              </mat-radio-group>
              @if (showError) {
                <p class="error" role="alert" [id]="idPrefix() + 'answer-error-' + q.id">{{ errorText(q.id) }}</p>
              }
            </fieldset>
          }
        }
      }
    </div>
  `,
  styles: `
    .questions {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .full {
      width: 100%;
    }
    .group {
      border: 0;
      margin: 0 0 16px;
      padding: 0;
      min-width: 0;
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .group legend {
      font-weight: 500;
      margin-bottom: 4px;
      padding: 0;
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 4px 0 0;
      font-size: 0.875rem;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class QuestionFields {
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  readonly questions = input.required<readonly QuestionResponse[]>();
  /** One control per question (buildAnswersGroup). */
  readonly group = input.required<AnswersGroup>();
  /** Keeps the element ids unique where the questions are asked more than once on a page (one set per group member). */
  readonly idPrefix = input('');

  protected readonly maxText = ANSWER_MAX_LENGTH.text;
  protected readonly maxLong = ANSWER_MAX_LENGTH['long-text'];
  protected readonly view = computed(() => {
    const english = this.language.current() === 'en';
    return this.questions().map((q) => ({
      id: q.id,
      kind: q.kind,
      required: q.required,
      label: (english && q.labelEn) || q.labelSv,
      options: q.options.map((o) => ({ id: o.id, label: (english && o.labelEn) || o.labelSv })),
    }));
  });

  protected textLength(value: AnswerControlValue): number {
    return typeof value === 'string' ? value.length : 0;
  }

  protected isChosen(questionId: string, optionId: string): boolean {
    const value = this.group().controls[questionId]?.value;
    return Array.isArray(value) && value.includes(optionId);
  }

  protected toggleOption(questionId: string, optionId: string, checked: boolean): void {
    const control = this.group().controls[questionId];
    const question = this.questions().find((q) => q.id === questionId);
    if (!control || !question) return;
    const chosen = new Set(Array.isArray(control.value) ? control.value : []);
    if (checked) chosen.add(optionId);
    else chosen.delete(optionId);
    control.setValue(question.options.map((o) => o.id).filter((id) => chosen.has(id)));
    control.markAsTouched();
  }

  protected errorText(questionId: string): string {
    const message = answerErrorKey(this.group().controls[questionId]?.errors ?? null);
    return message ? this.translate.instant(message.key, message.params) : '';
  }
}
