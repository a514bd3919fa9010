import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { ConferencesApi } from '../conferences-api';
import { ConferenceCard } from './conference-card';

/** Public: upcoming and past conferences, each a card with a way to register. */
@Component({
  selector: 'sv-conference-list-page',
  imports: [TranslatePipe, ErrorMessage, LoadingIndicator, ConferenceCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <h1>{{ 'conferences.heading' | translate }}</h1>
      <p class="sv-lead">{{ 'conferences.intro' | translate }}</p>

      <section aria-labelledby="conferences-upcoming">
        <h2 id="conferences-upcoming">{{ 'conferences.upcoming' | translate }}</h2>
        @if (upcoming.isLoading()) {
          <sv-loading-indicator label="conferences.loading" />
        } @else if (upcomingError(); as message) {
          <sv-error-message [message]="message" [retryable]="true" (retry)="upcoming.reload()" />
        } @else if (upcoming.hasValue()) {
          @if (upcoming.value().length === 0) {
            <p class="sv-empty">{{ 'conferences.emptyUpcoming' | translate }}</p>
          } @else {
            <ul class="sv-card-grid">
              @for (conference of upcoming.value(); track conference.id) {
                <li><sv-conference-card [conference]="conference" /></li>
              }
            </ul>
          }
        }
      </section>

      <section aria-labelledby="conferences-past">
        <h2 id="conferences-past">{{ 'conferences.past' | translate }}</h2>
        @if (past.isLoading()) {
          <sv-loading-indicator label="conferences.loading" />
        } @else if (pastError(); as message) {
          <sv-error-message [message]="message" [retryable]="true" (retry)="past.reload()" />
        } @else if (past.hasValue()) {
          @if (past.value().length === 0) {
            <p class="sv-empty">{{ 'conferences.emptyPast' | translate }}</p>
          } @else {
            <ul class="sv-card-grid">
              @for (conference of past.value(); track conference.id) {
                <li><sv-conference-card [conference]="conference" /></li>
              }
            </ul>
          }
        }
      </section>
    </div>
  `,
})
export class ConferenceListPage {
  private readonly api = inject(ConferencesApi);
  private readonly translate = inject(TranslateService);

  // status=published: a signed-in staff member would otherwise also get drafts here (the API shows staff everything).
  protected readonly upcoming = rxResource({ stream: () => this.api.list({ when: 'upcoming', status: 'published' }) });
  protected readonly past = rxResource({ stream: () => this.api.list({ when: 'past', status: 'published' }) });
  protected readonly upcomingError = computed(() => this.messageOf(this.upcoming.error()));
  protected readonly pastError = computed(() => this.messageOf(this.past.error()));

  private messageOf(error: unknown): string | null {
    return error ? errorText(error, this.translate) : null;
  }
}
