import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';
import { debounceTime, map } from 'rxjs';
import { RegistrationsApi } from '../registrations-api';

/** A mail's text split into plain parts and links, so the links in it can be followed. */
export function linkify(text: string): { text: string; href?: string }[] {
  const parts: { text: string; href?: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: text.slice(last, index) });
    parts.push({ text: match[0], href: match[0] });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** How many mails the page shows (the API's default is 50, its maximum 200). */
export const OUTBOX_LIMIT = 100;

/**
 * Admin: the mails the app has sent or, in demo mode, kept instead of sending: newest first,
 * each opening to its full text.
 */
@Component({
  selector: 'sv-outbox-page',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatInput, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <h1>{{ 'outbox.heading' | translate }}</h1>
      <p>{{ 'outbox.intro' | translate }}</p>

      <form class="sv-filters" role="search" [formGroup]="filterForm" (submit)="$event.preventDefault()">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'outbox.to' | translate }}</mat-label>
          <input matInput type="search" formControlName="to" autocomplete="off" />
          <mat-hint>{{ 'outbox.toHint' | translate }}</mat-hint>
        </mat-form-field>
      </form>

      @if (messages.isLoading()) {
        <sv-loading-indicator label="outbox.loading" />
      }
      @if (errorMessage(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="messages.reload()" />
      } @else if (messages.hasValue()) {
        @if (items().length === 0) {
          <p class="sv-empty">{{ (filtered() ? 'outbox.noMatch' : 'outbox.empty') | translate }}</p>
        } @else {
          <p class="sv-count">{{ 'outbox.count' | translate: { shown: items().length, total: messages.value().total } }}</p>
          <ul class="sv-mails">
            @for (mail of items(); track mail.id) {
              <li>
                <details class="sv-mail">
                  <summary>
                    <span class="sv-mail__subject">{{ mail.subject }}</span>
                    <span class="sv-mail__meta">
                      {{ 'outbox.toLine' | translate: { to: mail.to } }} · {{ mail.created }} ·
                      {{ 'outbox.status.' + mail.status | translate }}
                    </span>
                  </summary>
                  <p class="sv-mail__text">
                    @for (part of mail.parts; track $index) {
                      @if (part.href) {
                        <a [href]="part.href">{{ part.text }}</a>
                      } @else {
                        {{ part.text }}
                      }
                    }
                  </p>
                </details>
              </li>
            }
          </ul>
        }
      }
    </div>
  `,
  styles: `
    .sv-mails {
      list-style: none;
      margin: 16px 0 0;
      padding: 0;
    }
    .sv-mail {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      margin-bottom: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    summary {
      cursor: pointer;
      padding: 12px 16px;
    }
    .sv-mail__subject {
      font: var(--mat-sys-title-medium);
    }
    .sv-mail__meta {
      display: block;
      margin-top: 2px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .sv-mail__text {
      margin: 0;
      padding: 0 16px 16px;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
})
export class OutboxPage {
  private readonly api = inject(RegistrationsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  protected readonly filterForm = inject(NonNullableFormBuilder).group({ to: [''] });
  private readonly to = toSignal(
    this.filterForm.controls.to.valueChanges.pipe(
      debounceTime(300),
      map((to) => to.trim()),
    ),
    { initialValue: '' },
  );
  protected readonly filtered = computed(() => this.to() !== '');

  protected readonly messages = rxResource({
    params: () => ({ to: this.to() }),
    stream: ({ params }) => this.api.outbox({ to: params.to, limit: OUTBOX_LIMIT }),
  });
  protected readonly items = computed(() => {
    if (!this.messages.hasValue()) return [];
    const language = this.language.current();
    return this.messages.value().items.map((mail) => ({
      ...mail,
      created: `${formatDate(mail.createdAt, language)} ${formatTime(mail.createdAt, language)}`,
      parts: linkify(mail.text),
    }));
  });
  protected readonly errorMessage = computed(() => {
    const error = this.messages.error();
    return error ? errorText(error, this.translate) : null;
  });
}
