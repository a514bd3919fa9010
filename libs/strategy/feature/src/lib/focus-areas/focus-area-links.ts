import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { FocusAreasApi } from './focus-areas-api';
import { localizeFocusArea } from './localized-focus-area';

/** The focus areas' titles as links to their descriptions: for the start page. */
@Component({
  selector: 'sv-focus-area-links',
  imports: [RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (focusAreas.isLoading()) {
      <sv-loading-indicator label="focusAreas.loading" />
    } @else if (errorMessage(); as message) {
      <sv-error-message [message]="message" [retryable]="true" (retry)="focusAreas.reload()" />
    } @else if (areas().length === 0) {
      <p class="sv-empty">{{ 'focusAreas.empty' | translate }}</p>
    } @else {
      <ul class="sv-focus-links">
        @for (area of areas(); track area.code) {
          <li>
            <a routerLink="/fokusomraden" [fragment]="area.code">{{ area.title }}</a>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .sv-focus-links {
      padding-left: 1.25em;
      line-height: 1.8;
    }
  `,
})
export class FocusAreaLinks {
  private readonly api = inject(FocusAreasApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly focusAreas = rxResource({ stream: () => this.api.list() });
  protected readonly areas = computed(() =>
    this.focusAreas.hasValue() ? this.focusAreas.value().map((a) => localizeFocusArea(a, this.language.current())) : [],
  );
  protected readonly errorMessage = computed(() => {
    const error = this.focusAreas.error();
    return error ? errorText(error, this.translate) : null;
  });
}
