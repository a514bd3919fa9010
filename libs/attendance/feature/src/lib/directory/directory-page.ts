import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText, isApiError } from '@samverkan/shared/ui';
import { AttendanceApi } from '../attendance-api';
import { directoryGroups } from './directory-groups';

/**
 * Public, through the manage link (`/anmalan/:token/deltagare`): the other confirmed participants who
 * chose to be shown on the attendee list, by organisation. The API refuses those who are not shown
 * themselves or have no confirmed place; the page says why, in the error's own words.
 */
@Component({
  selector: 'sv-directory-page',
  imports: [RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './directory-page.html',
  styleUrl: './directory-page.scss',
})
export class DirectoryPage {
  private readonly api = inject(AttendanceApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  /** The manage token, bound from the route. */
  readonly token = input.required<string>();

  protected readonly directory = rxResource({ params: () => this.token(), stream: ({ params }) => this.api.directory(params) });
  protected readonly notFound = computed(() => {
    const error = this.directory.error();
    return isApiError(error) && error.statusCode === 404;
  });
  protected readonly errorMessage = computed(() => {
    const error = this.directory.error();
    return error && !this.notFound() ? errorText(error, this.translate) : null;
  });
  protected readonly conferenceTitle = computed(() => {
    if (!this.directory.hasValue()) return null;
    const d = this.directory.value();
    return this.language.current() === 'en' ? (d.conferenceTitleEn ?? d.conferenceTitleSv) : d.conferenceTitleSv;
  });
  protected readonly groups = computed(() => (this.directory.hasValue() ? directoryGroups(this.directory.value().items) : []));
  protected readonly count = computed(() => (this.directory.hasValue() ? this.directory.value().items.length : 0));
}
