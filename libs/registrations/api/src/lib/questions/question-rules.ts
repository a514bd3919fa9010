import { randomUUID } from 'node:crypto';
import { CHOICE_KINDS, type QuestionInput, type QuestionKind } from '@samverkan/registrations/contract';

export interface StoredOption {
  id: string;
  labelSv: string;
  labelEn: string | null;
  archived: boolean;
}

/** A question as stored: its options (archived ones too) in order. */
export interface StoredQuestion {
  id: string;
  kind: QuestionKind;
  labelSv: string;
  labelEn: string | null;
  required: boolean;
  position: number;
  archived: boolean;
  options: StoredOption[];
}

/** What PUT …/questions writes: every question to keep (in order, archived ones after), and the ids to delete. */
export interface QuestionPlan {
  keep: StoredQuestion[];
  remove: string[];
}

export type QuestionPlanResult = { plan: QuestionPlan } | { invalid: Record<string, string> } | { kindLocked: StoredQuestion };

/**
 * Turns the full list the staff send into what to store, given what is stored and what has answers:
 * - an id must be one of the conference's questions (or of that question's options), given once;
 * - `choice` and `choices` need at least two options, the other kinds none;
 * - a question's kind cannot change once someone has answered it;
 * - a question or option left out is archived when someone has answered (chosen) it, so old answers
 *   keep their labels, and deleted otherwise; sending an archived one again brings it back.
 */
export function planQuestions(
  stored: readonly StoredQuestion[],
  input: readonly QuestionInput[],
  answered: { questions: ReadonlySet<string>; options: ReadonlySet<string> },
  newId: () => string = randomUUID,
): QuestionPlanResult {
  const byId = new Map(stored.map((q) => [q.id, q]));
  const invalid: Record<string, string> = {};
  const seen = new Set<string>();
  const keep: StoredQuestion[] = [];

  input.forEach((q, index) => {
    const before = q.id ? byId.get(q.id) : undefined;
    if (q.id && (!before || seen.has(q.id))) invalid[`${index}.id`] = before ? 'duplicate' : 'unknown';
    if (q.id) seen.add(q.id);
    const options = q.options ?? [];
    const isChoice = CHOICE_KINDS.includes(q.kind);
    if (isChoice && options.length < 2) invalid[`${index}.options`] = 'tooFewOptions';
    if (!isChoice && options.length) invalid[`${index}.options`] = 'notForKind';
    const storedOptions = new Map((before?.options ?? []).map((o) => [o.id, o]));
    const seenOptions = new Set<string>();
    options.forEach((o, i) => {
      if (o.id && (!storedOptions.has(o.id) || seenOptions.has(o.id))) invalid[`${index}.options.${i}.id`] = 'unknown';
      if (o.id) seenOptions.add(o.id);
    });
    const kept: StoredOption[] = options.map((o) => ({
      id: o.id ?? newId(),
      labelSv: o.labelSv,
      labelEn: o.labelEn || null,
      archived: false,
    }));
    const dropped = [...storedOptions.values()].filter((o) => !seenOptions.has(o.id) && answered.options.has(o.id));
    keep.push({
      id: before?.id ?? newId(),
      kind: q.kind,
      labelSv: q.labelSv,
      labelEn: q.labelEn || null,
      required: q.required,
      position: index,
      archived: false,
      options: isChoice ? [...kept, ...dropped.map((o) => ({ ...o, archived: true }))] : [],
    });
  });
  if (Object.keys(invalid).length) return { invalid };

  const locked = keep.find((q) => byId.get(q.id) && byId.get(q.id)?.kind !== q.kind && answered.questions.has(q.id));
  if (locked) return { kindLocked: byId.get(locked.id) as StoredQuestion };

  const remove: string[] = [];
  for (const q of stored) {
    if (seen.has(q.id)) continue;
    if (answered.questions.has(q.id)) keep.push({ ...q, archived: true, position: keep.length });
    else remove.push(q.id);
  }
  return { plan: { keep, remove } };
}
