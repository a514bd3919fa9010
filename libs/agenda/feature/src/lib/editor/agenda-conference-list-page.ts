import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { formatDate } from '@samverkan/shared/util-dates';
import { AgendaApi } from '../agenda-api';

/** Staff: the conferences whose programme can be edited, newest first, each with its editor and public programme. */
@Component({
  selector: 'sv-agenda-conference-list-page',
  imports: [RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <h1>{{ 'agendaEditor.listTitle' | translate }}</h1>
      <p><a routerLink="/arbetsutskottet/talare">{{ 'agendaEditor.speakerRegister' | translate }}</a></p>
      @if (conferences.isLoading()) {
        <sv-loading-indicator label="agendaEditor.loadingList" />
      } @else if (errorMessage(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="conferences.reload()" />
      } @else if (rows().length === 0) {
        <p class="sv-empty">{{ 'agendaEditor.noConferences' | translate }}</p>
      } @else {
        <ul class="sv-agenda-list">
          @for (row of rows(); track row.id) {
            <li>
              <h2>{{ row.title }}</h2>
              <p>{{ row.dates }} · {{ 'agendaEditor.status.' + row.status | translate }}</p>
              <p class="sv-agenda-list__links">
                <a [routerLink]="['/arbetsutskottet/konferenser', row.id, 'program']">
                  {{ 'agendaEditor.editProgramme' | translate }}<span class="cdk-visually-hidden">: {{ row.title }}</span>
                </a>
                <a [routerLink]="['/konferenser', row.slug ?? row.id, 'program']">
                  {{ 'agendaEditor.viewPublished' | translate }}<span class="cdk-visually-hidden">: {{ row.title }}</span>
                </a>
              </p>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .sv-agenda-list {
      list-style: none;
      padding: 0;
    }
    .sv-agenda-list li {
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding: 12px 0;
    }
    .sv-agenda-list h2 {
      margin: 0 0 4px;
      font-size: 1.25rem;
    }
    .sv-agenda-list p {
      margin: 0 0 4px;
    }
    .sv-agenda-list__links {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
  `,
})
export class AgendaConferenceListPage {
  private readonly api = inject(AgendaApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly conferences = rxResource({ stream: () => this.api.conferences() });
  protected readonly errorMessage = computed(() => {
    const error = this.conferences.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly rows = computed(() => {
    const language = this.language.current();
    return [...(this.conferences.value() ?? [])]
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
      .map((conference) => ({
        id: conference.id,
        slug: conference.slug,
        title: language === 'en' && conference.titleEn ? conference.titleEn : conference.titleSv,
        dates: formatDate(conference.startsAt, language),
        status: conference.status,
      }));
  });
}
