import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * Something failed: the message (already readable text) and, when the caller can, a way to try again.
 * Plain elements styled with the theme's tokens: this component is reachable from the start-up bundle.
 */
@Component({
  selector: 'sv-error-message',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-error" role="alert">
      <span class="material-symbols-outlined" aria-hidden="true">error</span>
      <p class="sv-error__text">{{ message() }}</p>
    </div>
    @if (retryable()) {
      <button class="sv-button sv-button--outlined" type="button" (click)="retry.emit()">
        {{ 'common.retry' | translate }}
      </button>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 16px 0;
    }
    .sv-error {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      margin-bottom: 8px;
    }
    .sv-error__text {
      margin: 0;
    }
  `,
})
export class ErrorMessage {
  readonly message = input.required<string>();
  readonly retryable = input(false);
  readonly retry = output();
}
