import type { MatDialog } from '@angular/material/dialog';
import { Observable, from, map, switchMap } from 'rxjs';

/** What to ask. Every text is a translation key; `params` fill in its placeholders. */
export interface ConfirmDialogData {
  title: string;
  message: string;
  /** A second paragraph, e.g. what happens next. */
  detail?: string;
  params?: Record<string, unknown>;
  confirmLabel: string;
  /** Shown in the error colour: the action cannot be undone. */
  destructive?: boolean;
}

/**
 * Asks "are you sure?" in a dialog; emits true when confirmed, false when cancelled or dismissed.
 * The dialog component is imported on first use: this barrel is in the start-up bundle, and a
 * component exported from it is kept there even when unused (Angular's static fields defeat tree
 * shaking), which would pull MatDialog and the CDK overlay in too (about 190 kB).
 */
export function confirmAction(dialog: MatDialog, data: ConfirmDialogData): Observable<boolean> {
  return from(import('./confirm-dialog')).pipe(
    switchMap(({ ConfirmDialog }) =>
      dialog
        .open<InstanceType<typeof ConfirmDialog>, ConfirmDialogData, boolean>(ConfirmDialog, {
          data,
          role: 'alertdialog',
          width: '480px',
          maxWidth: '95vw',
        })
        .afterClosed(),
    ),
    map((confirmed) => confirmed === true),
  );
}
