import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AttendeeResponse } from '@samverkan/registrations/contract';
import { ErrorMessage, FieldErrorPipe, applyServerErrors, asApiError, errorText } from '@samverkan/shared/ui';
import { RegistrationsApi } from '../registrations-api';

export interface MoveDialogData {
  conferenceId: string;
  attendee: AttendeeResponse;
  /** How many are on the waitlist: the highest position there is. */
  waitlistLength: number;
}

/** The API's rule: a move on the waitlist needs a reason of at least this many characters (it is kept in the history). */
export const MIN_REASON_LENGTH = 5;

/** Staff: moves someone to another place on the waitlist, with a reason; closes with the moved attendee. */
@Component({
  selector: 'sv-move-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'attendees.moveDialog.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="moveAttendee()" novalidate>
      <mat-dialog-content>
        <p>
          {{
            'attendees.moveDialog.intro'
              | translate: { name: data.attendee.firstName + ' ' + data.attendee.lastName, position: data.attendee.waitlistPosition }
          }}
        </p>
        @if (failure(); as message) {
          <sv-error-message [message]="message" />
        }
        <div class="sv-form">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'attendees.moveDialog.position' | translate }}</mat-label>
            <input matInput type="number" formControlName="position" min="1" [max]="data.waitlistLength" step="1" required />
            <mat-hint>{{ 'attendees.moveDialog.positionHint' | translate: { max: data.waitlistLength } }}</mat-hint>
            <mat-error>{{ form.controls.position | svFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'attendees.moveDialog.reason' | translate }}</mat-label>
            <textarea matInput formControlName="reason" rows="3" required></textarea>
            <mat-hint>{{ 'attendees.moveDialog.reasonHint' | translate }}</mat-hint>
            <mat-error>{{ form.controls.reason | svFieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ (saving() ? 'common.saving' : 'attendees.moveDialog.submit') | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class MoveDialog {
  private readonly api = inject(RegistrationsApi);
  private readonly dialogRef = inject<MatDialogRef<MoveDialog, AttendeeResponse>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  protected readonly data = inject<MoveDialogData>(MAT_DIALOG_DATA);

  protected readonly form = inject(NonNullableFormBuilder).group({
    position: [
      this.data.attendee.waitlistPosition ?? 1,
      [Validators.required, Validators.min(1), Validators.max(Math.max(this.data.waitlistLength, 1))],
    ],
    reason: ['', [Validators.required, Validators.minLength(MIN_REASON_LENGTH), Validators.maxLength(1000)]],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected moveAttendee(): void {
    if (this.saving()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .moveOnWaitlist(this.data.conferenceId, this.data.attendee.id, { position: Number(value.position), reason: value.reason.trim() })
      .subscribe({
        next: (moved) => this.dialogRef.close(moved),
        error: (error: unknown) => {
          this.saving.set(false);
          const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
          if (!applyServerErrors(this.form, apiError)) this.failure.set(errorText(apiError, this.translate));
        },
      });
  }
}
