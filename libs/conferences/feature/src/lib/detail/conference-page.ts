import { formatDay } from '@samverkan/shared/util-dates';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, describePage, errorText, isApiError, notFoundStatus } from '@samverkan/shared/ui';
import { CalendarLinks } from '@samverkan/shared/ui/calendar';
import {
  canRegister,
  conferenceCalendarUrl,
  conferenceDates,
  conferencePlace,
  localizedDescription,
  localizedTitle,
  registrationState,
  registrationStateText,
} from '../conference-view';
import type { ThemeLineageResponse } from '@samverkan/conferences/contract';
import { ConferencesApi } from '../conferences-api';
import { FocusAreaChips } from '../focus-area-chips';

/** Public: one conference with its themes, where registration stands, "Anmäl dig", and links to take it into a calendar. */
@Component({
  selector: 'sv-conference-page',
  imports: [RouterLink, MatAnchor, TranslatePipe, ErrorMessage, LoadingIndicator, FocusAreaChips, CalendarLinks],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './conference-page.html',
  styleUrl: './conference-page.scss',
})
export class ConferencePage {
  private readonly api = inject(ConferencesApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  /** Bound from the route (withComponentInputBinding). */
  readonly id = input.required<string>();

  protected readonly conference = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  /** Lineage is a nicety: if it fails, the page shows the themes without it. */
  protected readonly lineage = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.lineage(params) });
  protected readonly notFound = computed(() => {
    const error = this.conference.error();
    // A malformed id is a 400 from the API; to the visitor it is the same as an unknown one.
    return isApiError(error) && (error.statusCode === 404 || error.statusCode === 400);
  });

  constructor() {
    // Server-side rendering answers an unknown (or malformed) id with 404 and this page's own message.
    notFoundStatus(this.notFound);
    // The title, description and link preview name the conference (server-rendered too).
    describePage(() => {
      const view = this.view();
      if (!view) return null;
      const facts = [view.dates, view.place].filter(Boolean).join(', ');
      return {
        title: view.title,
        description: view.description || facts,
        path: `/konferenser/${encodeURIComponent(view.conference.slug ?? view.conference.id)}`,
      };
    });
  }

  protected readonly errorMessage = computed(() => {
    const error = this.conference.error();
    return error && !this.notFound() ? errorText(error, this.translate) : null;
  });
  protected readonly view = computed(() => {
    if (!this.conference.hasValue()) return null;
    const conference = this.conference.value();
    const language = this.language.current();
    const state = registrationState(conference);
    return {
      conference,
      title: localizedTitle(conference, language),
      description: localizedDescription(conference, language),
      dates: conferenceDates(conference, language),
      place: conferencePlace(conference),
      state,
      stateText: registrationStateText(state, conference, language),
      canRegister: canRegister(state),
      // A draft has no feed yet (the API answers 404 to the public).
      calendarHref: state.kind === 'draft' ? null : conferenceCalendarUrl(conference.id, language),
      themes: conference.themes.map((theme) => {
        const origin = (this.lineage.hasValue() ? this.lineage.value() : []).find((l) => l.themeId === theme.id);
        return {
          id: theme.id,
          title: localizedTitle(theme, language),
          description: localizedDescription(theme, language),
          focusAreas: theme.focusAreas,
          origin: origin ? themeOrigin(origin, formatDay(origin.decidedAt, language)) : null,
        };
      }),
    };
  });
}

/** The sentence about a theme's origin, with as much as the API showed the caller (the public: the day only). */
function themeOrigin(origin: ThemeLineageResponse, date: string): { key: string; params: Record<string, string> } {
  if (origin.proposerName && origin.meetingTitle) {
    return { key: 'conferences.themeOrigin', params: { proposer: origin.proposerName, meeting: origin.meetingTitle, date } };
  }
  if (origin.proposerName) return { key: 'conferences.themeOriginNoMeeting', params: { proposer: origin.proposerName, date } };
  return { key: 'conferences.themeOriginPublic', params: { date } };
}
