import type { StrategyVersionResponse } from '@samverkan/strategy/contract';

/** An adopted version with one area and one position for the page specs. */
export const adoptedVersion: StrategyVersionResponse = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Åtgärdsstrategin',
  state: 'adopted',
  adoptedAt: '2024-12-31T23:00:00.000Z',
  version: '2025',
  preamble: 'Första stycket.\n\nAnton Sjödell, ordförande',
  vision: 'Vi ska växa.',
  hasText: true,
  basedOnId: null,
  adoptedMeetingId: null,
  adoptedDecisionId: null,
  focusAreas: [
    {
      code: 'infrastructure',
      titleSv: 'En infrastruktur i alla dimensioner',
      titleEn: 'Infrastructure in every dimension',
      text: 'Om elnät.',
      positions: [{ id: 'p1', text: 'Fossilfri el måste prioriteras.' }],
    },
  ],
  mapping: [],
};
