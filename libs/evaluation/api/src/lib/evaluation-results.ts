import type { FocusAreaWish, OverallResult, SessionResult } from '@samverkan/evaluation/contract';
import { EVALUATION_SCORES } from '@samverkan/evaluation/contract';

export interface AnswerFacts {
  overall: number;
  sessionScores: Record<string, number>;
  keepText: string | null;
  changeText: string | null;
  focusAreaCodes: readonly string[];
}

export interface ResultSession {
  agendaItemId: string;
  titleSv: string;
  titleEn: string | null;
  startsAt: string | null;
}

export interface ResultArea {
  code: FocusAreaWish['code'];
  titleSv: string;
  titleEn: string;
}

export interface Aggregate {
  answers: number;
  overall: OverallResult;
  sessions: SessionResult[];
  keep: string[];
  change: string[];
  focusAreaWishes: FocusAreaWish[];
}

function mean(sum: number, count: number): number | null {
  return count ? Math.round((sum / count) * 100) / 100 : null;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'sv');

/**
 * The anonymous results of a conference's answers: counts, distribution and means; the free texts
 * (trimmed, empty ones left out) sorted alphabetically, each list on its own, so no answer can be
 * followed from keep to change or placed in time; wishes counted per focus area of the current
 * strategy (a code the strategy no longer has is left out).
 */
export function aggregate(answers: readonly AnswerFacts[], sessions: readonly ResultSession[], areas: readonly ResultArea[]): Aggregate {
  const distribution = new Map<number, number>(EVALUATION_SCORES.map((s) => [s, 0]));
  let overallSum = 0;
  const perSession = new Map<string, { sum: number; count: number }>(sessions.map((s) => [s.agendaItemId, { sum: 0, count: 0 }]));
  const wishes = new Map<string, number>(areas.map((a) => [a.code, 0]));
  const keep: string[] = [];
  const change: string[] = [];
  for (const answer of answers) {
    distribution.set(answer.overall, (distribution.get(answer.overall) ?? 0) + 1);
    overallSum += answer.overall;
    for (const [id, score] of Object.entries(answer.sessionScores)) {
      const s = perSession.get(id);
      if (!s) continue;
      s.sum += score;
      s.count += 1;
    }
    for (const code of new Set(answer.focusAreaCodes)) if (wishes.has(code)) wishes.set(code, (wishes.get(code) as number) + 1);
    const k = answer.keepText?.trim();
    if (k) keep.push(k);
    const c = answer.changeText?.trim();
    if (c) change.push(c);
  }
  return {
    answers: answers.length,
    overall: {
      mean: mean(overallSum, answers.length),
      distribution: EVALUATION_SCORES.map((score) => ({ score, count: distribution.get(score) ?? 0 })),
    },
    sessions: sessions.map((s) => {
      const { sum, count } = perSession.get(s.agendaItemId) as { sum: number; count: number };
      return { ...s, count, mean: mean(sum, count) };
    }),
    keep: keep.sort(byText),
    change: change.sort(byText),
    focusAreaWishes: areas.map((a) => ({ ...a, count: wishes.get(a.code) ?? 0 })),
  };
}
