import { EVALUATION_OPEN_DAYS, type EvaluationState } from '@samverkan/evaluation/contract';

const DAY_MS = 86_400_000;

/** The default close time: EVALUATION_OPEN_DAYS after the conference ends. */
export function defaultClosesAt(endsAt: Date): Date {
  return new Date(endsAt.getTime() + EVALUATION_OPEN_DAYS * DAY_MS);
}

/** The close time staff set, or the default. */
export function closesAt(endsAt: Date, stored: Date | null | undefined): Date {
  return stored ?? defaultClosesAt(endsAt);
}

export interface EvaluationFacts {
  conferenceStatus: string;
  endsAt: Date;
  closesAt: Date;
  /** Omitted for the conference as a whole (staff results, invitations). */
  registrationStatus?: string;
}

/**
 * Where an evaluation stands at `now`. A cancelled (or never published) conference has none; a
 * registration that is not confirmed may not answer; otherwise it opens at the end and closes at
 * `closesAt` (exclusive).
 */
export function evaluationState(facts: EvaluationFacts, now: Date): EvaluationState {
  if (facts.conferenceStatus !== 'published' && facts.conferenceStatus !== 'archived') return 'cancelled';
  if (facts.registrationStatus !== undefined && facts.registrationStatus !== 'confirmed') return 'not-confirmed';
  if (now < facts.endsAt) return 'not-ended';
  if (now >= facts.closesAt) return 'closed';
  return 'open';
}

/** Score keys that are not among the person's programme items, in the order given. */
export function unknownSessions(scores: Record<string, number> | undefined, own: ReadonlySet<string>): string[] {
  return Object.keys(scores ?? {}).filter((id) => !own.has(id));
}
