import type { CoverageReport, ImportResult } from '@samverkan/coverage/contract';

const figures = {
  themes: 1,
  items: 2,
  minutes: 105,
  share: 0.25,
  proposalsSubmitted: 2,
  proposalsAccepted: 1,
  signups: 38,
  evaluationWishes: 4,
};

/** The report's shape for /api/docs (types: libs/coverage/contract), trimmed to one area and one conference. */
export const REPORT_EXAMPLE: CoverageReport = {
  query: { fromYear: 2021, toYear: 2025, minShare: 0.1, lastN: 3 },
  focusAreas: [
    {
      code: 'infrastructure',
      titleSv: 'En infrastruktur i alla dimensioner',
      titleEn: 'Infrastructure in every dimension',
      totals: figures,
    },
  ],
  conferences: [
    {
      id: '6f1c3a52-8a53-4c1e-9d43-3f8f0e1f2a11',
      source: 'imported',
      title: 'Höstkonferens 2021 – industrin efter pandemin',
      startsOn: '2021-10-14',
      year: 2021,
      status: 'archived',
      programmeMinutes: 420,
      participants: 108,
    },
  ],
  years: [2021],
  cells: [{ focusAreaCode: 'infrastructure', conferenceId: '6f1c3a52-8a53-4c1e-9d43-3f8f0e1f2a11', ...figures }],
  byYear: [{ focusAreaCode: 'infrastructure', year: 2021, ...figures }],
  participantMix: [
    {
      conferenceId: '6f1c3a52-8a53-4c1e-9d43-3f8f0e1f2a11',
      counts: { municipality: 74, business: 18, region: 9, 'state-agency': 2, other: 5 },
      total: 108,
    },
  ],
  gaps: [{ focusAreaCode: 'living-environment', kind: 'absent', share: 0, conferenceIds: ['6f1c3a52-8a53-4c1e-9d43-3f8f0e1f2a11'] }],
  suggestions: [
    { kind: 'bring-back', focusAreaCode: 'living-environment' },
    { kind: 'invite-participants', participantType: 'state-agency', share: 0.019 },
  ],
};

export const IMPORT_RESULT_EXAMPLE: ImportResult = {
  dryRun: true,
  applied: false,
  rows: 12,
  conferences: { created: 1, updated: 0, unchanged: 0 },
  sessions: { created: 4, updated: 0, unchanged: 0 },
  participants: { created: 5, updated: 0, unchanged: 0 },
  preview: [{ key: '2019-var', title: 'Vårkonferens 2019', startsOn: '2019-04-10', sessions: 4, participants: 100, change: 'created' }],
  errors: [{ line: 4, column: 'minutes', code: 'required', message: 'Ange programpunktens längd i minuter.' }],
};
