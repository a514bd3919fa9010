import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { CallsApi } from './calls-api';
import { callPeriod, localizedCall } from './call-view';

/** The programme council (`calls.review`): every open call, open ones first, each linking to its submissions. */
@Component({
  selector: 'sv-council-calls-page',
  imports: [RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <h1>{{ 'calls.council.title' | translate }}</h1>
      <p>{{ 'calls.council.intro' | translate }}</p>
      @if (calls.isLoading()) {
        <sv-loading-indicator label="calls.council.loading" />
      } @else if (loadError(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="calls.reload()" />
      } @else if (rows().length === 0) {
        <p data-calls-empty>{{ 'calls.council.empty' | translate }}</p>
      } @else {
        <ul class="sv-calls">
          @for (row of rows(); track row.id) {
            <li [attr.data-call]="row.id">
              <a [routerLink]="['/programradet/upprop', row.id]">{{ row.title }}</a>
              <span class="sv-calls__meta">
                {{ row.conference }} · {{ 'calls.council.period' | translate: row.period }} ·
                {{ (row.open ? 'calls.council.open' : 'calls.council.closed') | translate }}
              </span>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .sv-calls {
      list-style: none;
      padding: 0;
      li {
        display: flex;
        flex-direction: column;
        gap: 2px;
        padding: 8px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
    }
    .sv-calls__meta {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CouncilCallsPage {
  private readonly api = inject(CallsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  protected readonly calls = rxResource({ stream: () => this.api.listAll() });
  protected readonly loadError = computed(() => {
    const error = this.calls.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly rows = computed(() => {
    if (!this.calls.hasValue()) return [];
    const language = this.language.current();
    return [...this.calls.value()]
      .sort((a, b) => Number(b.open) - Number(a.open) || b.closesAt.localeCompare(a.closesAt))
      .map((call) => ({
        id: call.id,
        open: call.open,
        title: localizedCall(call, language).title,
        conference: language === 'en' ? (call.conferenceTitleEn ?? call.conferenceTitleSv) : call.conferenceTitleSv,
        period: callPeriod(call, language),
      }));
  });
}
