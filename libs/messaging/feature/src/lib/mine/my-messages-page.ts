import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ApiError, ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';
import { MessagingApi } from '../messaging-api';

/** A participant's own page: everything we sent them about the conference, newest first. */
@Component({
  selector: 'sv-my-messages-page',
  imports: [RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <p class="sv-back">
        <a [routerLink]="['/anmalan', token()]">{{ 'myMessages.back' | translate }}</a>
      </p>
      <h1>{{ 'myMessages.heading' | translate }}</h1>
      <p>{{ 'myMessages.intro' | translate }}</p>
      @if (messages.isLoading()) {
        <sv-loading-indicator label="myMessages.loading" />
      }
      @if (errorMessage(); as message) {
        <sv-error-message [message]="message" [retryable]="!notFound()" (retry)="messages.reload()" />
      } @else if (messages.hasValue()) {
        @if (messages.value().length === 0) {
          <p class="sv-empty">{{ 'myMessages.empty' | translate }}</p>
        } @else {
          <ul class="sv-my-messages">
            @for (message of messages.value(); track message.id) {
              <li>
                <article [attr.aria-labelledby]="'message-' + message.id">
                  <h2 [id]="'message-' + message.id">{{ message.subject }}</h2>
                  <p class="sv-my-messages__meta">
                    {{ 'myMessages.kinds.' + message.kind | translate }} · {{ 'myMessages.sentAt' | translate: { at: when(message.createdAt) } }}
                  </p>
                  @if (!message.mailed) {
                    <p class="sv-banner" role="note">{{ 'myMessages.notMailed' | translate }}</p>
                  }
                  <p class="sv-my-messages__body">{{ message.body }}</p>
                </article>
              </li>
            }
          </ul>
        }
      }
    </div>
  `,
  styles: `
    .sv-my-messages {
      list-style: none;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .sv-my-messages article {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 8px 16px;
    }
    .sv-my-messages h2 {
      margin-bottom: 4px;
    }
    .sv-my-messages__meta {
      color: var(--mat-sys-on-surface-variant);
      margin-top: 0;
    }
    .sv-my-messages__body {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
})
export class MyMessagesPage {
  private readonly api = inject(MessagingApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  /** The manage link's token, bound from the route. */
  readonly token = input.required<string>();

  protected readonly messages = rxResource({ params: () => this.token(), stream: ({ params }) => this.api.mine(params) });
  protected readonly notFound = computed(() => {
    const error = this.messages.error();
    return error instanceof ApiError && error.statusCode === 404;
  });
  protected readonly errorMessage = computed(() => {
    const error = this.messages.error();
    if (!error) return null;
    return this.notFound() ? this.translate.instant('myMessages.notFound') : errorText(error, this.translate);
  });

  protected when(value: string): string {
    return `${formatDate(value, this.language.current())} ${formatTime(value)}`;
  }
}
