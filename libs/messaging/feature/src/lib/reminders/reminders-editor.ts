import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ReminderResponse } from '@samverkan/messaging/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';
import { MessagingApi } from '../messaging-api';
import { NEW_REMINDER, toReminderForm, toReminderInput, type ReminderFormValue } from './reminder-form';

/** The conference's reminders: those not yet sent can be changed, added and removed; sent ones are listed. */
@Component({
  selector: 'sv-reminders-editor',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatRadioGroup, MatRadioButton, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{{ 'reminders.heading' | translate }}</h2>
      <p>{{ 'reminders.intro' | translate }}</p>
      @if (reminders.isLoading()) {
        <sv-loading-indicator label="reminders.loading" />
      }
      @if (loadError(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="reminders.reload()" />
      } @else if (reminders.hasValue()) {
        @if (sentReminders().length) {
          <h3>{{ 'reminders.sentHeading' | translate }}</h3>
          <ul class="sv-sent-reminders">
            @for (reminder of sentReminders(); track reminder.id) {
              <li>
                <strong>{{ 'reminders.sentAt' | translate: { at: when(reminder.sentAt ?? reminder.dueAt) } }}</strong>
                <span class="sv-sent-reminders__text">{{ reminder.textSv }}</span>
              </li>
            }
          </ul>
        }
        <form [formGroup]="form" (ngSubmit)="save()" novalidate>
          @if (items.length === 0) {
            <p class="sv-empty">{{ 'reminders.empty' | translate }}</p>
          }
          <div formArrayName="items">
            @for (item of items.controls; track item; let i = $index) {
              <fieldset class="sv-reminder" [formGroupName]="i">
                <legend>{{ 'reminders.itemHeading' | translate: { number: i + 1 } }}</legend>
                @if (dueOf(i); as due) {
                  <p class="sv-hint">{{ 'reminders.due' | translate: { at: when(due) } }}</p>
                }
                <span [id]="'reminder-when-' + i" class="sv-radio-label">{{ 'reminders.when' | translate }}</span>
                <mat-radio-group formControlName="mode" [attr.aria-labelledby]="'reminder-when-' + i" class="sv-radio-row">
                  <mat-radio-button value="days">{{ 'reminders.daysBefore' | translate }}</mat-radio-button>
                  <mat-radio-button value="at">{{ 'reminders.at' | translate }}</mat-radio-button>
                </mat-radio-group>
                @if (item.controls.mode.value === 'days') {
                  <mat-form-field appearance="outline">
                    <mat-label>{{ 'reminders.daysBefore' | translate }}</mat-label>
                    <input matInput type="number" min="0" max="365" formControlName="daysBefore" />
                    <mat-hint>{{ 'reminders.daysBeforeHint' | translate }}</mat-hint>
                  </mat-form-field>
                } @else {
                  <div class="sv-reminder__time">
                    <mat-form-field appearance="outline">
                      <mat-label>{{ 'reminders.date' | translate }}</mat-label>
                      <input matInput type="date" formControlName="date" />
                    </mat-form-field>
                    <mat-form-field appearance="outline">
                      <mat-label>{{ 'reminders.time' | translate }}</mat-label>
                      <input matInput type="time" formControlName="time" />
                    </mat-form-field>
                  </div>
                }
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'reminders.textSv' | translate }}</mat-label>
                  <textarea matInput rows="3" formControlName="textSv" maxlength="5000"></textarea>
                  <mat-error>{{ 'messages.compose.required' | translate }}</mat-error>
                </mat-form-field>
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'reminders.textEn' | translate }}</mat-label>
                  <textarea matInput rows="3" formControlName="textEn" lang="en" maxlength="5000"></textarea>
                </mat-form-field>
                <button mat-button type="button" (click)="remove(i)">{{ 'reminders.remove' | translate: { number: i + 1 } }}</button>
              </fieldset>
            }
          </div>
          <p class="sv-status" role="status">
            @if (saved()) {
              {{ 'reminders.saved' | translate }}
            }
          </p>
          @if (saveError(); as message) {
            <sv-error-message [message]="message" />
          }
          <div class="sv-actions">
            <button mat-stroked-button type="button" (click)="add()">{{ 'reminders.add' | translate }}</button>
            <button mat-flat-button type="submit" [disabled]="saving()" [attr.aria-busy]="saving()">
              {{ (saving() ? 'reminders.saving' : 'reminders.save') | translate }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .sv-reminder {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 8px 16px;
      margin: 0 0 16px;
      display: flex;
      flex-direction: column;
      align-items: stretch;
    }
    .sv-reminder legend {
      font-weight: 600;
      padding: 0 4px;
    }
    .sv-reminder button[mat-button] {
      align-self: flex-start;
    }
    .sv-reminder__time {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    .sv-radio-row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin-bottom: 8px;
    }
    .sv-hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .sv-actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .sv-sent-reminders__text {
      display: block;
      white-space: pre-wrap;
    }
  `,
})
export class RemindersEditor {
  private readonly api = inject(MessagingApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly conferenceId = input.required<string>();

  protected readonly reminders = rxResource({ params: () => this.conferenceId(), stream: ({ params }) => this.api.reminders(params) });
  protected readonly sentReminders = computed(() => (this.reminders.hasValue() ? this.reminders.value().filter((r) => r.sentAt) : []));
  private readonly unsent = computed(() => (this.reminders.hasValue() ? this.reminders.value().filter((r) => !r.sentAt) : []));
  protected readonly loadError = computed(() => {
    const error = this.reminders.error();
    return error ? errorText(error, this.translate) : null;
  });

  protected readonly form = this.fb.group({ items: this.fb.array([] as ReturnType<RemindersEditor['group']>[]) });
  protected get items(): FormArray<ReturnType<RemindersEditor['group']>> {
    return this.form.controls.items;
  }
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly saveError = signal<string | null>(null);

  constructor() {
    // The form follows what is stored: on load and after each save.
    effect(() => {
      const unsent = this.unsent();
      untracked(() => this.reset(unsent));
    });
  }

  private group(value: ReminderFormValue = NEW_REMINDER) {
    return this.fb.group({
      mode: [value.mode],
      daysBefore: [value.daysBefore, [Validators.required, Validators.min(0), Validators.max(365)]],
      date: [value.date],
      time: [value.time],
      textSv: [value.textSv, [Validators.required, Validators.maxLength(5000)]],
      textEn: [value.textEn, Validators.maxLength(5000)],
    });
  }

  private reset(unsent: readonly ReminderResponse[]): void {
    this.items.clear();
    for (const reminder of unsent) this.items.push(this.group(toReminderForm(reminder)));
  }

  /** When a stored, unchanged reminder goes out. */
  protected dueOf(index: number): string | null {
    const stored = this.unsent()[index];
    return stored && this.items.at(index)?.pristine ? stored.dueAt : null;
  }

  protected add(): void {
    this.saved.set(false);
    this.items.push(this.group());
  }

  protected remove(index: number): void {
    this.saved.set(false);
    this.items.removeAt(index);
    this.form.markAsDirty();
  }

  protected save(): void {
    this.form.markAllAsTouched();
    const values = this.items.getRawValue();
    const missingTime = values.some((v) => v.mode === 'at' && (!v.date || !v.time));
    if (this.form.invalid || missingTime || this.saving()) {
      this.saveError.set(this.translate.instant('reminders.invalid'));
      return;
    }
    this.saving.set(true);
    this.saved.set(false);
    this.saveError.set(null);
    this.api.saveReminders(this.conferenceId(), { reminders: values.map(toReminderInput) }).subscribe({
      next: (reminders) => {
        this.saving.set(false);
        this.saved.set(true);
        this.reminders.set(reminders);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(errorText(error, this.translate));
      },
    });
  }

  protected when(value: string): string {
    return `${formatDate(value, this.language.current())} ${formatTime(value)}`;
  }
}
