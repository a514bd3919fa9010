import type { CheckInResponse, CheckInSearchHit, CheckInSearchStatus } from '@samverkan/attendance/contract';
import type { OrganisationType } from '@samverkan/identity/contract';
import type { RegistrationStatus } from '@samverkan/registrations/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';

/** A registration as the door sees it (one row of the check-in queries). */
export interface DoorRow {
  id: string;
  status: RegistrationStatus;
  firstName: string;
  lastName: string;
  organisationName: string;
  organisationType: OrganisationType;
  dietaryNeeds: string | null;
  accessibilityNeeds: string | null;
  healthDataConsentAt: Date | null;
  anonymisedAt: Date | null;
  checkedInAt: Date | null;
  checkedInByName: string | null;
}

export type CheckInRefusal = 'attendance.waitlisted' | 'attendance.cancelled' | 'attendance.anonymised';

/** Why a person cannot be checked in, or null when they can (a confirmed, not anonymised registration). */
export function checkInRefusal(row: Pick<DoorRow, 'status' | 'anonymisedAt'>): CheckInRefusal | null {
  if (row.anonymisedAt) return 'attendance.anonymised';
  if (row.status === 'waitlisted') return 'attendance.waitlisted';
  if (row.status === 'cancelled') return 'attendance.cancelled';
  return null;
}

/**
 * The answer at the door. Needs are health data: shown only with the person's consent. `checkedIn` says
 * whether this request made the check-in; a row already checked in says when and by whom.
 */
export function toCheckInResponse(row: DoorRow, checkedIn: boolean): CheckInResponse {
  const consented = row.healthDataConsentAt !== null;
  return {
    registrationId: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    organisationName: row.organisationName,
    organisationType: row.organisationType,
    checkedInAt: toStockholmIso(row.checkedInAt ?? new Date()),
    alreadyCheckedIn: !checkedIn,
    checkedInBy: row.checkedInByName,
    dietaryNeeds: consented ? row.dietaryNeeds : null,
    accessibilityNeeds: consented ? row.accessibilityNeeds : null,
  };
}

export function toSearchHit(row: DoorRow): CheckInSearchHit {
  return {
    registrationId: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    organisationName: row.organisationName,
    organisationType: row.organisationType,
    status: row.status as CheckInSearchStatus,
    checkedInAt: row.checkedInAt ? toStockholmIso(row.checkedInAt) : null,
  };
}

/**
 * The ILIKE patterns of a name search: one per word (at most five), with `\`, `%` and `_` taken
 * literally; every word must match the name or the organisation.
 */
export function searchPatterns(q: string): string[] {
  return q
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
