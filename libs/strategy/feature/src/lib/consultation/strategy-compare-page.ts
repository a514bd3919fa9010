import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { StrategyVersionResponse, WordChange } from '@samverkan/strategy/contract';
import { ErrorMessage, LoadingIndicator, errorText } from '@samverkan/shared/ui';
import { forkJoin, of } from 'rxjs';
import { StrategyApi } from '../versions/strategy-api';
import { ConsultationApi } from './consultation-api';
import { sides } from './compare-sides';
import { WordDiffView } from './word-diff-view';

interface Row {
  label: string;
  params?: Record<string, unknown>;
  before: WordChange[];
  after: WordChange[];
}

/**
 * Two versions side by side (`/strategi/:id/jamfor?med=<other>`): the version compared against on the
 * left, this one on the right, per focus area and per position, with words added and removed marked.
 */
@Component({
  selector: 'sv-strategy-compare-page',
  imports: [RouterLink, MatFormField, MatLabel, MatInput, TranslatePipe, ErrorMessage, LoadingIndicator, WordDiffView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sv-page">
      <p>
        <a [routerLink]="['/strategi', id()]">{{ 'strategyConsultation.backToVersion' | translate }}</a>
      </p>
      @if (others().length) {
        <mat-form-field appearance="outline" class="sv-compare-with">
          <mat-label>{{ 'strategyConsultation.compareWith' | translate }}</mat-label>
          <select matNativeControl id="sv-compare-with" (change)="compareWith($any($event.target).value)">
            <option value="">–</option>
            @for (v of others(); track v.id) {
              <option [value]="v.id" [selected]="v.id === med()">
                {{ v.title }} ({{ 'strategyPages.status.' + v.state | translate }})
              </option>
            }
          </select>
        </mat-form-field>
      }
      @if (!med()) {
        <h1>{{ 'strategyConsultation.compareTitle' | translate }}</h1>
        <p>{{ 'strategyConsultation.noOther' | translate }}</p>
      } @else if (data.isLoading()) {
        <sv-loading-indicator label="strategyConsultation.loading" />
      } @else if (loadError(); as message) {
        <sv-error-message [message]="message" [retryable]="true" (retry)="data.reload()" />
      } @else if (data.hasValue() && data.value(); as d) {
        <h1>{{ 'strategyConsultation.compareHeading' | translate: { other: d.other.title, base: d.base.title } }}</h1>
        <p>{{ 'strategyConsultation.compareIntro' | translate }}</p>
        @for (group of groups(); track group.key) {
          <section [attr.aria-labelledby]="'cmp-' + group.key">
            <h2 [id]="'cmp-' + group.key">
              {{ group.heading | translate: group.headingParams }}
              @if (group.kind) {
                <span class="sv-kind">({{ 'strategyConsultation.areaKind.' + group.kind | translate }})</span>
              }
            </h2>
            <table class="sv-compare">
              <thead>
                <tr>
                  <td></td>
                  <th scope="col">{{ 'strategyConsultation.before' | translate: { title: d.base.title } }}</th>
                  <th scope="col">{{ 'strategyConsultation.after' | translate: { title: d.other.title } }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of group.rows; track $index) {
                  <tr>
                    <th scope="row">{{ row.label | translate: row.params }}</th>
                    <td><sv-word-diff [words]="row.before" /></td>
                    <td><sv-word-diff [words]="row.after" /></td>
                  </tr>
                }
              </tbody>
            </table>
          </section>
        }
      }
    </div>
  `,
  styles: `
    .sv-compare {
      width: 100%;
      border-collapse: collapse;
      margin-bottom: 24px;
    }
    .sv-compare th,
    .sv-compare td {
      vertical-align: top;
      text-align: left;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .sv-compare td {
      width: 45%;
    }
    .sv-compare-with {
      min-width: 320px;
    }
    .sv-kind {
      font-weight: normal;
      font-size: 0.8em;
    }
  `,
})
export class StrategyComparePage {
  private readonly api = inject(ConsultationApi);
  private readonly versions = inject(StrategyApi);
  private readonly translate = inject(TranslateService);

  /** This version (the newer side). */
  readonly id = input.required<string>();
  /** The version compared against (the older side), `?med=`. */
  readonly med = input<string | undefined>();

  private readonly router = inject(Router);
  /** Every other version the caller may see: any two can be compared. */
  private readonly list = rxResource({ stream: () => this.versions.list() });
  protected readonly others = computed(() => (this.list.hasValue() ? this.list.value().filter((v) => v.id !== this.id()) : []));

  protected compareWith(other: string): void {
    void this.router.navigate(['/strategi', this.id(), 'jamfor'], { queryParams: other ? { med: other } : {} });
  }

  protected readonly data = rxResource({
    params: () => ({ id: this.id(), med: this.med() }),
    stream: ({ params }) =>
      params.med
        ? forkJoin({
            diff: this.api.diff(params.id, params.med),
            base: this.versions.get(params.med),
            other: this.versions.get(params.id),
          })
        : of(null),
  });
  protected readonly loadError = computed(() => {
    const error = this.data.error();
    return error ? errorText(error, this.translate) : null;
  });

  protected readonly groups = computed(() => {
    const d = this.data.hasValue() ? this.data.value() : null;
    if (!d) return [];
    const row = (label: string, words: WordChange[], params?: Record<string, unknown>): Row => ({ label, params, ...sides(words) });
    const general = {
      key: 'general',
      heading: 'strategyConsultation.compareTitle',
      headingParams: {},
      kind: null as string | null,
      rows: [
        row('strategyConsultation.titleRow', d.diff.title),
        row('strategyConsultation.preambleRow', d.diff.preamble),
        row('strategyConsultation.visionRow', d.diff.vision),
      ],
    };
    const areas = d.diff.focusAreas.map((area) => ({
      key: area.code,
      heading: 'strategyConsultation.areaHeading',
      headingParams: { code: titleOf(area.code, d.other, d.base) },
      kind: area.kind as string | null,
      rows: [
        row('strategyConsultation.titleRow', area.title),
        row('strategyConsultation.textRow', area.text),
        ...area.positions.map((p, i) => row('strategyConsultation.positionRow', p.words, { n: i + 1 })),
      ],
    }));
    return [general, ...areas];
  });
}

/** An area's Swedish title, from the newer version or else the older one; the code when neither has it. */
function titleOf(code: string, ...versions: StrategyVersionResponse[]): string {
  for (const v of versions) {
    const area = v.focusAreas.find((a) => a.code === code);
    if (area) return area.titleSv;
  }
  return code;
}
