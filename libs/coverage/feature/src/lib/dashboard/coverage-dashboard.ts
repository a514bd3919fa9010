import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  DEFAULT_LAST_N,
  DEFAULT_MIN_SHARE,
  PARTICIPANT_TYPES,
  type CoverageCell,
  type CoverageConference,
  type CoverageQuery,
  type CoverageReport,
} from '@samverkan/coverage/contract';
import { AuthService } from '@samverkan/identity/feature';
import { ErrorMessage, LanguageService, LoadingIndicator, errorText, fileNameFrom, saveFile } from '@samverkan/shared/ui';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { stockholmDate } from '@samverkan/shared/util-dates';
import { debounceTime, map } from 'rxjs';
import { CoverageApi } from '../coverage-api';
import { CoverageChart, type ChartSeries } from './coverage-chart';
import {
  PARTICIPANT_COLOURS,
  SERIES_COLOURS,
  callLink,
  heatLevel,
  heatRows,
  inGap,
  nextConference,
  percent,
  suggestionText,
  yearOptions,
} from './coverage-view';
import { CoverageItemsDialog, type CoverageItemsDialogData } from './coverage-items-dialog';

interface FilterValue {
  fromYear: number | null;
  toYear: number | null;
  conferenceIds: string[];
  minSharePercent: number;
  lastN: number;
}

const EMPTY_FILTER: FilterValue = {
  fromYear: null,
  toYear: null,
  conferenceIds: [],
  minSharePercent: Math.round(DEFAULT_MIN_SHARE * 100),
  lastN: DEFAULT_LAST_N,
};

export function toQuery(filter: FilterValue): CoverageQuery {
  const minShare = Number(filter.minSharePercent) / 100;
  const lastN = Number(filter.lastN);
  return {
    ...(filter.fromYear ? { fromYear: filter.fromYear } : {}),
    ...(filter.toYear ? { toYear: filter.toYear } : {}),
    ...(filter.conferenceIds.length ? { conferenceIds: filter.conferenceIds } : {}),
    ...(Number.isFinite(minShare) && minShare >= 0 && minShare <= 1 ? { minShare } : {}),
    ...(Number.isInteger(lastN) && lastN >= 1 && lastN <= 40 ? { lastN } : {}),
  };
}

/**
 * The focus-area coverage dashboard: filters, gaps and suggestions, a heat map of area × conference,
 * charts (each with a table), totals per area with click-through, exports and a print view.
 */
