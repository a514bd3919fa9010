import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ShareRow } from './coverage-shares';

/** Each focus area's share of the programme time (a bar, the figures in words, and "below the threshold" when short). */
@Component({
  selector: 'sv-coverage-shares-panel',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="sv-agenda-editor__shares" aria-labelledby="shares-heading">
      <h2 id="shares-heading">{{ 'agendaEditor.shares.heading' | translate }}</h2>
      <p class="sv-hint" aria-live="polite">
        {{ 'agendaEditor.shares.summary' | translate: { minutes: view().programmeMinutes, count: view().short } }}
      </p>
      <ul class="sv-agenda-editor__share-list">
        @for (row of view().rows; track row.code) {
          <li [class.sv-agenda-editor__share--short]="row.short" [attr.data-area]="row.code">
            <span class="sv-agenda-editor__share-title">{{ row.title }}</span>
            <span class="sv-agenda-editor__share-bar" aria-hidden="true"><span [style.width.%]="row.width"></span></span>
            <span class="sv-agenda-editor__share-value">
              {{ 'agendaEditor.shares.value' | translate: { percent: row.percent, minutes: row.minutes } }}
              @if (row.short) {
                <strong class="sv-agenda-editor__share-flag">
                  <span class="material-symbols-outlined" aria-hidden="true">warning</span>
                  {{ 'agendaEditor.shares.short' | translate }}
                </strong>
              }
            </span>
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .material-symbols-outlined {
      color: var(--mat-sys-error);
      font-size: 20px;
    }
    .sv-hint {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
    .sv-agenda-editor__share-list {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
      display: grid;
      gap: 4px;

      li {
        display: grid;
        grid-template-columns: minmax(10rem, 16rem) minmax(6rem, 1fr) minmax(10rem, auto);
        align-items: center;
        gap: 8px;
      }
    }

    .sv-agenda-editor__share-bar {
      display: block;
      height: 10px;
      border-radius: 5px;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;

      span {
        display: block;
        height: 100%;
        background: var(--mat-sys-primary);
      }
    }

    .sv-agenda-editor__share--short .sv-agenda-editor__share-bar span {
      background: var(--mat-sys-error);
    }

    .sv-agenda-editor__share-flag {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      margin-left: 8px;
      color: var(--mat-sys-error);
    }
  `,
})
export class CoverageSharesPanel {
  readonly view = input.required<{ programmeMinutes: number; short: number; rows: ShareRow[] }>();
}
