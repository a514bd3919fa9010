import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { conferenceDates, getConferences, localizedTitle, registrationState, registrationStateText } from '@samverkan/conferences/feature';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';

/**
 * The upcoming published conferences as links with their dates and seats. Here rather than in the
 * conferences library so that it stays in the start page's lazy chunk (see that library's index).
 */
@Component({
  selector: 'app-upcoming-conferences',
  imports: [RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (conferences.isLoading()) {
      <sv-loading-indicator label="conferences.loading" />
    } @else if (errorMessage(); as message) {
      <sv-error-message [message]="message" [retryable]="true" (retry)="conferences.reload()" />
    } @else if (items().length === 0) {
      <p class="sv-empty">{{ 'conferences.emptyUpcoming' | translate }}</p>
    } @else {
      <!-- Paragraphs rather than a list: there are usually only one or two upcoming conferences. -->
      @for (item of items(); track item.id) {
        <p class="sv-upcoming">
          <a [routerLink]="['/konferenser', item.id]">{{ item.title }}</a>
          <span class="sv-upcoming__meta">{{ item.dates }} · {{ item.state.key | translate: item.state.params }}</span>
        </p>
      }
    }
  `,
  styles: `
    .sv-upcoming {
      margin: 0 0 12px;
      line-height: 1.6;
    }
    .sv-upcoming__meta {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class UpcomingConferences {
  private readonly http = inject(HttpClient);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly conferences = rxResource({ stream: () => getConferences(this.http, { when: 'upcoming', status: 'published' }) });
  protected readonly items = computed(() => {
    if (!this.conferences.hasValue()) return [];
    const language = this.language.current();
    return this.conferences.value().map((conference) => ({
      id: conference.id,
      title: localizedTitle(conference, language),
      dates: conferenceDates(conference, language),
      state: registrationStateText(registrationState(conference), conference, language),
    }));
  });
  protected readonly errorMessage = computed(() => {
    const error = this.conferences.error();
    return error ? errorText(error, this.translate) : null;
  });
}
