import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MeetingSummaryResponse } from '@samverkan/committee/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { CalendarLinks } from '@samverkan/shared/ui/calendar';
import { CommitteeApi } from '../committee-api';
import { dateTime, meetingTime } from '../meeting-view';

/** The working committee's meetings, latest first. */
@Component({
  selector: 'sv-meeting-list-page',
  imports: [RouterLink, MatButton, MatIcon, TranslatePipe, ErrorMessage, LoadingIndicator, CalendarLinks],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <div class="sv-page__header">
        <h1>{{ 'meetings.heading' | translate }}</h1>
        <a mat-flat-button routerLink="/arbetsutskottet/moten/nytt">
          <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">add</mat-icon>
          {{ 'meetings.create' | translate }}
        </a>
      </div>
      <p>{{ 'meetings.intro' | translate }}</p>
      <p>
        <a routerLink="/arbetsutskottet/atgarder">{{ 'meetings.actionItemsLink' | translate }}</a>
      </p>

      @if (meetings.isLoading()) {
        <sv-loading-indicator label="meetings.loading" />
      }
      @if (errorMessage(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="meetings.reload()" />
      } @else if (meetings.hasValue()) {
        @if (meetings.value().length === 0) {
          <p class="sv-empty">{{ 'meetings.empty' | translate }}</p>
        } @else {
          <ul class="sv-meetings">
            @for (meeting of meetings.value(); track meeting.id) {
              <li class="sv-meeting">
                <h2 class="sv-meeting__title">
                  <a [routerLink]="['/arbetsutskottet/moten', meeting.id]">{{ meeting.title }}</a>
                </h2>
                <p>
                  {{ time(meeting) }}
                  @if (meeting.place) {
                    , {{ meeting.place }}
                  }
                </p>
                <p class="sv-meeting__meta">
                  {{ 'meetings.minutesStatus.' + meeting.minutesStatus | translate }} ·
                  {{
                    meeting.noticeSentAt
                      ? ('meetings.notice.sentAt' | translate: { date: when(meeting.noticeSentAt) })
                      : ('meetings.notice.notSent' | translate)
                  }}
                </p>
              </li>
            }
          </ul>
        }
      }

      @if (calendarLink.hasValue()) {
        <sv-calendar-links
          [href]="calendarLink.value().url"
          [name]="'meetings.calendar.name' | translate"
          [heading]="'meetings.calendar.heading' | translate"
          hint="meetings.calendar.hint"
          filename="moten.ics"
        />
        <p>
          <button mat-button type="button" (click)="rotate()" [disabled]="rotating()">
            {{ 'meetings.calendar.rotate' | translate }}
          </button>
        </p>
        <p role="status" class="sv-meeting__meta">
          @if (rotated()) {
            {{ 'meetings.calendar.rotated' | translate }}
          }
        </p>
      }
    </div>
  `,
  styles: `
    .sv-meetings {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .sv-meeting {
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      p {
        margin: 4px 0;
      }
    }
    .sv-meeting__title {
      font: var(--mat-sys-title-large);
      margin: 0;
    }
    .sv-meeting__meta {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MeetingListPage {
  private readonly api = inject(CommitteeApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  protected readonly meetings = rxResource({ stream: () => this.api.meetings() });
  protected readonly calendarLink = rxResource({ stream: () => this.api.meetingsCalendarLink() });
  protected readonly rotating = signal(false);
  protected readonly rotated = signal(false);
  protected readonly errorMessage = computed(() => {
    const error = this.meetings.error();
    return error ? errorText(error, this.translate) : null;
  });

  /** A new feed link: whoever had the old one (a forwarded mail, a former device) no longer sees the meetings. */
  protected rotate(): void {
    this.rotating.set(true);
    this.api.meetingsCalendarLink(true).subscribe({
      next: (link) => {
        this.calendarLink.set(link);
        this.rotating.set(false);
        this.rotated.set(true);
      },
      error: () => this.rotating.set(false),
    });
  }

  protected time(meeting: MeetingSummaryResponse): string {
    return meetingTime(meeting, this.language.current());
  }

  protected when(value: string): string {
    return dateTime(value, this.language.current());
  }
}
