import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';

/** The registration terms: what the association does with the data, and the registrant's rights. */
@Component({
  selector: 'sv-terms-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'registration.terms.heading' | translate }}</h2>
    <mat-dialog-content>
      <p>{{ 'registration.terms.intro' | translate }}</p>
      <ul>
        <li>{{ 'registration.terms.purpose' | translate }}</li>
        <li>{{ 'registration.terms.access' | translate }}</li>
        <li>{{ 'registration.terms.retention' | translate }}</li>
        <li>{{ 'registration.terms.rights' | translate }}</li>
        <li>{{ 'registration.terms.cancel' | translate }}</li>
      </ul>
      <!-- A new tab, so the registration form keeps what has been typed. -->
      <p>
        <a href="/personuppgifter" target="_blank" rel="noopener">{{ 'registration.terms.more' | translate }}</a>
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close cdkFocusInitial>{{ 'common.close' | translate }}</button>
    </mat-dialog-actions>
  `,
})
export class TermsDialog {}
