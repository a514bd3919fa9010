import { type AbstractControl, NonNullableFormBuilder, type ValidationErrors, Validators } from '@angular/forms';
import type { CreateMeetingRequest, MeetingResponse } from '@samverkan/committee/contract';
import { formatTime, fromStockholmWallTime, stockholmDate, toStockholmIso } from '@samverkan/shared/util-dates';

/** An https:// link (the API refuses other video links). */
export function httpsUrl(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !!url.hostname ? null : { https: true };
  } catch {
    return { https: true };
  }
}

/** The end, when given, after the start (same day: meetings are held within a day). */
export function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const start = group.get('startTime')?.value as string | undefined;
  const end = group.get('endTime')?.value as string | undefined;
  return start && end && end <= start ? { endBeforeStart: true } : null;
}

export function buildMeetingForm(fb: NonNullableFormBuilder) {
  return fb.group(
    {
      title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
      date: ['', [Validators.required]],
      startTime: ['09:00', [Validators.required]],
      endTime: [''],
      place: ['', [Validators.maxLength(300)]],
      videoLink: ['', [Validators.maxLength(500), httpsUrl]],
      participantIds: [[] as string[]],
    },
    { validators: [endAfterStart] },
  );
}

export type MeetingForm = ReturnType<typeof buildMeetingForm>;

/** The request: Stockholm wall time as ISO 8601 with offset, empty texts as null. */
export function toMeetingRequest(value: ReturnType<MeetingForm['getRawValue']>): CreateMeetingRequest {
  const iso = (time: string) => toStockholmIso(fromStockholmWallTime(value.date, time.slice(0, 5)));
  return {
    title: value.title.trim(),
    startsAt: iso(value.startTime),
    endsAt: value.endTime ? iso(value.endTime) : null,
    place: value.place.trim() || null,
    videoLink: value.videoLink.trim() || null,
    participantIds: [...value.participantIds],
  };
}

/** The form's value for an existing meeting: Stockholm wall time, the participants besides the chair. */
export function meetingFormValue(meeting: MeetingResponse): ReturnType<MeetingForm['getRawValue']> {
  return {
    title: meeting.title,
    date: stockholmDate(meeting.startsAt),
    startTime: formatTime(meeting.startsAt),
    endTime: meeting.endsAt ? formatTime(meeting.endsAt) : '',
    place: meeting.place ?? '',
    videoLink: meeting.videoLink ?? '',
    participantIds: meeting.participants.map((p) => p.userId).filter((id) => id !== meeting.chairId),
  };
}
