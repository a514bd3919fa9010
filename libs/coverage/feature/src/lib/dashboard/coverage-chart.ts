import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterRenderEffect, inject, input, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

// Only the pieces these charts use: chart.js is tree-shaken, and lives in this page's lazy chunk alone.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartSeries {
  label: string;
  colour: string;
  values: number[];
}

/**
 * A chart.js chart with its accessible alternative: the canvas is an image with a short summary for
 * screen readers, and the projected table (under "Show as a table") carries every number.
 */
@Component({
  selector: 'sv-coverage-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="sv-chart">
      <figcaption class="sv-chart__heading">{{ heading() }}</figcaption>
      <div class="sv-chart__canvas">
        <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
      </div>
      <details class="sv-chart__table" [open]="tableOpen()">
        <summary>{{ 'coverage.charts.showTable' | translate }}</summary>
        <ng-content />
      </details>
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
    .sv-chart {
      margin: 0;
    }
    .sv-chart__heading {
      font: var(--mat-sys-title-medium);
      margin-bottom: 8px;
    }
    .sv-chart__canvas {
      position: relative;
      height: 280px;
    }
    .sv-chart__table {
      margin-top: 8px;
    }
    .sv-chart__table summary {
      cursor: pointer;
      padding: 4px 0;
      color: var(--mat-sys-primary);
    }
    @media print {
      .sv-chart {
        break-inside: avoid;
      }
    }
  `,
})
export class CoverageChart {
  readonly type = input.required<'bar' | 'line'>();
  readonly heading = input.required<string>();
  /** A sentence for screen readers: what the chart shows (the table has the numbers). */
  readonly summary = input.required<string>();
  readonly labels = input.required<string[]>();
  readonly series = input.required<ChartSeries[]>();
  readonly stacked = input(false);
  /** Values are shares (0–1), shown as percentages. */
  readonly percent = input(false);
  readonly tableOpen = input(false);
  /** Bars along the x axis: long category labels (focus-area titles) stay readable. */
  readonly horizontal = input(false);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;
  private chartType: 'bar' | 'line' | null = null;

  constructor() {
    afterRenderEffect(() => this.draw());
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  private draw(): void {
    const config = this.configuration();
    // No 2D context (a test DOM, an old browser): the table alternative still holds every number.
    const context = this.canvas().nativeElement.getContext?.('2d');
    if (!context) return;
    if (this.chart && this.chartType === this.type()) {
      this.chart.data = config.data;
      this.chart.options = config.options ?? {};
      this.chart.update();
      return;
    }
    this.chart?.destroy();
    this.chart = new Chart(context, config);
    this.chartType = this.type();
  }

  private configuration(): ChartConfiguration<'bar' | 'line'> {
    const percent = this.percent();
    const stacked = this.stacked();
    const horizontal = this.horizontal() && this.type() === 'bar';
    const value = horizontal ? 'x' : 'y';
    const format = (value: number | string) => (percent ? `${Math.round(Number(value) * 1000) / 10} %` : String(value));
    return {
      type: this.type(),
      data: {
        labels: this.labels(),
        datasets: this.series().map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: s.colour,
          borderColor: s.colour,
          borderWidth: this.type() === 'line' ? 2 : 0,
          pointRadius: 3,
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        // Motion helps no one read a report, and a print must show the final bars.
        animation: false,
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${format(item.parsed[value] ?? 0)}` } },
        },
        scales: {
          [horizontal ? 'y' : 'x']: { stacked },
          [value]: { stacked, beginAtZero: true, ticks: { callback: (tick: number | string) => format(tick) } },
        },
      },
    };
  }
}
