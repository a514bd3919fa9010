import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, CdkDragDrop, CdkDragStart, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type {
  AgendaCandidate,
  AgendaConflict,
  AgendaItemResponse,
  PublishResult,
  RoomRequest,
  RoomResponse,
  UpdateAgendaItemRequest,
} from '@samverkan/agenda/contract';
import {
  ErrorMessage,
  FieldErrorPipe,
  LanguageService,
  LoadingIndicator,
  applyServerErrors,
  asApiError,
  confirmAction,
  errorText,
} from '@samverkan/shared/ui';
import { formatDate, formatTime, stockholmDate } from '@samverkan/shared/util-dates';
import { catchError, of } from 'rxjs';
import { AgendaApi } from '../agenda-api';
import { itemTitle } from '../programme/programme-view';
import { percent, shareRows, shortList, type AreaTitle } from './coverage-shares';
import { CoverageSharesPanel } from './coverage-shares-panel';
import { conferenceDays, dayWindow, dropRow, keyboardMove, moveToCell, placeItem, slotCount, wallTime, type KeyboardMove } from './grid';
import { Documents } from '@samverkan/shared/ui/documents';
import { ItemDialog, type ItemDialogData, type ItemDialogResult } from './item-dialog';
import { StaleDialog, type StaleDialogData } from './stale-dialog';
import { resolveStale, staleCurrent, type StaleChoice } from './stale-edit';

/** Height of one 15-minute row in pixels. */
export const ROW_PX = 20;

type DragData = { kind: 'item'; item: AgendaItemResponse } | { kind: 'candidate'; candidate: AgendaCandidate };

/**
 * Staff: the draft agenda as a timetable (rows of 15 minutes, a column per room, a day at a time),
 * the pile of unscheduled items and candidates, conflicts, rooms and publishing. Everything the
 * mouse does by dragging the keyboard does with the selected item's buttons and its edit dialog.
 */
