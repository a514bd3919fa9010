import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ErrorMessage, LanguageService, LoadingIndicator, describePage, errorText, isApiError } from '@samverkan/shared/ui';
import { paragraphsOf, publishedFootnotes } from '@samverkan/strategy/contract';
import { kindKey } from '../evidence/evidence-view';
import { adoptedOn, areaTitle } from '../versions/strategy-view';
import { PublishedStrategyApi } from './published-strategy-api';

/**
 * The adopted strategy, published (`/strategi/gallande`, rendered on the server): its text as adopted
 * (Swedish, marked so when the page is in English), the positions with their footnotes, the appendix of
 * the conference work they build on, and the PDF.
 */
@Component({
  selector: 'sv-published-strategy-page',
  imports: [RouterLink, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page sv-published">
      @if (strategy.isLoading()) {
        <sv-loading-indicator label="strategyPages.loading" />
      } @else if (noneAdopted()) {
        <h1>{{ 'strategyPages.published.heading' | translate }}</h1>
        <p class="sv-empty">{{ 'strategyPages.published.none' | translate }}</p>
      } @else if (loadError(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="strategy.reload()" />
      } @else if (view(); as v) {
        <article>
          <h1 lang="sv">{{ v.title }}</h1>
          @if (v.adopted) {
            <p class="sv-published__meta">{{ 'strategyPages.adoptedOn' | translate: { date: v.adopted } }}</p>
          }
          <p class="sv-published__links">
            <a [href]="pdfUrl()" data-pdf>{{ 'strategyPages.published.pdf' | translate }}</a>
            <a routerLink="/strategi">{{ 'strategyPages.published.versions' | translate }}</a>
          </p>
          @if (english()) {
            <p class="sv-published__note" role="note">{{ 'strategyPages.published.swedishText' | translate }}</p>
          }
          @if (v.preamble.length) {
            <h2>{{ 'strategyPages.preambleHeading' | translate }}</h2>
            @for (p of v.preamble; track $index) {
              <p lang="sv">{{ p }}</p>
            }
          }
          @if (v.vision.length) {
            <h2>{{ 'strategyPages.visionHeading' | translate }}</h2>
            @for (p of v.vision; track $index) {
              <p lang="sv">{{ p }}</p>
            }
          }
          <h2>{{ 'strategyPages.focusAreasHeading' | translate }}</h2>
          @for (area of v.areas; track area.code) {
            <section class="sv-published__area" [attr.aria-labelledby]="'area-' + area.code">
              <h3 [id]="'area-' + area.code">{{ area.title }}</h3>
              @for (p of area.paragraphs; track $index) {
                <p lang="sv">{{ p }}</p>
              }
              @if (area.positions.length) {
                <h4>{{ 'strategyPages.positionsHeading' | translate }}</h4>
                <ol>
                  @for (position of area.positions; track position.id) {
                    <li [attr.data-position]="position.id">
                      <span lang="sv">{{ position.text }}</span>
                      @for (n of position.notes; track n) {
                        <sup
                          ><a [routerLink]="[]" [fragment]="'fn-' + n" [attr.aria-label]="'strategyEvidence.footnoteRef' | translate: { n }"
                            >[{{ n }}]</a
                          ></sup
                        >
                      }
                    </li>
                  }
                </ol>
              }
            </section>
          }
          <section class="sv-published__appendix" aria-labelledby="sv-appendix">
            <h2 id="sv-appendix">{{ 'strategyPages.published.appendixHeading' | translate }}</h2>
            @if (v.appendix.length) {
              <p>{{ 'strategyPages.published.appendixIntro' | translate }}</p>
              <ol class="sv-published__notes">
                @for (entry of v.appendix; track entry.number) {
                  <li [id]="'fn-' + entry.number" data-footnote>
                    <span class="sv-published__number">[{{ entry.number }}]</span>
                    @if (entry.removed) {
                      {{ 'strategyPages.published.removed' | translate }}
                    } @else {
                      {{ kindKey(entry.kind) | translate }}: <span lang="sv">{{ entry.label }}</span>
                      @if (entry.conferenceTitle && entry.conferenceTitle !== entry.label) {
                        – <span lang="sv">{{ entry.conferenceTitle }}</span>
                      }
                    }
                  </li>
                }
              </ol>
            } @else {
              <p>{{ 'strategyPages.published.noAppendix' | translate }}</p>
            }
          </section>
        </article>
      }
    </div>
  `,
  styles: `
    .sv-published article {
      max-width: 72ch;
    }
    .sv-published__links {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
    }
    .sv-published__note {
      padding: 12px 16px;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
    }
    .sv-published__area h3 {
      color: var(--mat-sys-primary);
    }
    .sv-published__area li {
      margin-bottom: 8px;
    }
    .sv-published__notes {
      list-style: none;
      padding: 0;
    }
    .sv-published__notes li {
      margin-bottom: 6px;
    }
    .sv-published__number {
      font-weight: 600;
      margin-right: 4px;
    }
  `,
})
export class PublishedStrategyPage {
  private readonly api = inject(PublishedStrategyApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  constructor() {
    // The title and description of a shared link name the strategy.
    describePage(() => {
      const view = this.view();
      return view ? { title: view.title, description: view.vision[0] ?? view.preamble[0] ?? view.title, path: '/strategi/gallande' } : null;
    });
  }

  protected readonly kindKey = kindKey;
  protected readonly strategy = rxResource({ stream: () => this.api.current() });
  protected readonly english = computed(() => this.language.current() === 'en');
  protected readonly pdfUrl = computed(() => `/api/strategies/current.pdf?lang=${this.language.current()}`);
  protected readonly noneAdopted = computed(() => {
    const error = this.strategy.error();
    return isApiError(error) && error.statusCode === 404;
  });
  protected readonly loadError = computed(() => {
    const error = this.strategy.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly view = computed(() => {
    if (!this.strategy.hasValue()) return null;
    const { version, citations } = this.strategy.value();
    const language = this.language.current();
    const { notes, appendix } = publishedFootnotes(citations);
    return {
      title: version.title,
      adopted: adoptedOn(version, language),
      preamble: paragraphsOf(version.preamble),
      vision: paragraphsOf(version.vision),
      areas: version.focusAreas.map((a) => ({
        code: a.code,
        title: areaTitle(a, language),
        paragraphs: paragraphsOf(a.text),
        positions: a.positions.map((p) => ({ id: p.id, text: p.text, notes: notes.get(p.id) ?? [] })),
      })),
      appendix,
    };
  });
}
