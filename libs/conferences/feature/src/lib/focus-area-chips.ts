import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ConferenceFocusArea } from '@samverkan/conferences/contract';
import { LanguageService } from '@samverkan/shared/ui';
import { focusAreaTitles } from './conference-view';

/**
 * A conference's or theme's focus areas as chips (a plain list styled with the theme's tokens:
 * they are labels, not controls), in the UI language.
 */
@Component({
  selector: 'sv-focus-area-chips',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (areas().length) {
      <ul class="sv-chips" [attr.aria-label]="label()">
        @for (area of areas(); track area.code) {
          <li class="sv-chip">{{ area.title }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .sv-chips {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      list-style: none;
      margin: 8px 0;
      padding: 0;
    }
    .sv-chip {
      padding: 4px 12px;
      border-radius: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
    }
  `,
})
export class FocusAreaChips {
  private readonly language = inject(LanguageService);

  readonly focusAreas = input.required<readonly ConferenceFocusArea[]>();
  /** Accessible name of the list (already translated), e.g. "Fokusområden". */
  readonly label = input.required<string>();

  protected readonly areas = computed(() => focusAreaTitles(this.focusAreas(), this.language.current()));
}
