import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, describePage, errorText, isApiError, notFoundStatus } from '@samverkan/shared/ui';
import { CalendarLinks } from '@samverkan/shared/ui/calendar';
import { Documents } from '@samverkan/shared/ui/documents';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';
import { catchError, of } from 'rxjs';
import { AgendaApi } from '../agenda-api';
import { itemCalendarUrl, itemDescription, itemTitle, speakerBios, speakerLine } from './programme-view';

/** Public: one published programme item. */
@Component({
  selector: 'sv-programme-item-page',
  imports: [RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator, CalendarLinks, Documents],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page sv-page--text">
      @if (item.isLoading()) {
        <sv-loading-indicator label="programme.loadingItem" />
      } @else if (notFound()) {
        <h1>{{ 'programme.itemNotFoundHeading' | translate }}</h1>
        <p>{{ 'programme.itemNotFoundText' | translate }}</p>
      } @else if (errorMessage(); as message) {
        <h1>{{ 'programme.itemTitle' | translate }}</h1>
        <sv-error-message [message]="message" [retryable]="true" (retry)="item.reload()" />
      } @else if (view(); as v) {
        <p class="sv-back">
          <a [routerLink]="['/konferenser', v.conferenceId, 'program']">{{ 'programme.backToProgramme' | translate }}</a>
        </p>
        <h1>{{ v.title }}</h1>
        <dl class="sv-facts">
          <div>
            <dt>{{ 'programme.when' | translate }}</dt>
            <dd>{{ v.when }}</dd>
          </div>
          <div>
            <dt>{{ 'programme.room' | translate }}</dt>
            <dd>{{ v.roomName ?? ('programme.noRoom' | translate) }}</dd>
          </div>
          <div>
            <dt>{{ 'programme.type' | translate }}</dt>
            <dd>{{ 'agendaType.' + v.type | translate }}</dd>
          </div>
          @if (v.speakers.length) {
            <div>
              <dt>{{ 'programme.speakers' | translate }}</dt>
              <dd>
                <ul class="sv-plain-list">
                  @for (speaker of v.speakers; track speaker.id) {
                    <li>{{ speaker.line }}</li>
                  }
                </ul>
              </dd>
            </div>
          }
          @if (v.focusAreas.length) {
            <div>
              <dt>{{ 'programme.focusAreas' | translate }}</dt>
              <dd>{{ v.focusAreas.join(', ') }}</dd>
            </div>
          }
          @if (v.signupRequired) {
            <div>
              <dt>{{ 'programme.signup' | translate }}</dt>
              <dd>
                {{
                  (v.signupCapacity ? 'programme.signupWithCapacity' : 'programme.signupRequired')
                    | translate: { capacity: v.signupCapacity }
                }}
              </dd>
            </div>
          }
        </dl>
        @if (v.description; as description) {
          <h2>{{ 'programme.about' | translate }}</h2>
          <p class="sv-prewrap">{{ description }}</p>
        }
        @if (v.bios.length) {
          <h2>{{ 'programme.aboutSpeakers' | translate }}</h2>
          @for (speaker of v.bios; track speaker.id) {
            <section class="sv-speaker-bio" [attr.aria-labelledby]="'speaker-' + speaker.id" data-speaker-bio>
              <h3 [id]="'speaker-' + speaker.id">{{ speaker.line }}</h3>
              <p class="sv-prewrap" [attr.lang]="speaker.bioLang">{{ speaker.bio }}</p>
            </section>
          }
        }
        <sv-documents parentType="agenda-item" [parentId]="itemId()" [heading]="'programme.files' | translate" [headingLevel]="2" [hideWhenEmpty]="true" />
        <sv-calendar-links [href]="v.calendarHref" [name]="v.title" filename="programpunkt.ics" [hint]="'programme.itemCalendarHint'" />
      }
    </div>
  `,
  styles: `
    .sv-plain-list {
      list-style: none;
      margin: 0;
      padding: 0;
    }
  `,
})
export class ProgrammeItemPage {
  private readonly api = inject(AgendaApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  /** Bound from the route (withComponentInputBinding). */
  readonly itemId = input.required<string>();

  protected readonly item = rxResource({ params: () => this.itemId(), stream: ({ params }) => this.api.publishedItem(params) });
  private readonly focusAreas = rxResource({ stream: () => this.api.focusAreas().pipe(catchError(() => of([]))) });

  protected readonly notFound = computed(() => {
    const error = this.item.error();
    return isApiError(error) && (error.statusCode === 404 || error.statusCode === 400);
  });

  constructor() {
    // Server-side rendering answers an unknown (or malformed) id with 404 and this page's own message.
    notFoundStatus(this.notFound);
    // The title, description and link preview name the item.
    describePage(() => {
      const view = this.view();
      if (!view) return null;
      const facts = [view.when, view.roomName].filter(Boolean).join(', ');
      return { title: view.title, description: view.description || facts, path: `/program/punkt/${encodeURIComponent(this.itemId())}` };
    });
  }

  protected readonly errorMessage = computed(() => {
    const error = this.item.error();
    return error && !this.notFound() ? errorText(error, this.translate) : null;
  });
  protected readonly view = computed(() => {
    if (!this.item.hasValue()) return null;
    const item = this.item.value();
    const language = this.language.current();
    const names = new Map((this.focusAreas.value() ?? []).map((area) => [area.code, language === 'en' ? area.titleEn : area.titleSv]));
    return {
      conferenceId: item.conferenceId,
      title: itemTitle(item, language),
      calendarHref: itemCalendarUrl(item.id, language),
      description: itemDescription(item, language),
      type: item.type,
      when: `${formatDate(item.startsAt, language)} ${formatTime(item.startsAt, language)}–${formatTime(item.endsAt, language)}`,
      roomName: item.roomName,
      speakers: item.speakers.map((s) => ({ id: s.id, line: speakerLine(s) })),
      bios: speakerBios(item.speakers, language),
      focusAreas: item.focusAreaCodes.map((code) => names.get(code) ?? code),
      signupRequired: item.signupRequired,
      signupCapacity: item.signupCapacity,
    };
  });
}
