import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, linkedSignal, output, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MeetingItemResponse } from '@samverkan/committee/contract';
import { LanguageService } from '@samverkan/shared/ui';
import { formatDay } from '@samverkan/shared/util-dates';
import { MinutesPdfButton } from '../minutes/minutes-pdf-button';
import { Documents } from '@samverkan/shared/ui/documents';
import { idsOf, moveItem } from './agenda-order';

/**
 * The agenda (dagordning): numbered items in order, reordered by dragging (CDK drag-drop) or with
 * "move up"/"move down" buttons for keyboard and screen-reader users; each move is announced in a
 * live region. Emits the whole new order; the page saves it.
 */
@Component({
  selector: 'sv-agenda',
  imports: [CdkDropList, CdkDrag, CdkDragHandle, RouterLink, MatButton, MatIconButton, MatIcon, TranslatePipe, MinutesPdfButton, Documents],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agenda.html',
  styleUrl: './agenda.scss',
})
export class Agenda {
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly language = inject(LanguageService);

  readonly items = input.required<readonly MeetingItemResponse[]>();
  /** The minutes are approved: nothing can change. */
  readonly locked = input(false);
  /** A change is being saved. */
  readonly busy = input(false);

  readonly reorder = output<string[]>();
  readonly decide = output<MeetingItemResponse>();
  readonly remove = output<MeetingItemResponse>();

  /** The order shown: follows the meeting, and moves at once when someone reorders (before the API answers). */
  protected readonly order = linkedSignal(() => [...this.items()]);
  protected readonly announcement = signal('');

  /** "14 april 2026": for "den {{date}}". */
  protected day(value: string): string {
    return formatDay(value, this.language.current());
  }

  protected drop(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    this.move(event.previousIndex, event.currentIndex);
  }

  protected moveUp(index: number): void {
    this.move(index, index - 1, 'up');
  }

  protected moveDown(index: number): void {
    this.move(index, index + 1, 'down');
  }

  /** Items that can be taken off the agenda: added ones without a decision. */
  protected removable(item: MeetingItemResponse): boolean {
    return (item.kind === 'proposal' || item.kind === 'other' || item.kind === 'strategy-adoption') && !item.decidedAt;
  }

  /** A proposal and a strategy adoption are decided once; other items may get their decision text changed. */
  protected decidable(item: MeetingItemResponse): boolean {
    return !((item.kind === 'proposal' || item.kind === 'strategy-adoption') && item.outcome);
  }

  private move(from: number, to: number, direction?: 'up' | 'down'): void {
    const current = this.order();
    // While a change is being saved the buttons stay enabled (disabling the focused one would drop
    // the keyboard focus), but a move waits until the save is done.
    if (to < 0 || to >= current.length || this.locked() || this.busy()) return;
    const next = moveItem(current, from, to);
    this.order.set(next);
    const item = current[from];
    this.announcement.set(this.translate.instant('meetings.agenda.moved', { title: item.title, position: to + 1, total: next.length }));
    this.reorder.emit(idsOf(next));
    if (direction) this.refocus(item.id, direction);
  }

  /** Keeps the keyboard on the moved item's button (or the other one when it reached the end). */
  private refocus(itemId: string, direction: 'up' | 'down'): void {
    setTimeout(() => {
      const row = this.host.nativeElement.querySelector(`[data-item="${itemId}"]`);
      const same = row?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]`);
      const other = row?.querySelector<HTMLButtonElement>(`[data-move="${direction === 'up' ? 'down' : 'up'}"]`);
      (same && !same.disabled ? same : other)?.focus();
    });
  }
}
