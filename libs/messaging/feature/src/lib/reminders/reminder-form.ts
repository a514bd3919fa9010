import type { ReminderInput, ReminderResponse } from '@samverkan/messaging/contract';
import { formatTime, fromStockholmWallTime, stockholmDate } from '@samverkan/shared/util-dates';

export interface ReminderFormValue {
  mode: 'days' | 'at';
  daysBefore: number;
  /** YYYY-MM-DD and HH:mm, Stockholm wall time. */
  date: string;
  time: string;
  textSv: string;
  textEn: string;
}

export const NEW_REMINDER: ReminderFormValue = { mode: 'days', daysBefore: 7, date: '', time: '09:00', textSv: '', textEn: '' };

/** A stored reminder in the form: its own time shown as a Stockholm date and time. */
export function toReminderForm(reminder: ReminderResponse): ReminderFormValue {
  return reminder.daysBefore !== null
    ? { ...NEW_REMINDER, daysBefore: reminder.daysBefore, textSv: reminder.textSv, textEn: reminder.textEn ?? '' }
    : {
        ...NEW_REMINDER,
        mode: 'at',
        date: stockholmDate(reminder.dueAt),
        time: formatTime(reminder.dueAt),
        textSv: reminder.textSv,
        textEn: reminder.textEn ?? '',
      };
}

/** What the API takes: days before, or the Stockholm date and time as an instant with its offset. */
export function toReminderInput(value: ReminderFormValue): ReminderInput {
  const texts = { textSv: value.textSv.trim(), ...(value.textEn.trim() ? { textEn: value.textEn.trim() } : {}) };
  return value.mode === 'days'
    ? { daysBefore: value.daysBefore, ...texts }
    : { sendAt: fromStockholmWallTime(value.date, value.time).toISOString(), ...texts };
}
