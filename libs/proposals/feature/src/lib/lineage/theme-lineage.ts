import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ThemeLineageResponse } from '@samverkan/conferences/contract';
import type { Id } from '@samverkan/shared/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { formatDay } from '@samverkan/shared/util-dates';
import type { Observable } from 'rxjs';
import { proposalsLineageTexts } from '../i18n/texts';

/** Where each of a conference's themes came from (GET /api/conferences/:id/lineage). */
export function getThemeLineage(http: HttpClient, conferenceId: Id): Observable<ThemeLineageResponse[]> {
  return http.get<ThemeLineageResponse[]>(`/api/conferences/${encodeURIComponent(conferenceId)}/lineage`);
}

/**
 * `<sv-theme-lineage [conferenceId]="id" />`: for each of a conference's themes that came from a
 * programme-council proposal, who proposed it and at which meeting and on which day it was decided,
 * and, when the proposal came in through an open call, who sent it and when.
 * Public. Plain elements with the theme's tokens (no Material), as it is exported from the barrel.
 */
@Component({
  selector: 'sv-theme-lineage',
  imports: [TranslatePipe, LoadingIndicator, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!textsReady()) {
      <!-- The texts are on their way (a few hundred bytes). -->
    } @else if (lineage.isLoading()) {
      <sv-loading-indicator label="proposals.lineage.loading" />
    } @else if (errorMessage(); as message) {
      <sv-error-message [message]="message" [retryable]="true" (retry)="lineage.reload()" />
    } @else if (lines().length === 0) {
      <p class="sv-lineage__empty">{{ 'proposals.lineage.empty' | translate }}</p>
    } @else {
      <ul class="sv-lineage" [attr.aria-label]="'proposals.lineage.label' | translate">
        @for (line of lines(); track line.themeId) {
          <li [attr.data-theme]="line.themeId">
            @if (line.proposalTitle) {
              <strong>{{ line.proposalTitle }}</strong
              >:
            }
            @if (line.proposerName && line.meetingTitle) {
              {{ 'proposals.lineage.line' | translate: { proposer: line.proposerName, meeting: line.meetingTitle, date: line.date } }}
            } @else if (line.proposerName) {
              {{ 'proposals.lineage.lineNoMeeting' | translate: { proposer: line.proposerName, date: line.date } }}
            } @else {
              {{ 'proposals.lineage.linePublic' | translate: { date: line.date } }}
            }
            @if (line.origin; as origin) {
              @if (origin.submitterName) {
                {{ 'proposals.lineage.origin' | translate: { name: origin.submitterName, organisation: origin.organisationName, date: line.originDate } }}
              } @else {
                {{ 'proposals.lineage.originPublic' | translate: { date: line.originDate } }}
              }
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .sv-lineage {
      margin: 8px 0;
      padding-left: 24px;
    }
    .sv-lineage li {
      margin: 4px 0;
    }
    .sv-lineage__empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ThemeLineage {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly conferenceId = input.required<string>();

  /** Its texts load with the component, not with a route. */
  protected readonly textsReady = signal(false);

  protected readonly lineage = rxResource({
    params: () => this.conferenceId(),
    stream: ({ params }) => getThemeLineage(this.http, params),
  });
  protected readonly lines = computed(() => {
    if (!this.lineage.hasValue()) return [];
    const language = this.language.current();
    return this.lineage.value().map((line) => ({
      ...line,
      date: formatDay(line.decidedAt, language),
      originDate: line.origin ? formatDay(line.origin.submittedAt, language) : '',
    }));
  });
  protected readonly errorMessage = computed(() => {
    const error = this.lineage.error();
    return error ? errorText(error, this.translate) : null;
  });

  constructor() {
    void this.language.addTexts([proposalsLineageTexts]).then(() => this.textsReady.set(true));
  }
}