@Component({
  selector: 'sv-agenda-editor-page',
  imports: [
    RouterLink,
    Documents,
    ReactiveFormsModule,
    CdkDropListGroup,
    CdkDropList,
    CdkDrag,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessage,
    LoadingIndicator,
    CoverageSharesPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agenda-editor-page.html',
  styleUrl: './agenda-editor-page.scss',
})
export class AgendaEditorPage {
  private readonly api = inject(AgendaApi);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  /** Bound from the route (withComponentInputBinding). */
  readonly id = input.required<string>();

  protected readonly rowPx = ROW_PX;
  protected readonly conference = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.conference(params) });
  protected readonly agenda = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.draft(params) });
  protected readonly candidates = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.candidates(params).pipe(catchError(() => of([] as AgendaCandidate[]))),
  });
  private readonly focusAreas = rxResource({ stream: () => this.api.focusAreas().pipe(catchError(() => of([]))) });

  private readonly chosenDay = signal<string | null>(null);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly publishConflicts = signal<AgendaConflict[] | null>(null);
  protected readonly published = signal<PublishResult | null>(null);
  /** Where the dragged item's top was when the drag began, so a drop puts the item's top (not the pointer) on the row. */
  private dragOriginTop: number | null = null;

  protected readonly loadError = computed(() => {
    const error = this.agenda.error() ?? this.conference.error();
    return error ? errorText(error, this.translate) : null;
  });

  protected readonly days = computed(() => {
    if (!this.conference.hasValue()) return [];
    const conference = this.conference.value();
    const language = this.language.current();
    return conferenceDays(conference.startsAt, conference.endsAt).map((day) => ({
      value: day,
      label: formatDate(`${day}T12:00:00Z`, language),
    }));
  });

  protected readonly day = computed(() => {
    const days = this.days().map((d) => d.value);
    const chosen = this.chosenDay();
    return chosen && days.includes(chosen) ? chosen : (days[0] ?? null);
  });

  protected readonly rooms = computed<RoomResponse[]>(() =>
    this.agenda.hasValue() ? [...this.agenda.value().rooms].sort((a, b) => a.position - b.position) : [],
  );

  protected readonly grid = computed(() => {
    const day = this.day();
    if (!this.agenda.hasValue() || !day) return null;
    const language = this.language.current();
    const rooms = this.rooms();
    const dayItems = this.agenda.value().items.filter((item) => item.startsAt && stockholmDate(item.startsAt) === day);
    const window = dayWindow(dayItems);
    const slots = slotCount(window);
    return {
      day,
      window,
      slots,
      height: slots * ROW_PX,
      labels: Array.from({ length: Math.ceil(slots / 4) }, (_, i) => ({ top: i * 4 * ROW_PX, text: wallTime(window.start + i * 60) })),
      columns: rooms.map((room) => ({
        room,
        items: dayItems
          .map((item) => ({ item, placement: placeItem(item, rooms, window) }))
          .filter(({ placement }) => placement?.column === rooms.indexOf(room))
          .map(({ item, placement }) => ({
            item,
            title: itemTitle(item, language),
            time: `${formatTime(item.startsAt as string, language)}–${formatTime(item.endsAt as string, language)}`,
            top: (placement?.row ?? 0) * ROW_PX,
            height: (placement?.span ?? 1) * ROW_PX,
          })),
      })),
    };
  });

  /** Items the grid cannot show: no time, no (known) room, or a day outside the conference. */
  protected readonly pile = computed(() => {
    if (!this.agenda.hasValue()) return [];
    const language = this.language.current();
    const rooms = this.rooms();
    const days = this.days().map((d) => d.value);
    return this.agenda
      .value()
      .items.filter(
        (item) =>
          !item.startsAt || !item.roomId || !rooms.some((room) => room.id === item.roomId) || !days.includes(stockholmDate(item.startsAt)),
      )
      .map((item) => ({ item, title: itemTitle(item, language), when: this.describePlace(item) }));
  });

  protected readonly selected = computed(() => {
    const id = this.selectedId();
    const item = id && this.agenda.hasValue() ? this.agenda.value().items.find((i) => i.id === id) : undefined;
    if (!item) return null;
    const rooms = this.rooms();
    return {
      item,
      title: itemTitle(item, this.language.current()),
      place: this.describePlace(item),
      canMove: {
        earlier: keyboardMove(item, 'earlier', rooms) !== null,
        later: keyboardMove(item, 'later', rooms) !== null,
        previousRoom: keyboardMove(item, 'previousRoom', rooms) !== null,
        nextRoom: keyboardMove(item, 'nextRoom', rooms) !== null,
      },
    };
  });

  private readonly areaTitles = computed<AreaTitle[]>(() => {
    const english = this.language.current() === 'en';
    return (this.focusAreas.value() ?? []).map((area) => ({ code: area.code, title: english ? area.titleEn : area.titleSv }));
  });

  /** Each focus area's share of the programme time, live as items are placed, moved, changed or removed. */
  protected readonly shares = computed(() => {
    if (!this.agenda.hasValue() || !this.areaTitles().length) return null;
    const view = shareRows(this.agenda.value().items, this.areaTitles(), this.language.current());
    return { ...view, short: view.rows.filter((row) => row.short).length };
  });

  protected readonly conflicts = computed(() => {
    if (!this.agenda.hasValue()) return [];
    const items = this.agenda.value().items;
    return this.agenda.value().conflicts.map((conflict) => ({
      conflict,
      items: conflict.itemIds.map((id) => items.find((item) => item.id === id)).filter((item) => item !== undefined),
    }));
  });

  protected selectDay(day: string): void {
    this.chosenDay.set(day);
  }

  protected selectItem(itemId: string): void {
    this.selectedId.set(itemId);
  }

  protected selectItemAndShow(item: AgendaItemResponse): void {
    this.selectedId.set(item.id);
    if (item.startsAt) this.chosenDay.set(stockholmDate(item.startsAt));
  }

  /** Keyboard equivalent of dragging: 15 minutes earlier/later or the neighbouring room. */
  protected moveSelected(move: KeyboardMove): void {
    const item = this.selected()?.item;
    if (!item || this.busy()) return;
    const body = keyboardMove(item, move, this.rooms());
    if (body) this.saveChange(item, body);
  }

  protected startDrag(event: CdkDragStart<DragData>): void {
    // When this runs the CDK has already taken the element out of the page (a preview follows the
    // pointer), so its own position reads 0; the placeholder keeps its old place.
    this.dragOriginTop = event.source.data.kind === 'item' ? event.source.getPlaceholderElement().getBoundingClientRect().top : null;
  }

  protected dropOnRoom(event: CdkDragDrop<string, unknown, DragData>, roomId: string): void {
    const grid = this.grid();
    if (!grid || this.busy()) return;
    const columnTop = event.container.element.nativeElement.getBoundingClientRect().top;
    const row = dropRow(
      { originTop: this.dragOriginTop, distanceY: event.distance.y, pointerY: event.dropPoint.y },
      columnTop,
      grid.slots,
      ROW_PX,
    );
    const data = event.item.data;
    if (data.kind === 'item') {
      const body = moveToCell(data.item, grid.day, row, roomId, grid.window);
      // Dropped where it was: nothing to save (a save would only bump the version).
      const unchanged =
        data.item.roomId === roomId &&
        !!data.item.startsAt &&
        new Date(data.item.startsAt).getTime() === new Date(body.startsAt as string).getTime();
      if (!unchanged) this.saveChange(data.item, body);
      return;
    }
    this.busy.set(true);
    this.api.importCandidate(this.id(), data.candidate.proposalId).subscribe({
      next: (imported) => {
        this.busy.set(false);
        this.candidates.reload();
        const length = data.candidate.durationMinutes ?? undefined;
        this.saveChange(imported, moveToCell(imported, grid.day, row, roomId, grid.window, length));
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** Dragging a scheduled item to the pile takes its times away; a candidate dropped there is imported. */
  protected dropOnPile(event: CdkDragDrop<string, unknown, DragData>): void {
    const data = event.item.data;
    if (data.kind === 'candidate') {
      this.importCandidate(data.candidate);
      return;
    }
    if (!data.item.startsAt || this.busy()) return;
    this.saveChange(data.item, { startsAt: null, endsAt: null, version: data.item.version });
  }

  protected importCandidate(candidate: AgendaCandidate): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.api.importCandidate(this.id(), candidate.proposalId).subscribe({
      next: (item) => {
        this.busy.set(false);
        this.candidates.reload();
        this.agenda.reload();
        this.selectedId.set(item.id);
        this.announce('agendaEditor.announce.imported', { title: item.titleSv });
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected openItemDialog(item?: AgendaItemResponse): void {
    const data: ItemDialogData = {
      conferenceId: this.id(),
      item,
      days: this.days(),
      rooms: this.rooms(),
      focusAreas: (this.focusAreas.value() ?? []).map((area) => ({
        code: area.code,
        title: this.language.current() === 'en' ? area.titleEn : area.titleSv,
      })),
    };
    this.dialog
      .open<ItemDialog, ItemDialogData, ItemDialogResult>(ItemDialog, { data, width: '640px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        if (result.kind === 'stale') {
          this.askStale(result.body, result.current);
          return;
        }
        this.selectedId.set(result.item.id);
        this.agenda.reload();
        this.announce(item ? 'agendaEditor.announce.saved' : 'agendaEditor.announce.added', { title: result.item.titleSv });
      });
  }

  protected removeItem(item: AgendaItemResponse): void {
    confirmAction(this.dialog, {
      title: 'agendaEditor.removeTitle',
      // Places people hold go with the item at once; they hear of it when the change is published.
      message: item.signupCount ? 'agendaEditor.removeTextSignups' : 'agendaEditor.removeText',
      params: { title: item.titleSv, count: item.signupCount },
      confirmLabel: 'agendaEditor.remove',
      destructive: true,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.busy.set(true);
      this.api.deleteItem(item.id).subscribe({
        next: () => {
          this.busy.set(false);
          this.selectedId.set(null);
          this.agenda.reload();
          this.announce('agendaEditor.announce.removed', { title: item.titleSv });
        },
        error: (error: unknown) => this.fail(error),
      });
    });
  }

  /**
   * Publishing asks the server which focus areas the draft is short of (the coverage report's rule)
   * and, if any, names them with their shares before going on: a warning, publishing stays possible.
   */
  protected requestPublish(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.api.coveragePreview(this.id()).subscribe({
      next: (preview) => {
        this.busy.set(false);
        if (!preview.shortAreaCodes.length) {
          this.publishProgramme();
          return;
        }
        const language = this.language.current();
        confirmAction(this.dialog, {
          title: 'agendaEditor.coverageWarnTitle',
          message: 'agendaEditor.coverageWarnText',
          detail: 'agendaEditor.coverageWarnDetail',
          params: {
            count: preview.shortAreaCodes.length,
            threshold: percent(preview.minShare, language),
            list: shortList(preview.shortAreaCodes, preview.areas, this.areaTitles(), language),
          },
          confirmLabel: 'agendaEditor.publishAnyway',
        }).subscribe((confirmed) => {
          if (confirmed) this.publishProgramme();
        });
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected publishProgramme(acknowledgeConflicts = false): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.api.publish(this.id(), acknowledgeConflicts).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.published.set(result);
        this.publishConflicts.set(null);
        this.agenda.reload();
        this.announce('agendaEditor.announce.published', { number: result.number });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (apiError.statusCode !== 422 || apiError.errors?.['acknowledgeConflicts'] !== 'required') {
          this.failure.set(errorText(apiError, this.translate));
          return;
        }
        const conflicts = Array.isArray(apiError.context['conflicts'])
          ? (apiError.context['conflicts'] as AgendaConflict[])
          : this.agenda.hasValue()
            ? this.agenda.value().conflicts
            : [];
        this.publishConflicts.set(conflicts);
        confirmAction(this.dialog, {
          title: 'agendaEditor.publishConfirmTitle',
          message: 'agendaEditor.publishConfirmText',
          detail: 'agendaEditor.publishConfirmDetail',
          params: { count: conflicts.length, list: conflicts.map((c) => c.message).join(' · ') },
          confirmLabel: 'agendaEditor.publishAnyway',
        }).subscribe((confirmed) => {
          if (confirmed) this.publishProgramme(true);
        });
      },
    });
  }

  // Rooms ---------------------------------------------------------------------------------------

  protected readonly editingRoomId = signal<string | null>(null);
  protected readonly roomForm = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    capacity: [50, [Validators.required, Validators.min(1)]],
    accessibilityNotes: ['', [Validators.maxLength(2000)]],
  });

  protected editRoom(room: RoomResponse): void {
    this.editingRoomId.set(room.id);
    this.roomForm.setValue({ name: room.name, capacity: room.capacity, accessibilityNotes: room.accessibilityNotes ?? '' });
  }

  protected cancelRoomEdit(): void {
    this.editingRoomId.set(null);
    this.roomForm.reset();
  }

  protected saveRoom(): void {
    if (this.busy()) return;
    if (this.roomForm.invalid) {
      this.roomForm.markAllAsTouched();
      return;
    }
    const value = this.roomForm.getRawValue();
    const body: RoomRequest = {
      name: value.name.trim(),
      capacity: Number(value.capacity),
      accessibilityNotes: value.accessibilityNotes.trim() || null,
    };
    const roomId = this.editingRoomId();
    this.busy.set(true);
    (roomId ? this.api.updateRoom(this.id(), roomId, body) : this.api.createRoom(this.id(), body)).subscribe({
      next: (room) => {
        this.busy.set(false);
        this.cancelRoomEdit();
        this.agenda.reload();
        this.announce('agendaEditor.announce.roomSaved', { name: room.name });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const apiError = asApiError(error, this.translate.instant('errors.unexpected'));
        if (!applyServerErrors(this.roomForm, apiError)) this.failure.set(errorText(apiError, this.translate));
      },
    });
  }

  // Saving with optimistic locking ----------------------------------------------------------------

  private saveChange(item: AgendaItemResponse, body: UpdateAgendaItemRequest): void {
    this.busy.set(true);
    this.failure.set(null);
    this.api.updateItem(item.id, body).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.replaceItem(saved);
        this.selectedId.set(saved.id);
        this.agenda.reload();
        this.announce('agendaEditor.announce.moved', { title: saved.titleSv, place: this.describePlace(saved) });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const current = staleCurrent(error);
        if (current) this.askStale(body, current);
        else this.fail(error);
      },
    });
  }

  /** 409: shows my change beside the current item; "keep mine" re-sends on top of the current version. */
  private askStale(mine: UpdateAgendaItemRequest, current: AgendaItemResponse): void {
    this.dialog
      .open<StaleDialog, StaleDialogData, StaleChoice>(StaleDialog, {
        data: { mine, current, rooms: this.rooms() },
        width: '640px',
        maxWidth: '95vw',
      })
      .afterClosed()
      // Closing without a choice keeps the current version: nothing is overwritten by accident.
      .subscribe((choice) => {
        const resolution = resolveStale(choice ?? 'theirs', mine, current);
        if (resolution.kind === 'resend') {
          this.saveChange(current, resolution.body);
        } else {
          this.replaceItem(resolution.item);
          this.agenda.reload();
          this.announce('agendaEditor.announce.tookTheirs', { title: resolution.item.titleSv });
        }
      });
  }

  private replaceItem(saved: AgendaItemResponse): void {
    this.agenda.update((agenda) => agenda && { ...agenda, items: agenda.items.map((item) => (item.id === saved.id ? saved : item)) });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.failure.set(errorText(error, this.translate));
  }

  private announce(key: string, params: Record<string, unknown>): void {
    void this.announcer.announce(this.translate.instant(key, params), 'polite');
  }

  private describePlace(item: AgendaItemResponse): string {
    const language = this.language.current();
    const parts: string[] = [];
    if (item.startsAt && item.endsAt) {
      parts.push(`${formatDate(item.startsAt, language)} ${formatTime(item.startsAt, language)}–${formatTime(item.endsAt, language)}`);
    } else {
      parts.push(this.translate.instant('agendaEditor.unscheduled'));
    }
    parts.push(item.roomName ?? this.translate.instant('agendaEditor.noRoom'));
    return parts.join(', ');
  }

  /** Candidates are only dragged out of their list, never into it. */
  protected readonly never = () => false;
}
