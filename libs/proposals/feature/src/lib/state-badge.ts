import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ProposalState } from '@samverkan/proposals/contract';

/** A proposal's state as a coloured label; the text carries the meaning, the colour only helps. */
@Component({
  selector: 'sv-proposal-state',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="sv-state" [attr.data-state]="state()">{{ 'proposalState.' + state() | translate }}</span>`,
  styles: `
    .sv-state {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 8px;
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
      white-space: nowrap;
    }
    [data-state='submitted'],
    [data-state='in-review'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    [data-state='accepted'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    [data-state='rejected'],
    [data-state='withdrawn'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    [data-state='returned'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class ProposalStateBadge {
  readonly state = input.required<ProposalState>();
}
