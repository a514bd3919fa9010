import type { CoverageReport } from '@samverkan/coverage/contract';

const zero = { themes: 0, items: 0, minutes: 0, share: 0, proposalsSubmitted: 0, proposalsAccepted: 0, signups: 0, evaluationWishes: 0 };

/** A small report: two conferences, two focus areas, living environment absent from the last one. */
export function aReport(overrides: Partial<CoverageReport> = {}): CoverageReport {
  return {
    query: { minShare: 0.1, lastN: 1 },
    focusAreas: [
      {
        code: 'infrastructure',
        titleSv: 'En infrastruktur i alla dimensioner',
        titleEn: 'Infrastructure in every dimension',
        totals: { ...zero, items: 3, minutes: 180, share: 0.75 },
      },
      {
        code: 'living-environment',
        titleSv: 'En attraktiv livsmiljö',
        titleEn: 'An attractive living environment',
        totals: { ...zero, items: 1, minutes: 60, share: 0.25 },
      },
    ],
    conferences: [
      {
        id: 'c-1',
        source: 'imported',
        title: 'Höstkonferens 2022 – kompetens',
        startsOn: '2022-10-12',
        year: 2022,
        status: 'archived',
        programmeMinutes: 120,
        participants: 100,
      },
      {
        id: 'c-2',
        source: 'live',
        title: 'Vårkonferens 2024',
        startsOn: '2024-04-17',
        year: 2024,
        status: 'published',
        programmeMinutes: 120,
        participants: 50,
      },
    ],
    years: [2022, 2024],
    cells: [
      { ...zero, focusAreaCode: 'infrastructure', conferenceId: 'c-1', items: 1, minutes: 60, share: 0.5 },
      { ...zero, focusAreaCode: 'infrastructure', conferenceId: 'c-2', items: 2, minutes: 120, share: 1 },
      {
        ...zero,
        focusAreaCode: 'living-environment',
        conferenceId: 'c-1',
        items: 1,
        minutes: 60,
        share: 0.5,
        signups: 12,
        evaluationWishes: 3,
      },
      { ...zero, focusAreaCode: 'living-environment', conferenceId: 'c-2' },
    ],
    byYear: [
      { ...zero, focusAreaCode: 'infrastructure', year: 2022, minutes: 60, share: 0.5 },
      { ...zero, focusAreaCode: 'infrastructure', year: 2024, minutes: 120, share: 1 },
      { ...zero, focusAreaCode: 'living-environment', year: 2022, minutes: 60, share: 0.5 },
      { ...zero, focusAreaCode: 'living-environment', year: 2024 },
    ],
    participantMix: [
      { conferenceId: 'c-1', counts: { municipality: 80, business: 15, region: 5, 'state-agency': 0, other: 0 }, total: 100 },
      { conferenceId: 'c-2', counts: { municipality: 30, business: 10, region: 5, 'state-agency': 5, other: 0 }, total: 50 },
    ],
    gaps: [{ focusAreaCode: 'living-environment', kind: 'absent', share: 0, conferenceIds: ['c-2'] }],
    suggestions: [
      { kind: 'bring-back', focusAreaCode: 'living-environment' },
      { kind: 'invite-participants', participantType: 'state-agency', share: 0.033 },
    ],
    ...overrides,
  };
}
