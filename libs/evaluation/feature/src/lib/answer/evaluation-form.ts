import type { EvaluationAnswerRequest, EvaluationForm } from '@samverkan/evaluation/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

/** What the page's form holds: a score or none per programme item, a box per focus area. */
export interface EvaluationFormValue {
  overall: number | null;
  sessions: Record<string, number | null>;
  keep: string;
  change: string;
  focusAreas: Record<string, boolean>;
}

/** The form's starting value: the person's answer, or empty, for the items and areas the server sent. */
export function initialValue(form: EvaluationForm): EvaluationFormValue {
  const answer = form.answer;
  return {
    overall: answer?.overall ?? null,
    sessions: Object.fromEntries(form.sessions.map((s) => [s.agendaItemId, answer?.sessions[s.agendaItemId] ?? null])),
    keep: answer?.keep ?? '',
    change: answer?.change ?? '',
    focusAreas: Object.fromEntries(form.focusAreas.map((a) => [a.code, answer?.focusAreaCodes.includes(a.code) ?? false])),
  };
}

/** The whole answer to send: unanswered items left out, empty texts as null, the ticked areas. */
export function toAnswerRequest(value: EvaluationFormValue): EvaluationAnswerRequest {
  return {
    overall: value.overall as number,
    sessions: Object.fromEntries(Object.entries(value.sessions).filter((entry): entry is [string, number] => entry[1] !== null)),
    keep: value.keep.trim() || null,
    change: value.change.trim() || null,
    focusAreaCodes: Object.entries(value.focusAreas)
      .filter(([, ticked]) => ticked)
      .map(([code]) => code as FocusAreaCode),
  };
}
