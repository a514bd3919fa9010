import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import type { ConfirmDialogData } from './confirm-action';

/**
 * "Are you sure?" before something that cannot be undone. An alertdialog whose focus starts on
 * "Cancel", so pressing Enter by mistake does nothing harmful. Closes with true on confirm.
 * Not exported from the library's barrel: `confirmAction()` loads it on first use (see there).
 */
@Component({
  selector: 'sv-confirm-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title | translate: data.params }}</h2>
    <mat-dialog-content>
      <p>{{ data.message | translate: data.params }}</p>
      @if (data.detail) {
        <p>{{ data.detail | translate: data.params }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="button" [class.sv-confirm--destructive]="data.destructive" [mat-dialog-close]="true">
        {{ data.confirmLabel | translate: data.params }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .sv-confirm--destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}
