import type { AgendaItemResponse, RoomResponse, UpdateAgendaItemRequest } from '@samverkan/agenda/contract';
import { formatTime, fromStockholmWallTime, stockholmDate, toStockholmIso } from '@samverkan/shared/util-dates';

/** The timetable's step: rows are 15 minutes. */
export const SLOT_MINUTES = 15;
/** The window a day shows when its items do not ask for more. */
export const DEFAULT_DAY_START = 8 * 60;
export const DEFAULT_DAY_END = 18 * 60;
/** How long an unscheduled item becomes when it is dropped on the grid. */
export const DEFAULT_DURATION_MINUTES = 60;

const MINUTE = 60_000;

/** Minutes since midnight, Stockholm wall time. */
export function minutesOfDay(value: string | Date): number {
  const [hours, minutes] = formatTime(value).split(':').map(Number);
  return hours * 60 + minutes;
}

/** "09:15" for 555. */
export function wallTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Every Stockholm date from the conference's first day to its last. */
export function conferenceDays(startsAt: string, endsAt: string): string[] {
  const days: string[] = [];
  const last = stockholmDate(endsAt);
  // Noon steps a day at a time without falling into a DST gap.
  let cursor = fromStockholmWallTime(stockholmDate(startsAt), '12:00');
  for (let i = 0; i < 60; i++) {
    const day = stockholmDate(cursor);
    days.push(day);
    if (day >= last) break;
    cursor = new Date(cursor.getTime() + 24 * 60 * MINUTE);
  }
  return days;
}

export interface DayWindow {
  /** Minutes since midnight of the first row, a multiple of SLOT_MINUTES. */
  start: number;
  /** Minutes since midnight where the last row ends. */
  end: number;
}

/** The rows a day needs: 08–18, widened to whole hours around any item outside it. */
export function dayWindow(items: readonly Pick<AgendaItemResponse, 'startsAt' | 'endsAt'>[]): DayWindow {
  let start = DEFAULT_DAY_START;
  let end = DEFAULT_DAY_END;
  for (const item of items) {
    if (!item.startsAt || !item.endsAt) continue;
    start = Math.min(start, Math.floor(minutesOfDay(item.startsAt) / 60) * 60);
    const endMinutes = stockholmDate(item.endsAt) === stockholmDate(item.startsAt) ? minutesOfDay(item.endsAt) : 24 * 60;
    end = Math.max(end, Math.ceil(endMinutes / 60) * 60);
  }
  return { start, end };
}

/** The number of 15-minute rows in a window. */
export function slotCount(window: DayWindow): number {
  return Math.ceil((window.end - window.start) / SLOT_MINUTES);
}

/** The 0-based row a time falls in (a time inside a slot falls in that slot). */
export function rowOf(time: string | Date, window: DayWindow): number {
  return Math.floor((minutesOfDay(time) - window.start) / SLOT_MINUTES);
}

/** How many rows an item covers: at least one, a partial slot counts as a whole one. */
export function rowSpan(startsAt: string, endsAt: string): number {
  const minutes = (new Date(endsAt).getTime() - new Date(startsAt).getTime()) / MINUTE;
  return Math.max(1, Math.ceil(minutes / SLOT_MINUTES));
}

export interface Placement {
  /** 0-based row of the start. */
  row: number;
  span: number;
  /** 0-based room column; items without a room are not placed. */
  column: number;
}

/** Where a scheduled item sits in its day's grid, or null when it has no time or room (or the room is unknown). */
export function placeItem(
  item: Pick<AgendaItemResponse, 'startsAt' | 'endsAt' | 'roomId'>,
  rooms: readonly Pick<RoomResponse, 'id'>[],
  window: DayWindow,
): Placement | null {
  if (!item.startsAt || !item.endsAt || !item.roomId) return null;
  const column = rooms.findIndex((room) => room.id === item.roomId);
  if (column < 0) return null;
  const row = rowOf(item.startsAt, window);
  const maxRows = slotCount(window);
  const span = Math.min(rowSpan(item.startsAt, item.endsAt), maxRows - row);
  return { row, span: Math.max(1, span), column };
}

/** The instant a row of a day starts at. */
export function slotStart(day: string, row: number, window: DayWindow): Date {
  return fromStockholmWallTime(day, wallTime(window.start + row * SLOT_MINUTES));
}

/** The item's length in minutes; unscheduled items get the default. */
export function durationMinutes(item: Pick<AgendaItemResponse, 'startsAt' | 'endsAt'>): number {
  if (!item.startsAt || !item.endsAt) return DEFAULT_DURATION_MINUTES;
  return Math.round((new Date(item.endsAt).getTime() - new Date(item.startsAt).getTime()) / MINUTE);
}

/** The PATCH body that puts an item at a cell, keeping its length unless told (and the version it is based on). */
export function moveToCell(
  item: Pick<AgendaItemResponse, 'startsAt' | 'endsAt' | 'version'>,
  day: string,
  row: number,
  roomId: string,
  window: DayWindow,
  lengthMinutes = durationMinutes(item),
): UpdateAgendaItemRequest {
  const start = slotStart(day, row, window);
  const end = new Date(start.getTime() + lengthMinutes * MINUTE);
  return { startsAt: toStockholmIso(start), endsAt: toStockholmIso(end), roomId, version: item.version };
}

export type KeyboardMove = 'earlier' | 'later' | 'previousRoom' | 'nextRoom';

/**
 * The PATCH body for a keyboard move: 15 minutes earlier or later, or the room before or after
 * in the room order. Null when the move is impossible (no time or room yet, first or last room).
 */
export function keyboardMove(
  item: Pick<AgendaItemResponse, 'startsAt' | 'endsAt' | 'roomId' | 'version'>,
  move: KeyboardMove,
  rooms: readonly Pick<RoomResponse, 'id'>[],
): UpdateAgendaItemRequest | null {
  if (!item.startsAt || !item.endsAt) return null;
  if (move === 'earlier' || move === 'later') {
    const shift = (move === 'earlier' ? -SLOT_MINUTES : SLOT_MINUTES) * MINUTE;
    return {
      startsAt: toStockholmIso(new Date(new Date(item.startsAt).getTime() + shift)),
      endsAt: toStockholmIso(new Date(new Date(item.endsAt).getTime() + shift)),
      version: item.version,
    };
  }
  const index = rooms.findIndex((room) => room.id === item.roomId);
  if (index < 0) return null;
  const target = rooms[move === 'previousRoom' ? index - 1 : index + 1];
  return target ? { roomId: target.id, version: item.version } : null;
}

/**
 * The row a drop lands on. An item that was on the page (in the pile or the grid) lands where its
 * top is now: where it started plus how far the pointer moved, whatever spot of it was grabbed.
 * A candidate (no position of its own yet) lands where the pointer is. Clamped to the day's rows.
 */
export function dropRow(
  drag: { originTop: number | null; distanceY: number; pointerY: number },
  columnTop: number,
  slots: number,
  rowPx: number,
): number {
  const top = drag.originTop === null ? drag.pointerY : drag.originTop + drag.distanceY;
  return Math.min(slots - 1, Math.max(0, Math.round((top - columnTop) / rowPx)));
}
