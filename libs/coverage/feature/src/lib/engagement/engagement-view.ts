import { ANONYMITY_THRESHOLD, FIRST_SUMMARY_YEAR } from '@samverkan/coverage/contract';

/** An anonymous count as shown: "<3" when hidden (null). */
export function countText(count: number | null): string {
  return count === null ? `<${ANONYMITY_THRESHOLD}` : String(count);
}

/** The years an annual summary can be asked for, newest first: the current year back to the first conference year (or FIRST_SUMMARY_YEAR). */
export function summaryYears(currentYear: number, earliest = currentYear - 10): number[] {
  const first = Math.max(FIRST_SUMMARY_YEAR, Math.min(earliest, currentYear));
  return Array.from({ length: currentYear - first + 1 }, (_, i) => currentYear - i);
}
