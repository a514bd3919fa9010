import { pageEntries, pageOf, participantsByType, stepsToVersion, suggestAreas, type AreaEntry } from './evidence-rules';

const theme = (code: string, conferenceId: string, id = `${code}-${conferenceId}`): AreaEntry => ({
  kind: 'theme',
  id,
  code,
  conferenceId,
});

describe('suggestAreas', () => {
  const entries: AreaEntry[] = [
    theme('skills', 'c1'),
    theme('skills', 'c2'),
    { kind: 'programme-item', id: 'i3', code: 'skills', conferenceId: 'c3' },
    { kind: 'past-session', id: 's4', code: 'skills', conferenceId: 'c4' },
    theme('energy', 'c1'),
    theme('energy', 'c1', 'second-theme-same-conference'),
    { kind: 'proposal', id: 'p1', code: 'energy', conferenceId: 'c2' },
    { kind: 'wishes', id: 'c3', code: 'energy', conferenceId: 'c3' },
  ];

  it('suggests an area treated at N or more conferences that no citation mentions, with the count', () => {
    expect(suggestAreas(['energy', 'skills'], entries, new Set(), 3)).toEqual([{ focusArea: 'skills', conferences: 4 }]);
  });

  it('counts conferences, not entries, and only themes and programme time', () => {
    expect(suggestAreas(['energy'], entries, new Set(), 2)).toEqual([]);
    expect(suggestAreas(['energy'], entries, new Set(), 1)).toEqual([{ focusArea: 'energy', conferences: 1 }]);
  });

  it('does not suggest an area once a position cites any of its evidence', () => {
    expect(suggestAreas(['skills'], entries, new Set(['programme-item:i3']), 3)).toEqual([]);
    expect(suggestAreas(['skills'], entries, new Set(['theme:i3']), 3)).toHaveLength(1);
  });

  it('follows the threshold', () => {
    expect(suggestAreas(['skills'], entries, new Set(), 5)).toEqual([]);
  });
});

describe('stepsToVersion', () => {
  const versions = [
    { id: 'v2016', basedOnId: null, mapping: [] },
    { id: 'v2020', basedOnId: 'v2016', mapping: [{ from: 'a', to: ['b'] }] },
    { id: 'v2025', basedOnId: 'v2020', mapping: [{ from: 'b', to: ['c', 'd'] }] },
  ];

  it('collects the mappings from the oldest version to the one asked for, oldest first', () => {
    expect(stepsToVersion(versions, 'v2025')).toEqual([[{ from: 'a', to: ['b'] }], [{ from: 'b', to: ['c', 'd'] }]]);
    expect(stepsToVersion(versions, 'v2020')).toEqual([[{ from: 'a', to: ['b'] }]]);
    expect(stepsToVersion(versions, 'v2016')).toEqual([]);
  });

  it('stops at a cycle instead of looping', () => {
    const cyclic = [
      { id: 'x', basedOnId: 'y', mapping: [] },
      { id: 'y', basedOnId: 'x', mapping: [] },
    ];
    expect(stepsToVersion(cyclic, 'x')).toHaveLength(2);
  });
});

describe('pageOf', () => {
  it('points to the next page while conferences remain, and to none on the last', () => {
    expect(pageOf(0, 10, 25, 400)).toEqual({ offset: 0, limit: 10, conferences: 25, entries: 400, nextOffset: 10 });
    expect(pageOf(10, 10, 25, 400).nextOffset).toBe(20);
    expect(pageOf(20, 10, 25, 400).nextOffset).toBeNull();
    expect(pageOf(0, 10, 10, 90).nextOffset).toBeNull();
    expect(pageOf(0, 10, 0, 0).nextOffset).toBeNull();
  });
});

describe('participantsByType', () => {
  const row = (conference_id: string, organisation_type: string | null, count: number | null) => ({
    conference_id,
    organisation_type,
    count,
  });

  it('adds the people per conference and type, every type present', () => {
    const result = participantsByType([
      row('a', 'municipality', 3),
      row('a', 'business', 2),
      row('b', 'region', 1),
      row('a', 'municipality', 1),
    ]);
    expect(result.get('a')).toEqual({ municipality: 4, business: 2, region: 0, 'state-agency': 0, other: 0 });
    expect(result.get('b')?.region).toBe(1);
  });

  it('gives no entry to a conference with nobody, and skips types it does not know', () => {
    const result = participantsByType([row('a', 'municipality', 0), row('b', 'guild', 5), row('c', null, 2)]);
    expect([...result.keys()]).toEqual([]);
  });
});

describe('pageEntries', () => {
  const conferences = [
    { id: 'old', title: 'Vår 2024', starts_on: '2024-04-10' },
    { id: 'new', title: 'Höst 2025', starts_on: '2025-10-01' },
  ];
  const row = (
    kind: string | null,
    id: string,
    conference_id: string,
    label = '',
    count: number | null = null,
    organisation_type: string | null = null,
  ) => ({
    kind,
    id,
    conference_id,
    label,
    minutes: null,
    count,
    organisation_type,
  });

  it('orders by conference (most recent first), kind and label, with the participants as one entry per conference', () => {
    const entries = pageEntries(
      [
        row('proposal', 'p1', 'old', 'Örnsköldsvik'),
        row('theme', 't2', 'old', 'Ärenden'),
        row('theme', 't1', 'old', 'Elnät'),
        row('participants', 'old', 'old', '', 2, 'municipality'),
        row('participants', 'old', 'old', '', 1, 'business'),
        row('programme-item', 'i1', 'new', 'Panel'),
        row(null, '', '', '', null),
      ],
      conferences,
    );
    expect(entries.map((e) => `${e.conferenceId}:${e.kind}:${e.label}`)).toEqual([
      'new:programme-item:Panel',
      'old:theme:Elnät',
      'old:theme:Ärenden',
      'old:proposal:Örnsköldsvik',
      'old:participants:Vår 2024',
    ]);
    expect(entries.at(-1)).toMatchObject({
      count: 3,
      byType: { municipality: 2, business: 1 },
      conferenceTitle: 'Vår 2024',
      startsOn: '2024-04-10',
    });
  });
});
