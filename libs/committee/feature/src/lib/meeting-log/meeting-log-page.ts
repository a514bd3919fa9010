import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText, isApiError } from '@samverkan/shared/ui';
import { CommitteeApi } from '../committee-api';
import { dateTime } from '../meeting-view';
import { MinutesPdfButton } from '../minutes/minutes-pdf-button';
import { logLines } from './log-lines';

/** A meeting's log (the audit trail): what happened, who did it and when, newest first; the minutes' PDF once justerat. */
@Component({
  selector: 'sv-meeting-log-page',
  imports: [RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator, MinutesPdfButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <p class="sv-back">
        <a [routerLink]="['/arbetsutskottet/moten', id()]">{{ 'meetingLog.backToMeeting' | translate }}</a>
      </p>

      @if (meeting.isLoading() && !current()) {
        <sv-loading-indicator label="meetings.loadingOne" />
      } @else if (notFound()) {
        <h1>{{ 'meetings.notFoundHeading' | translate }}</h1>
        <p>{{ 'meetings.notFound' | translate }}</p>
      } @else if (meetingError() && !current()) {
        <h1>{{ 'meetingLog.title' | translate }}</h1>
        <sv-error-message [message]="meetingError()!" [retryable]="true" (retry)="meeting.reload()" />
      } @else if (current(); as m) {
        <h1>{{ 'meetingLog.heading' | translate: { title: m.title } }}</h1>
        <p>{{ 'meetingLog.intro' | translate }}</p>
        @if (m.minutesStatus === 'locked') {
          <div class="sv-actions">
            <sv-minutes-pdf-button [meetingId]="m.id" [title]="m.title" />
          </div>
        }

        @if (entries.isLoading()) {
          <sv-loading-indicator label="meetingLog.loading" />
        }
        @if (entriesError(); as message) {
          <sv-error-message [message]="message" [retryable]="true" (retry)="entries.reload()" />
        } @else if (entries.hasValue()) {
          @if (lines().length === 0) {
            <p class="sv-empty" data-log-empty>{{ 'meetingLog.empty' | translate }}</p>
          } @else {
            <div class="sv-table-scroll" role="region" tabindex="0" [attr.aria-label]="'meetingLog.tableLabel' | translate">
              <table class="sv-table" data-log>
                <caption class="cdk-visually-hidden">
                  {{
                    'meetingLog.tableLabel' | translate
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'meetingLog.when' | translate }}</th>
                    <th scope="col">{{ 'meetingLog.who' | translate }}</th>
                    <th scope="col">{{ 'meetingLog.what' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (line of lines(); track $index) {
                    <tr>
                      <td>
                        <time [attr.datetime]="line.at">{{ when(line.at) }}</time>
                      </td>
                      <td>{{ line.actor ?? ('meetingLog.unknownActor' | translate) }}</td>
                      <td>
                        {{ line.key ? (line.key | translate) : line.action }}
                        @if (line.detail) {
                          – {{ line.detail }}
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        }
      }
    </div>
  `,
  styles: `
    .sv-table td:first-child {
      white-space: nowrap;
    }
  `,
})
export class MeetingLogPage {
  private readonly api = inject(CommitteeApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  /** Bound from the route. */
  readonly id = input.required<string>();

  protected readonly meeting = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.meeting(params) });
  protected readonly entries = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.audit(params) });
  protected readonly current = computed(() => (this.meeting.hasValue() ? this.meeting.value() : null));
  protected readonly lines = computed(() => (this.entries.hasValue() ? logLines(this.entries.value()) : []));
  protected readonly notFound = computed(() => {
    const error = this.meeting.error();
    return isApiError(error) && error.statusCode === 404;
  });
  protected readonly meetingError = computed(() => {
    const error = this.meeting.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly entriesError = computed(() => {
    const error = this.entries.error();
    return error ? errorText(error, this.translate) : null;
  });

  protected when(at: string): string {
    return dateTime(at, this.language.current());
  }
}
