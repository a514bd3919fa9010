import type { CoverageConference, ParticipantMix } from '@samverkan/coverage/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { buildGrid, emptyCounts, findGaps, suggest, ZERO_FIGURES } from './coverage-analysis';

const codes: FocusAreaCode[] = ['infrastructure', 'skills', 'living-environment'];

function conference(id: string, startsOn: string, programmeMinutes: number): CoverageConference {
  return {
    id,
    source: 'imported',
    title: id,
    startsOn,
    year: Number(startsOn.slice(0, 4)),
    status: 'archived',
    programmeMinutes,
    participants: 0,
  };
}

const conferences = [conference('a', '2022-04-01', 200), conference('b', '2023-04-01', 100), conference('c', '2023-10-01', 100)];
const rows = [
  { ...ZERO_FIGURES, conferenceId: 'a', code: 'infrastructure', items: 2, minutes: 120 },
  { ...ZERO_FIGURES, conferenceId: 'a', code: 'living-environment', items: 1, minutes: 80, signups: 9 },
  { ...ZERO_FIGURES, conferenceId: 'b', code: 'infrastructure', items: 1, minutes: 95 },
  {
    ...ZERO_FIGURES,
    conferenceId: 'b',
    code: 'skills',
    items: 1,
    minutes: 5,
    proposalsSubmitted: 2,
    proposalsAccepted: 1,
    evaluationWishes: 3,
  },
  { ...ZERO_FIGURES, conferenceId: 'c', code: 'infrastructure', items: 1, minutes: 100 },
  { ...ZERO_FIGURES, conferenceId: 'c', code: 'skills', themes: 1, evaluationWishes: 4 },
];

describe('coverage analysis', () => {
  const { cells, byYear, totals } = buildGrid(codes, conferences, rows);

  it('adds the evaluation wishes per conference, per year and in total, beside what was offered', () => {
    expect(cells.find((c) => c.conferenceId === 'c' && c.focusAreaCode === 'skills')).toMatchObject({
      themes: 1,
      items: 0,
      evaluationWishes: 4,
    });
    expect(cells.find((c) => c.conferenceId === 'a' && c.focusAreaCode === 'skills')?.evaluationWishes).toBe(0);
    expect(byYear.find((c) => c.year === 2023 && c.focusAreaCode === 'skills')?.evaluationWishes).toBe(7);
    expect(byYear.find((c) => c.year === 2022 && c.focusAreaCode === 'skills')?.evaluationWishes).toBe(0);
    expect(totals.get('skills')?.evaluationWishes).toBe(7);
  });

  it('fills the grid with zeros and computes shares per conference, per year and in total', () => {
    expect(cells).toHaveLength(9);
    expect(cells.find((c) => c.conferenceId === 'a' && c.focusAreaCode === 'skills')).toMatchObject({ items: 0, minutes: 0, share: 0 });
    expect(cells.find((c) => c.conferenceId === 'a' && c.focusAreaCode === 'infrastructure')?.share).toBe(0.6);
    expect(byYear.find((c) => c.year === 2023 && c.focusAreaCode === 'infrastructure')).toMatchObject({
      items: 2,
      minutes: 195,
      share: 0.975,
    });
    expect(totals.get('skills')).toMatchObject({
      themes: 1,
      items: 1,
      minutes: 5,
      proposalsSubmitted: 2,
      proposalsAccepted: 1,
      share: 0.0125,
    });
  });

  it('finds an absent area and a thin one over the last N conferences only', () => {
    expect(findGaps(codes, conferences, cells, 0.1, 2)).toEqual([
      { focusAreaCode: 'skills', kind: 'low-share', share: 0.025, conferenceIds: ['c', 'b'] },
      { focusAreaCode: 'living-environment', kind: 'absent', share: 0, conferenceIds: ['c', 'b'] },
    ]);
    // Over all three, living environment had 80 of 400 minutes: no gap at 10 %, a gap at 25 %.
    expect(findGaps(codes, conferences, cells, 0.1, 3).map((g) => g.focusAreaCode)).toEqual(['skills']);
    expect(findGaps(codes, conferences, cells, 0.25, 3).map((g) => [g.focusAreaCode, g.kind])).toEqual([
      ['skills', 'low-share'],
      ['living-environment', 'low-share'],
    ]);
    expect(findGaps(codes, [], [], 0.1, 3)).toEqual([]);
  });

  it('suggests bringing back absent areas first, then more room, accepted proposals and scarce partners', () => {
    const gaps = findGaps(codes, conferences, cells, 0.1, 2);
    const mix: ParticipantMix[] = [
      { conferenceId: 'c', counts: { ...emptyCounts(), municipality: 60, business: 30, region: 8, 'state-agency': 2 }, total: 100 },
    ];
    expect(suggest(gaps, new Map([['skills', 2]]), mix)).toEqual([
      { kind: 'bring-back', focusAreaCode: 'living-environment' },
      { kind: 'give-room', focusAreaCode: 'skills', share: 0.025 },
      { kind: 'use-accepted-proposals', focusAreaCode: 'skills', count: 2 },
      { kind: 'invite-participants', participantType: 'state-agency', share: 0.02 },
    ]);
    expect(suggest([], new Map(), [])).toEqual([]);
  });
});
