import { isRegistrationOpen, type RegistrationWindow } from '@samverkan/conferences/api';
import type { ErrorCode, ErrorParams } from '@samverkan/shared/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';

/** An error to answer with: its code and the values for its text. */
export interface Refusal {
  code: ErrorCode;
  params?: ErrorParams;
}

/** Why a conference takes no registration at `now`, or null when it does. */
export function registrationRefusal(c: RegistrationWindow, now = new Date()): Refusal | null {
  if (isRegistrationOpen(c, now)) return null;
  if (c.status === 'cancelled') return { code: 'conferences.cancelled' };
  if (c.status !== 'published') return { code: 'conferences.registration-not-open' };
  if (c.registrationOpensAt && now < c.registrationOpensAt) {
    return { code: 'conferences.registration-opens-later', params: { opensAt: toStockholmIso(c.registrationOpensAt) } };
  }
  return { code: 'conferences.registration-closed' };
}

/** The needs that are health data (GDPR art. 9): stored only with the person's consent. */
const HEALTH_DATA_FIELDS = ['dietaryNeeds', 'accessibilityNeeds'] as const;
type HealthDataField = (typeof HEALTH_DATA_FIELDS)[number];

export interface HealthDataInput {
  healthDataConsent?: boolean;
  dietaryNeeds?: string | null;
  accessibilityNeeds?: string | null;
}

/** What to write about needs and consent; a field left out stays as it is. */
export interface HealthDataPatch {
  healthDataConsentAt?: Date | null;
  dietaryNeeds?: string | null;
  accessibilityNeeds?: string | null;
}

export type HealthDataDecision = { refused: Partial<Record<HealthDataField, 'withoutConsent'>> } | { patch: HealthDataPatch };

/**
 * The consent rule for needs, for a new registration (`hadConsent` false) and for a change:
 * - a need may be given only while consent holds: given in this request, or given before and not
 *   withdrawn here; otherwise the request is refused, naming each field given (`withoutConsent`);
 * - `healthDataConsent: false` withdraws it: the consent time and both needs are emptied;
 * - `healthDataConsent: true` records the time of consent once (giving it again keeps the first time).
 */
export function decideHealthData(input: HealthDataInput, hadConsent: boolean, now = new Date()): HealthDataDecision {
  const consent = input.healthDataConsent ?? hadConsent;
  const given = HEALTH_DATA_FIELDS.filter((field) => input[field] != null && input[field] !== '');
  if (!consent && given.length) return { refused: Object.fromEntries(given.map((field) => [field, 'withoutConsent' as const])) };

  const patch: HealthDataPatch = {};
  for (const field of HEALTH_DATA_FIELDS) if (input[field] !== undefined) patch[field] = input[field] || null;
  if (input.healthDataConsent === false) Object.assign(patch, { healthDataConsentAt: null, dietaryNeeds: null, accessibilityNeeds: null });
  if (input.healthDataConsent === true && !hadConsent) patch.healthDataConsentAt = now;
  return { patch };
}
