import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AgendaItemType, ProgrammeItem, SignupCountsResponse } from '@samverkan/agenda/contract';
import { conferenceCalendarUrl, localizedTitle } from '@samverkan/conferences/feature';
import { ErrorMessage, LanguageService, LoadingIndicator, describePage, errorText, isApiError, notFoundStatus } from '@samverkan/shared/ui';
import { CalendarLinks } from '@samverkan/shared/ui/calendar';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { catchError, of } from 'rxjs';
import { AgendaApi } from '../agenda-api';
import { NO_FILTER, filterOptions, filterProgramme, groupByDay, itemTitle, placesText, type ProgrammeFilter } from './programme-view';

/** Public: the published programme of a conference, day by day, with filters and the changelog. */
@Component({
  selector: 'sv-programme-page',
  imports: [RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator, CalendarLinks],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-page.html',
  styleUrl: './programme-page.scss',
})
export class ProgrammePage {
  private readonly api = inject(AgendaApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  /** Bound from the route (withComponentInputBinding). */
  readonly id = input.required<string>();

  protected readonly programme = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.programme(params) });
  // The changelog and focus-area names are extras: the programme is still worth showing without them.
  protected readonly changes = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.changes(params).pipe(catchError(() => of([]))),
  });
  private readonly focusAreas = rxResource({ stream: () => this.api.focusAreas().pipe(catchError(() => of([]))) });
  /** The conference's title names the calendar; without it the calendar is called "Program". */
  private readonly conference = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.conference(params).pipe(catchError(() => of(null))),
  });
  /** Live places left in the sessions with sign-up; without them the items say "Kräver anmälan" as before. */
  private readonly signups = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.signupCounts(params).pipe(catchError(() => of<SignupCountsResponse>({}))),
  });

  protected readonly filter = signal<ProgrammeFilter>(NO_FILTER);

  protected readonly notPublished = computed(() => {
    const error = this.programme.error();
    return isApiError(error) && (error.statusCode === 404 || error.statusCode === 400);
  });

  constructor() {
    // Server-side rendering answers an unknown (or malformed) id with 404 and this page's own message.
    notFoundStatus(this.notPublished);
    // The title, description and link preview name the conference whose programme this is.
    describePage(() => {
      const conference = this.conference.value();
      if (!this.programme.hasValue() || !conference) return null;
      const language = this.language.current();
      const params = { conference: localizedTitle(conference, language), date: formatDate(conference.startsAt, language) };
      return {
        title: this.translate.instant('programme.headTitle', params),
        description: this.translate.instant('programme.headDescription', params),
        path: `/konferenser/${encodeURIComponent(conference.slug ?? conference.id)}/program`,
      };
    });
  }

  protected readonly errorMessage = computed(() => {
    const error = this.programme.error();
    return error && !this.notPublished() ? errorText(error, this.translate) : null;
  });

  protected readonly view = computed(() => {
    if (!this.programme.hasValue()) return null;
    const programme = this.programme.value();
    const language = this.language.current();
    const areaNames = new Map((this.focusAreas.value() ?? []).map((area) => [area.code, language === 'en' ? area.titleEn : area.titleSv]));
    const areaName = (code: FocusAreaCode) => areaNames.get(code) ?? code;
    const options = filterOptions(programme.items);
    const visible = filterProgramme(programme.items, this.filter());
    const counts = this.signups.value() ?? {};
    const conference = this.conference.value();
    return {
      calendar: {
        href: conferenceCalendarUrl(programme.conferenceId, language),
        name: conference ? localizedTitle(conference, language) : this.translate.instant('programme.title'),
      },
      programme,
      publishedAt: `${formatDate(programme.publishedAt, language)} ${formatTime(programme.publishedAt, language)}`,
      rooms: programme.rooms,
      types: options.types,
      focusAreas: options.focusAreas.map((code) => ({ code, name: areaName(code) })),
      filtered: this.filter() !== NO_FILTER && visible.length !== programme.items.length,
      count: visible.length,
      days: groupByDay(visible).map(({ day, items }) => ({
        day,
        heading: formatDate(`${day}T12:00:00Z`, language),
        items: items.map((item) => ({ ...this.itemView(item, language, areaName), places: placesText(counts[item.id]) })),
      })),
    };
  });

  protected readonly changelog = computed(() => {
    const language = this.language.current();
    return (this.changes.value() ?? []).map((entry) => ({
      version: entry.version,
      publishedAt: `${formatDate(entry.publishedAt, language)} ${formatTime(entry.publishedAt, language)}`,
      changes: entry.changes.map((change) => ({
        ...change,
        before: change.before ? this.place(change.before, language) : null,
        after: change.after ? this.place(change.after, language) : null,
      })),
    }));
  });

  protected setFocusArea(value: string): void {
    this.filter.update((filter) => ({ ...filter, focusArea: value as FocusAreaCode | '' }));
  }

  protected setType(value: string): void {
    this.filter.update((filter) => ({ ...filter, type: value as AgendaItemType | '' }));
  }

  protected setRoom(value: string): void {
    this.filter.update((filter) => ({ ...filter, roomId: value }));
  }

  protected clearFilters(): void {
    this.filter.set(NO_FILTER);
  }

  private itemView(item: ProgrammeItem, language: 'sv' | 'en', areaName: (code: FocusAreaCode) => string) {
    return {
      id: item.id,
      title: itemTitle(item, language),
      type: item.type,
      start: formatTime(item.startsAt, language),
      end: formatTime(item.endsAt, language),
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      roomName: item.roomName,
      speakers: item.speakers.map((s) => (s.organisation ? `${s.name} (${s.organisation})` : s.name)).join(', '),
      focusAreas: item.focusAreaCodes.map(areaName),
      signupRequired: item.signupRequired,
    };
  }

  private place(place: { startsAt: string; endsAt: string; roomName: string | null }, language: 'sv' | 'en'): string {
    const when = `${formatDate(place.startsAt, language)} ${formatTime(place.startsAt, language)}–${formatTime(place.endsAt, language)}`;
    return place.roomName ? `${when}, ${place.roomName}` : when;
  }
}
