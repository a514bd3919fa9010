import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { FocusAreasApi } from './focus-areas-api';
import { localizeFocusArea } from './localized-focus-area';

/** The strategy's focus areas, in the current language. Public. */
@Component({
  selector: 'sv-focus-areas-page',
  imports: [RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <h1>{{ 'focusAreas.heading' | translate }}</h1>
      <p class="sv-lead">{{ 'focusAreas.intro' | translate }}</p>
      <p>
        <a routerLink="/strategi">{{ 'focusAreas.strategyLink' | translate }}</a>
      </p>

      @if (focusAreas.isLoading()) {
        <sv-loading-indicator label="focusAreas.loading" />
      } @else if (errorMessage(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="focusAreas.reload()" />
      } @else if (areas().length === 0) {
        <p class="sv-empty">{{ 'focusAreas.empty' | translate }}</p>
      } @else {
        <ol class="sv-focus-areas">
          @for (area of areas(); track area.code) {
            <li class="sv-focus-area" [id]="area.code">
              <h2 class="sv-focus-area__title">{{ area.title }}</h2>
              <p class="sv-focus-area__description">{{ area.description }}</p>
            </li>
          }
        </ol>
      }
    </div>
  `,
  styles: `
    .sv-focus-areas {
      list-style: none;
      padding: 0;
      margin: 24px 0 0;
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
    }
    .sv-focus-area {
      padding: 20px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .sv-focus-area__title {
      font: var(--mat-sys-title-large);
      margin: 0 0 8px;
      color: var(--mat-sys-primary);
    }
    .sv-focus-area__description {
      margin: 0;
    }
  `,
})
export class FocusAreasPage {
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
