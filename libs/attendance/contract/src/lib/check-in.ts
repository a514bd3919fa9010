import type { OrganisationType } from '@samverkan/identity/contract';

/** `POST /api/conferences/:id/check-ins`: the code a QR code holds (or a handheld scanner types). */
export interface CheckInByCodeRequest {
  code: string;
}

/**
 * The answer to a check-in, by code or by registration: who the person is and whether this request
 * checked them in (`alreadyCheckedIn: false`) or someone else did earlier (`true`, with when and by whom).
 */
export interface CheckInResponse {
  registrationId: string;
  firstName: string;
  lastName: string;
  organisationName: string;
  organisationType: OrganisationType;
  /** When the person was checked in (by this request or earlier). */
  checkedInAt: string;
  alreadyCheckedIn: boolean;
  /** The name of the staff member who checked the person in; null when not known. */
  checkedInBy: string | null;
  /** Needs are health data: given only when the person consented, else null. */
  dietaryNeeds: string | null;
  accessibilityNeeds: string | null;
}

/** Undoing a check-in: `undone` is false when the person was not checked in. */
export interface CheckInUndoneResponse {
  registrationId: string;
  undone: boolean;
}

/** Who can be found at the door: confirmed and waitlisted people. */
export const CHECK_IN_SEARCH_STATUSES = ['confirmed', 'waitlisted'] as const;
export type CheckInSearchStatus = (typeof CHECK_IN_SEARCH_STATUSES)[number];

export interface CheckInSearchHit {
  registrationId: string;
  firstName: string;
  lastName: string;
  organisationName: string;
  organisationType: OrganisationType;
  status: CheckInSearchStatus;
  checkedInAt: string | null;
}

/** `GET /api/conferences/:id/check-ins/search?q=`: at most 20 people whose name or organisation matches every word. */
export interface CheckInSearchResponse {
  items: CheckInSearchHit[];
}

/** `GET /api/conferences/:id/check-ins/summary`: the live count at the door. */
export interface CheckInSummaryResponse {
  checkedIn: number;
  confirmed: number;
}
