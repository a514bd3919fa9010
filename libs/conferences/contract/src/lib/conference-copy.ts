/**
 * POST /api/conferences/:id/copy (staff): a new draft with the conference's settings, themes, rooms,
 * programme structure and reminders, every date moved so the copy starts at `startsAt` and each date keeps
 * its Stockholm wall-clock time. Registrations, sign-ups and published versions are never copied.
 */
export interface CopyConferenceRequest {
  /** ISO 8601 with an offset: the copy's start. */
  startsAt: string;
}

export interface ConferenceCopyResponse {
  /** The new draft. */
  id: string;
  status: 'draft';
}