@Component({
  selector: 'sv-coverage-dashboard',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatIcon,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    TranslatePipe,
    ErrorMessage,
    LoadingIndicator,
    CoverageChart,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './coverage-dashboard.html',
  styleUrl: './coverage-dashboard.scss',
})
export class CoverageDashboard {
  private readonly api = inject(CoverageApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  private readonly auth = inject(AuthService);

  protected readonly participantTypes = PARTICIPANT_TYPES;
  protected readonly filterForm = inject(NonNullableFormBuilder).group({
    fromYear: [EMPTY_FILTER.fromYear as number | null],
    toYear: [EMPTY_FILTER.toYear as number | null],
    conferenceIds: [EMPTY_FILTER.conferenceIds],
    minSharePercent: [EMPTY_FILTER.minSharePercent],
    lastN: [EMPTY_FILTER.lastN],
  });
  protected readonly query = signal<CoverageQuery>(toQuery(EMPTY_FILTER));
  protected readonly report = rxResource({ params: () => this.query(), stream: ({ params }) => this.api.report(params) });
  /** The conferences to choose from: the unfiltered list, loaded once. */
  private readonly allConferences = rxResource({ stream: () => this.api.report({}).pipe(map((r) => r.conferences)) });
  protected readonly conferenceOptions = computed(() => (this.allConferences.hasValue() ? [...this.allConferences.value()].reverse() : []));
  protected readonly years = computed(() => yearOptions(this.allConferences.hasValue() ? this.allConferences.value()[0]?.year : undefined));

  /**
   * The one action from the gaps (`calls.manage` only): open a call for proposals for the next
   * conference, pre-filled with the areas that are short.
   */
  protected readonly openCall = computed(() => {
    const report = this.data();
    if (!report?.gaps.length || !this.auth.can('calls.manage')) return null;
    const next = this.allConferences.hasValue() ? nextConference(this.allConferences.value(), stockholmDate(new Date())) : null;
    return next ? { conference: next.title, link: callLink(next.id, report.gaps) } : { conference: null, link: null };
  });

  protected readonly errorMessage = computed(() => {
    const error = this.report.error();
    return error ? errorText(error, this.translate) : null;
  });
  protected readonly exporting = signal<'csv' | 'xlsx' | null>(null);
  protected readonly exportStatus = signal<{ key: string; params: Record<string, string> } | null>(null);
  protected readonly exportError = signal<string | null>(null);

  protected readonly data = computed<CoverageReport | null>(() => (this.report.hasValue() ? this.report.value() : null));
  protected readonly lang = this.language.current;
  private readonly areaTitles = computed(() => {
    const english = this.lang() === 'en';
    return new Map((this.data()?.focusAreas ?? []).map((a) => [a.code, english ? a.titleEn || a.titleSv : a.titleSv]));
  });
  protected readonly rows = computed(() => {
    const report = this.data();
    return report ? heatRows(report) : [];
  });
  protected readonly summary = computed(() => {
    const report = this.data();
    if (!report?.conferences.length) return null;
    return {
      conferences: report.conferences.length,
      from: report.years[0],
      to: report.years[report.years.length - 1],
      minutes: report.conferences.reduce((sum, c) => sum + c.programmeMinutes, 0),
      participants: report.conferences.reduce((sum, c) => sum + c.participants, 0),
    };
  });
  protected readonly suggestions = computed(() => {
    const report = this.data();
    if (!report) return [];
    return report.suggestions.map((s) => {
      const text = suggestionText(s, (code) => this.areaTitle(code), this.lang());
      if (s.participantType) text.params['type'] = this.translate.instant(`coverage.participantType.${s.participantType}`);
      return text;
    });
  });

  protected readonly shareChart = computed<ChartSeries[]>(() => {
    const report = this.data();
    if (!report || !this.lang()) return [];
    return [
      {
        label: this.translate.instant('coverage.table.share'),
        colour: '#1f5fa8',
        values: report.focusAreas.map((a) => a.totals.share),
      },
    ];
  });
  protected readonly areaLabels = computed(() => (this.data()?.focusAreas ?? []).map((a) => this.areaTitle(a.code)));
  protected readonly trendSeries = computed<ChartSeries[]>(() => {
    const report = this.data();
    if (!report) return [];
    return report.focusAreas.map((area) => ({
      label: this.areaTitle(area.code),
      colour: SERIES_COLOURS[area.code],
      values: report.years.map((year) => report.byYear.find((c) => c.focusAreaCode === area.code && c.year === year)?.share ?? 0),
    }));
  });
  protected readonly trendRows = computed(() => {
    const report = this.data();
    if (!report) return [];
    return report.years.map((year) => ({
      year,
      shares: report.focusAreas.map((area) => report.byYear.find((c) => c.focusAreaCode === area.code && c.year === year)?.share ?? 0),
    }));
  });
  protected readonly yearLabels = computed(() => (this.data()?.years ?? []).map(String));
  protected readonly conferenceLabels = computed(() => (this.data()?.conferences ?? []).map((c) => this.shortTitle(c)));
  protected readonly mixSeries = computed<ChartSeries[]>(() => {
    const report = this.data();
    if (!report || !this.lang()) return [];
    return PARTICIPANT_TYPES.map((type, index) => ({
      label: this.translate.instant(`coverage.participantColumn.${type}`),
      colour: PARTICIPANT_COLOURS[index],
      values: report.participantMix.map((mix) => mix.counts[type]),
    }));
  });

  constructor() {
    this.filterForm.valueChanges
      .pipe(
        debounceTime(300),
        map(() => toQuery(this.filterForm.getRawValue())),
        takeUntilDestroyed(),
      )
      .subscribe((query) => this.query.set(query));
  }

  protected areaTitle(code: FocusAreaCode): string {
    return this.areaTitles().get(code) ?? code;
  }

  protected percent(share: number): string {
    return percent(share, this.lang());
  }

  protected heatLevel(share: number): number {
    return heatLevel(share);
  }

  protected gapOf(cell: CoverageCell) {
    return inGap(this.data()?.gaps ?? [], cell);
  }

  protected conference(id: string): CoverageConference | undefined {
    return this.data()?.conferences.find((c) => c.id === id);
  }

  protected shortTitle(conference: CoverageConference): string {
    return `${conference.title.split(/ [–-] /)[0]} (${conference.startsOn.slice(0, 7)})`;
  }

  protected cellLabel(cell: CoverageCell): string {
    const conference = this.conference(cell.conferenceId);
    const label = this.translate.instant('coverage.heatmap.cellLabel', {
      area: this.areaTitle(cell.focusAreaCode),
      conference: conference ? `${conference.title}, ${conference.startsOn}` : '',
      share: this.percent(cell.share),
      minutes: cell.minutes,
      items: cell.items,
      themes: cell.themes,
      wishes: cell.evaluationWishes,
    });
    return this.gapOf(cell) ? `${label}; ${this.translate.instant('coverage.heatmap.gap')}` : label;
  }

  protected showLastThreeYears(): void {
    const year = new Date().getFullYear();
    this.filterForm.patchValue({ fromYear: year - 2, toYear: year, conferenceIds: [] });
  }

  protected clearFilters(): void {
    this.filterForm.reset(EMPTY_FILTER);
  }

  protected openItems(focusArea: FocusAreaCode, conferenceId?: string): void {
    const conference = conferenceId ? this.conference(conferenceId) : undefined;
    const query = this.query();
    const data: CoverageItemsDialogData = {
      areaTitle: this.areaTitle(focusArea),
      conferenceTitle: conference?.title ?? null,
      query: {
        focusArea,
        ...(conferenceId ? { conferenceId } : {}),
        ...(query.fromYear ? { fromYear: query.fromYear } : {}),
        ...(query.toYear ? { toYear: query.toYear } : {}),
        ...(query.conferenceIds ? { conferenceIds: query.conferenceIds } : {}),
      },
    };
    this.dialog.open(CoverageItemsDialog, { data, width: '640px', maxWidth: '95vw', autoFocus: 'dialog' });
  }

  protected exportTable(format: 'csv' | 'xlsx'): void {
    if (this.exporting()) return;
    this.exporting.set(format);
    this.exportError.set(null);
    this.exportStatus.set(null);
    this.api.export(this.query(), format).subscribe({
      next: (response) => {
        this.exporting.set(null);
        const fileName = fileNameFrom(response.headers.get('Content-Disposition'), `fokusomraden-tackning.${format}`);
        if (response.body) saveFile(this.document, response.body, fileName);
        this.exportStatus.set({ key: 'coverage.export.done', params: { fileName } });
      },
      error: (error: unknown) => {
        this.exporting.set(null);
        this.exportError.set(errorText(error, this.translate));
      },
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
