import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { formatDay } from '@samverkan/shared/util-dates';
import { EngagementApi } from '../engagement-api';
import { countText } from './engagement-view';

/** One member organisation: people per conference, the focus areas they attended, proposals and submissions. */
@Component({
  selector: 'sv-member-page',
  imports: [MatButton, MatIcon, RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-page.html',
  styleUrl: './engagement.scss',
})
export class MemberPage {
  private readonly api = inject(EngagementApi);
  private readonly translate = inject(TranslateService);
  protected readonly lang = inject(LanguageService).current;

  /** From the route (`withComponentInputBinding`). */
  readonly organisationId = input.required<string>();

  protected readonly member = rxResource({ params: () => this.organisationId(), stream: ({ params }) => this.api.member(params) });
  protected readonly errorMessage = computed(() => {
    const error = this.member.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly countText = countText;

  protected day(date: string | null): string {
    return date ? formatDay(date, this.lang()) : this.translate.instant('engagement.never');
  }

  protected areaTitle(area: { titleSv: string; titleEn: string }): string {
    return this.lang() === 'en' ? area.titleEn || area.titleSv : area.titleSv;
  }
}
