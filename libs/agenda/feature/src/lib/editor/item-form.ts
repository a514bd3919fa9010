import type { AgendaItemRequest, AgendaItemResponse } from '@samverkan/agenda/contract';
import { formatTime, fromStockholmWallTime, stockholmDate, toStockholmIso } from '@samverkan/shared/util-dates';

/** The day and wall times of a scheduled item, empty strings for an unscheduled one. */
export function whenOf(item: Pick<AgendaItemResponse, 'startsAt' | 'endsAt'> | undefined): { day: string; start: string; end: string } {
  if (!item?.startsAt || !item.endsAt) return { day: '', start: '', end: '' };
  return { day: stockholmDate(item.startsAt), start: formatTime(item.startsAt), end: formatTime(item.endsAt) };
}

/**
 * The instants of a day and two wall times; both null when no day is chosen (the item goes to the pile).
 * An end at or before the start is refused (null result).
 */
export function timesOf(day: string, start: string, end: string): Pick<AgendaItemRequest, 'startsAt' | 'endsAt'> | null {
  if (!day) return { startsAt: null, endsAt: null };
  if (!start || !end || end <= start) return null;
  return { startsAt: toStockholmIso(fromStockholmWallTime(day, start)), endsAt: toStockholmIso(fromStockholmWallTime(day, end)) };
}
