import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ConferenceCopyResponse, ConferenceResponse } from '@samverkan/conferences/contract';
import { ErrorMessage, FieldErrorPipe, asApiError, errorText } from '@samverkan/shared/ui';
import { ConferencesApi } from '../conferences-api';
import { isoToWallTime, wallTimeToIso } from './conference-form';

export interface CopyConferenceDialogData {
  conference: Pick<ConferenceResponse, 'id' | 'titleSv' | 'startsAt'>;
}

const WEEK_MS = 7 * 86_400_000;

/** The suggested start of a copy: the same weekday and time 52 weeks later (Stockholm). */
export function suggestedCopyStart(startsAt: string): { date: string; time: string } {
  const original = isoToWallTime(startsAt, '09:00');
  const later = new Date(Date.parse(`${original.date}T12:00:00Z`) + 52 * WEEK_MS).toISOString().slice(0, 10);
  return { date: later, time: original.time };
}

/**
 * Asks when the copy of a conference starts (Stockholm date and time) and creates it; closes with the
 * new draft. Every other date of the copy moves with the start and keeps its time of day.
 */
@Component({
  selector: 'sv-copy-conference-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'conferenceAdmin.copyDialog.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="copyConference()" novalidate>
      <mat-dialog-content>
        <p>{{ 'conferenceAdmin.copyDialog.intro' | translate: { title: data.conference.titleSv } }}</p>
        @if (failure(); as message) {
          <sv-error-message [message]="message" />
        }
        <fieldset class="sv-fieldset" formGroupName="startsAt">
          <legend>{{ 'conferenceAdmin.copyDialog.startsAt' | translate }}</legend>
          <div class="sv-moment__fields">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'conferenceAdmin.date' | translate }}</mat-label>
              <input matInput type="date" formControlName="date" required />
              <mat-error>{{ form.controls.startsAt.controls.date | svFieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'conferenceAdmin.time' | translate }}</mat-label>
              <input matInput type="time" formControlName="time" required />
              <mat-error>{{ form.controls.startsAt.controls.time | svFieldError }}</mat-error>
            </mat-form-field>
          </div>
          <p class="sv-hint">{{ 'conferenceAdmin.copyDialog.hint' | translate }}</p>
        </fieldset>
        <p class="sv-hint">{{ 'conferenceAdmin.copyDialog.notCopied' | translate }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="copying()">
          {{ (copying() ? 'conferenceAdmin.copyDialog.copying' : 'conferenceAdmin.copyDialog.confirm') | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .sv-moment__fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      padding-top: 8px;
    }
    .sv-moment__fields .mat-mdc-form-field {
      flex: 1 1 160px;
    }
    .sv-hint {
      margin: 0 0 12px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CopyConferenceDialog {
  private readonly api = inject(ConferencesApi);
  private readonly dialogRef = inject<MatDialogRef<CopyConferenceDialog, ConferenceCopyResponse>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  protected readonly data = inject<CopyConferenceDialogData>(MAT_DIALOG_DATA);

  private readonly suggestion = suggestedCopyStart(this.data.conference.startsAt);
  protected readonly form = inject(NonNullableFormBuilder).group({
    startsAt: inject(NonNullableFormBuilder).group({
      date: [this.suggestion.date, [Validators.required]],
      time: [this.suggestion.time, [Validators.required]],
    }),
  });
  protected readonly copying = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected copyConference(): void {
    if (this.copying()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const startsAt = wallTimeToIso(this.form.controls.startsAt.getRawValue()) ?? '';
    this.copying.set(true);
    this.api.copy(this.data.conference.id, { startsAt }).subscribe({
      next: (copy) => this.dialogRef.close(copy),
      error: (error: unknown) => {
        this.copying.set(false);
        this.failure.set(errorText(asApiError(error, this.translate.instant('errors.unexpected')), this.translate));
      },
    });
  }
}
