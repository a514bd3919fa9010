import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A list or page that is loading: a spinner for the eye, a status message for screen readers.
 * A CSS spinner rather than MatProgressSpinner: this component is reachable from the start-up
 * bundle through the library's barrel, and Material's spinner would add 11 kB there.
 */
@Component({
  selector: 'sv-loading-indicator',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-loading" role="status">
      <span class="sv-loading__spinner" aria-hidden="true"></span>
      <span>{{ label() | translate }}</span>
    </div>
  `,
  styles: `
    .sv-loading {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 16px 0;
    }
    .sv-loading__spinner {
      width: 20px;
      height: 20px;
      border-radius: 50%;
      border: 3px solid var(--mat-sys-surface-container-highest);
      border-top-color: var(--mat-sys-primary);
      animation: sv-spin 0.9s linear infinite;
    }
    @media (prefers-reduced-motion: reduce) {
      .sv-loading__spinner {
        animation-duration: 3s;
      }
    }
    @keyframes sv-spin {
      to {
        transform: rotate(360deg);
      }
    }
  `,
})
export class LoadingIndicator {
  /** Translation key of the text. */
  readonly label = input('common.loading');
}
