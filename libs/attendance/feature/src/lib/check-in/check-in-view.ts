import type { CheckInResponse, CheckInSearchHit } from '@samverkan/attendance/contract';
import { formatTime } from '@samverkan/shared/util-dates';

export interface Message {
  key: string;
  params?: Record<string, unknown>;
}

/** The headline of the result card: checked in now, or already (when, and by whom when known). */
export function resultHeadline(result: CheckInResponse, language: 'sv' | 'en'): Message {
  if (!result.alreadyCheckedIn) return { key: 'checkIn.result.checkedIn', params: { time: formatTime(result.checkedInAt, language) } };
  const time = formatTime(result.checkedInAt, language);
  return result.checkedInBy
    ? { key: 'checkIn.result.alreadyBy', params: { time, name: result.checkedInBy } }
    : { key: 'checkIn.result.already', params: { time } };
}

/** What a search hit says about the person at the door. */
export function hitState(hit: CheckInSearchHit, language: 'sv' | 'en'): Message {
  if (hit.status === 'waitlisted') return { key: 'checkIn.search.waitlisted' };
  if (hit.checkedInAt) return { key: 'checkIn.search.checkedInAt', params: { time: formatTime(hit.checkedInAt, language) } };
  return { key: 'checkIn.search.notCheckedIn' };
}

/** "N av M incheckade": the live count. */
export function countMessage(summary: { checkedIn: number; confirmed: number } | null): Message | null {
  return summary ? { key: 'checkIn.count', params: { checkedIn: summary.checkedIn, confirmed: summary.confirmed } } : null;
}
