import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type {
  EvidenceEntry,
  StrategyCitationsResponse,
  StrategyEvidenceResponse,
  StrategyPositionResponse,
} from '@samverkan/strategy/contract';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { formatDay } from '@samverkan/shared/util-dates';
import { EvidenceApi, type EvidenceFilters } from './evidence-api';
import { kindKey } from './evidence-view';

const TYPES = ['municipality', 'business', 'region', 'state-agency', 'other'] as const;

/**
 * Beside a focus area of a draft: what the conferences treated (filters: years, conferences), and a
 * button per entry that cites it for the position chosen above the list.
 */
@Component({
  selector: 'sv-strategy-evidence-panel',
  imports: [MatButton, MatFormField, MatLabel, MatInput, TranslatePipe, ErrorMessage, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="sv-evidence" [attr.aria-labelledby]="prefix() + '-heading'">
      <h4 [id]="prefix() + '-heading'">{{ 'strategyEvidence.heading' | translate: { area: areaTitle() } }}</h4>
      <p>{{ 'strategyEvidence.intro' | translate }}</p>
      <form class="sv-evidence__filters" (submit)="$event.preventDefault(); apply(from.value, to.value, conferences)">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'strategyEvidence.fromYear' | translate }}</mat-label>
          <input matInput #from type="number" min="1950" max="2100" [id]="prefix() + '-from'" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'strategyEvidence.toYear' | translate }}</mat-label>
          <input matInput #to type="number" min="1950" max="2100" [id]="prefix() + '-to'" />
        </mat-form-field>
        <mat-form-field appearance="outline" class="sv-evidence__conferences">
          <mat-label>{{ 'strategyEvidence.conferences' | translate }}</mat-label>
          <select matNativeControl multiple #conferences [id]="prefix() + '-conferences'">
            @for (c of knownConferences(); track c.id) {
              <option [value]="c.id">{{ c.title }} ({{ day(c.startsOn) }})</option>
            }
          </select>
        </mat-form-field>
        <button mat-stroked-button type="submit">{{ 'strategyEvidence.apply' | translate }}</button>
      </form>
      @if (since(); as date) {
        <p>{{ 'strategyEvidence.since' | translate: { date } }}</p>
      }

      <mat-form-field appearance="outline" class="sv-evidence__position">
        <mat-label>{{ 'strategyEvidence.position' | translate }}</mat-label>
        <select matNativeControl [id]="prefix() + '-position'" (change)="positionId.set($any($event.target).value)">
          <option value="">–</option>
          @for (p of positions(); track p.id; let i = $index) {
            <option [value]="p.id">{{ i + 1 }}. {{ short(p.text) }}</option>
          }
        </select>
      </mat-form-field>

      @if (evidence.isLoading()) {
        <sv-loading-indicator label="strategyEvidence.loading" />
      } @else if (loadError(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="evidence.reload()" />
      } @else if (entries().length) {
        @if (page(); as p) {
          <p class="sv-evidence__shown">
            {{ 'strategyEvidence.shown' | translate: { shown: shownConferences(), total: p.conferences, entries: p.entries } }}
          </p>
        }
        <ul class="sv-evidence__entries">
          @for (e of entries(); track e.kind + e.id) {
            <li data-evidence [attr.data-kind]="e.kind">
              <span class="sv-evidence__kind">{{ kind(e) | translate }}:</span>
              {{ e.label }}
              <span class="sv-evidence__detail">{{ detail(e) }}</span>
              <button mat-stroked-button type="button" [disabled]="busy()" [attr.aria-label]="citeLabel(e)" (click)="cite(e)">
                {{ 'strategyEvidence.cite' | translate }}
              </button>
            </li>
          }
        </ul>
        @if (loadingMore()) {
          <sv-loading-indicator label="strategyEvidence.loadingMore" />
        } @else if (nextOffset() !== null) {
          <button mat-stroked-button type="button" class="sv-evidence__more" (click)="loadMore()">
            {{ 'strategyEvidence.more' | translate }}
          </button>
        }
      } @else {
        <p>{{ 'strategyEvidence.empty' | translate }}</p>
      }
      @if (actionError(); as message) {
        <sv-error-message [message]="message" />
      }
      <p role="status" class="sv-evidence__status">{{ notice() }}</p>
    </section>
  `,
  styles: `
    .sv-evidence {
      margin: 12px 0;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .sv-evidence__filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: flex-start;
    }
    .sv-evidence__conferences,
    .sv-evidence__position {
      min-width: 280px;
    }
    .sv-evidence__entries {
      list-style: none;
      padding: 0;
    }
    .sv-evidence__entries li {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .sv-evidence__kind {
      font-weight: 600;
    }
  `,
})
export class EvidencePanel {
  private readonly api = inject(EvidenceApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly strategyId = input.required<string>();
  readonly focusArea = input.required<string>();
  readonly areaTitle = input.required<string>();
  readonly positions = input.required<StrategyPositionResponse[]>();
  /** The citations after a change, for the page's footnotes and markers. */
  readonly citationsChanged = output<StrategyCitationsResponse>();

  protected readonly prefix = computed(() => `sv-evidence-${this.focusArea()}`);
  protected readonly filters = signal<EvidenceFilters>({});
  protected readonly evidence = rxResource({
    params: () => ({ id: this.strategyId(), area: this.focusArea(), filters: this.filters() }),
    stream: ({ params }) => this.api.evidence(params.id, params.area, params.filters),
  });
  /** The first page's answer; "show more" appends the next pages' entries until the filters change. */
  private readonly firstPage = computed(() => (this.evidence.hasValue() ? this.evidence.value() : undefined));
  private readonly morePages = linkedSignal<StrategyEvidenceResponse | undefined, EvidenceEntry[]>({
    source: this.firstPage,
    computation: () => [],
  });
  protected readonly nextOffset = linkedSignal(() => this.firstPage()?.page.nextOffset ?? null);
  protected readonly loadingMore = signal(false);
  protected readonly page = computed(() => this.firstPage()?.page);
  protected readonly entries = computed(() => [...(this.firstPage()?.entries ?? []), ...this.morePages()]);
  protected readonly shownConferences = computed(() => new Set(this.entries().map((e) => e.conferenceId)).size);
  /** The conferences of the period without a conference filter (the filter's choices). */
  private readonly allConferences = signal<Array<{ id: string; title: string; startsOn: string }>>([]);
  protected readonly knownConferences = computed(() => {
    const loaded = this.evidence.hasValue() ? this.evidence.value().conferences : [];
    return this.filters().conferenceIds?.length ? this.allConferences() : loaded;
  });
  protected readonly since = computed(() => {
    const since = this.evidence.hasValue() ? this.evidence.value().since : null;
    return since ? formatDay(since, this.language.current()) : null;
  });
  protected readonly loadError = computed(() => {
    const error = this.evidence.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly positionId = signal('');
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly notice = signal('');

  protected apply(from: string, to: string, select: HTMLSelectElement): void {
    if (this.evidence.hasValue() && !this.filters().conferenceIds?.length) this.allConferences.set(this.evidence.value().conferences);
    const conferenceIds = [...select.selectedOptions].map((o) => o.value);
    this.filters.set({ fromYear: from ? Number(from) : null, toYear: to ? Number(to) : null, conferenceIds });
  }

  /** The next conferences of the same filters, appended below the ones shown. */
  protected loadMore(): void {
    const offset = this.nextOffset();
    if (offset === null) return;
    this.loadingMore.set(true);
    this.actionError.set(null);
    const first = this.firstPage();
    this.api.evidence(this.strategyId(), this.focusArea(), { ...this.filters(), offset }).subscribe({
      next: (answer) => {
        this.loadingMore.set(false);
        // The filters changed meanwhile: this page belongs to the list no longer shown.
        if (this.firstPage() !== first) return;
        this.morePages.update((entries) => [...entries, ...answer.entries]);
        this.nextOffset.set(answer.page.nextOffset);
      },
      error: (error: unknown) => {
        this.loadingMore.set(false);
        this.actionError.set(errorText(error, this.translate));
      },
    });
  }

  protected kind(e: EvidenceEntry): string {
    return kindKey(e.kind);
  }

  protected detail(e: EvidenceEntry): string {
    const parts = [`${e.conferenceTitle} (${this.day(e.startsOn)})`];
    if (e.kind === 'participants' && e.byType) {
      const types = TYPES.filter((t) => e.byType?.[t]).map(
        (t) => `${e.byType?.[t]} ${this.translate.instant(`strategyEvidence.type.${t}`)}`,
      );
      parts.push(`${this.translate.instant('strategyEvidence.participants', { count: e.count })}: ${types.join(', ')}`);
    } else if (e.kind === 'wishes') {
      parts.push(this.translate.instant('strategyEvidence.wishes', { count: e.count }));
    } else if (e.minutes) {
      parts.push(this.translate.instant('strategyEvidence.minutes', { minutes: e.minutes }));
    }
    return `— ${parts.join('; ')}`;
  }

  protected citeLabel(e: EvidenceEntry): string {
    return this.translate.instant('strategyEvidence.citeLabel', { label: `${this.translate.instant(kindKey(e.kind))} ${e.label}` });
  }

  protected day(date: string): string {
    return date ? formatDay(date, this.language.current()) : '';
  }

  protected short(text: string): string {
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  }

  protected cite(e: EvidenceEntry): void {
    this.notice.set('');
    this.actionError.set(null);
    const positionId = this.positionId();
    if (!positionId) {
      this.actionError.set(this.translate.instant('strategyEvidence.choosePosition'));
      return;
    }
    this.busy.set(true);
    this.api.cite(this.strategyId(), { positionId, kind: e.kind, refId: e.id }).subscribe({
      next: (answer) => {
        this.busy.set(false);
        this.notice.set(this.translate.instant('strategyEvidence.cited'));
        this.citationsChanged.emit(answer);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionError.set(errorText(error, this.translate));
      },
    });
  }
}
