import { type AbstractControl, NonNullableFormBuilder, type ValidationErrors, Validators } from '@angular/forms';
import type { ConferenceResponse, CreateConferenceRequest } from '@samverkan/conferences/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { formatTime, fromStockholmWallTime, stockholmDate, toStockholmIso } from '@samverkan/shared/util-dates';

/** At least one item in an array-valued control (focus areas). */
export function requireOne(control: AbstractControl<readonly unknown[]>): ValidationErrors | null {
  return control.value.length > 0 ? null : { required: true };
}

/**
 * A moment entered as Stockholm date + time. Named like the API field (startsAt …), so the
 * API's field errors (`errors.endsAt = "beforeStart"`) land on the right group.
 */
function moment(fb: NonNullableFormBuilder, required: boolean, time: string) {
  return fb.group({
    date: ['', required ? [Validators.required] : []],
    time: [time, required ? [Validators.required] : []],
  });
}

/** The create/edit form of a conference, typed; times are Stockholm wall time. */
export function buildConferenceForm(fb: NonNullableFormBuilder) {
  return fb.group({
    titleSv: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    titleEn: ['', [Validators.maxLength(300)]],
    descriptionSv: ['', [Validators.maxLength(20000)]],
    descriptionEn: ['', [Validators.maxLength(20000)]],
    hostOrganisationId: [null as string | null],
    venue: ['', [Validators.maxLength(300)]],
    address: ['', [Validators.maxLength(500)]],
    startsAt: moment(fb, true, '09:00'),
    endsAt: moment(fb, true, '16:00'),
    capacity: [100, [Validators.required, Validators.min(0), Validators.max(100000)]],
    registrationOpensAt: moment(fb, false, '00:00'),
    registrationClosesAt: moment(fb, false, '23:59'),
    focusAreaCodes: [[] as FocusAreaCode[], [requireOne]],
  });
}

export type ConferenceForm = ReturnType<typeof buildConferenceForm>;
export type ConferenceFormValue = ReturnType<ConferenceForm['getRawValue']>;

/** A Stockholm date + time as the API wants it (ISO 8601 with offset); null when no date is given. */
export function wallTimeToIso(value: { date: string; time: string }): string | null {
  if (!value.date) return null;
  return toStockholmIso(fromStockholmWallTime(value.date, value.time.slice(0, 5) || '00:00'));
}

/** An instant from the API as the form's Stockholm date + time. */
export function isoToWallTime(value: string | null, fallbackTime: string): { date: string; time: string } {
  return value ? { date: stockholmDate(value), time: formatTime(value) } : { date: '', time: fallbackTime };
}

const text = (value: string): string | null => value.trim() || null;

/** The request body for the form's value: trimmed texts, empty ones as null, times with offset. */
export function toConferenceRequest(value: ConferenceFormValue): CreateConferenceRequest {
  return {
    titleSv: value.titleSv.trim(),
    titleEn: text(value.titleEn),
    descriptionSv: text(value.descriptionSv),
    descriptionEn: text(value.descriptionEn),
    hostOrganisationId: value.hostOrganisationId,
    venue: text(value.venue),
    address: text(value.address),
    startsAt: wallTimeToIso(value.startsAt) ?? '',
    endsAt: wallTimeToIso(value.endsAt) ?? '',
    capacity: Number(value.capacity),
    registrationOpensAt: wallTimeToIso(value.registrationOpensAt),
    registrationClosesAt: wallTimeToIso(value.registrationClosesAt),
    focusAreaCodes: [...value.focusAreaCodes],
  };
}

/** The form's value for an existing conference. */
export function toConferenceFormValue(conference: ConferenceResponse): ConferenceFormValue {
  return {
    titleSv: conference.titleSv,
    titleEn: conference.titleEn ?? '',
    descriptionSv: conference.descriptionSv ?? '',
    descriptionEn: conference.descriptionEn ?? '',
    hostOrganisationId: conference.hostOrganisationId,
    venue: conference.venue ?? '',
    address: conference.address ?? '',
    startsAt: isoToWallTime(conference.startsAt, '09:00'),
    endsAt: isoToWallTime(conference.endsAt, '16:00'),
    capacity: conference.capacity,
    registrationOpensAt: isoToWallTime(conference.registrationOpensAt, '00:00'),
    registrationClosesAt: isoToWallTime(conference.registrationClosesAt, '23:59'),
    focusAreaCodes: conference.focusAreas.map((area) => area.code),
  };
}

/** Checks or unchecks one code, keeping the focus areas' own order so the request does not depend on click order. */
export function toggleCode(
  selected: readonly FocusAreaCode[],
  code: FocusAreaCode,
  checked: boolean,
  order: readonly FocusAreaCode[],
): FocusAreaCode[] {
  const others = selected.filter((c) => c !== code);
  return checked ? order.filter((c) => c === code || others.includes(c)) : others;
}
