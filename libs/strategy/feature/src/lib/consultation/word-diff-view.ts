import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { WordChange } from '@samverkan/strategy/contract';

/**
 * Words kept, added and removed, marked as text and not by colour only: added words in <ins> and
 * removed ones in <del>, each with a visually hidden "added"/"removed" for screen readers.
 */
@Component({
  selector: 'sv-word-diff',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@for (run of words(); track $index) {
    @if (run.kind === 'added') {
      <ins
        ><span class="cdk-visually-hidden">{{ 'strategyConsultation.added' | translate }} </span>{{ run.text }}</ins
      >
    } @else if (run.kind === 'removed') {
      <del
        ><span class="cdk-visually-hidden">{{ 'strategyConsultation.removed' | translate }} </span>{{ run.text }}</del
      >
    } @else {
      <span>{{ run.text }}</span>
    }
    {{ ' ' }}
  }`,
  styles: `
    ins {
      text-decoration: underline;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    del {
      text-decoration: line-through;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class WordDiffView {
  readonly words = input.required<readonly WordChange[]>();
}
