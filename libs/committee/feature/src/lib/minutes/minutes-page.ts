import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText, isApiError } from '@samverkan/shared/ui';
import { formatDate } from '@samverkan/shared/util-dates';
import { CommitteeApi } from '../committee-api';
import { dateTime, meetingTime } from '../meeting-view';
import { MinutesPdfButton } from './minutes-pdf-button';

/**
 * The minutes (protokoll) of a meeting as a printable page. Not encapsulated, for its print
 * stylesheet: when printing, the app's shell (top bar, navigation, footer) and the page's own
 * buttons are hidden, so only the minutes go on paper.
 */
@Component({
  selector: 'sv-minutes-page',
  imports: [RouterLink, MatButton, MatIcon, TranslatePipe, ErrorMessage, LoadingIndicator, MinutesPdfButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './minutes-page.html',
  styleUrl: './minutes-page.scss',
})
export class MinutesPage {
  private readonly api = inject(CommitteeApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);

  readonly id = input.required<string>();

  protected readonly meeting = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.meeting(params) });
  protected readonly current = computed(() => (this.meeting.hasValue() ? this.meeting.value() : null));
  protected readonly notFound = computed(() => {
    const error = this.meeting.error();
    return isApiError(error) && error.statusCode === 404;
  });
  protected readonly loadError = computed(() => {
    const error = this.meeting.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly present = computed(() => (this.current()?.participants ?? []).filter((p) => p.present));
  protected readonly absent = computed(() => (this.current()?.participants ?? []).filter((p) => p.present === false));
  protected readonly time = computed(() => {
    const meeting = this.current();
    return meeting ? meetingTime(meeting, this.language.current()) : '';
  });

  protected when(value: string): string {
    return dateTime(value, this.language.current());
  }

  protected due(date: string): string {
    return formatDate(`${date}T12:00:00Z`, this.language.current());
  }

  protected printMinutes(): void {
    this.document.defaultView?.print();
  }
}
