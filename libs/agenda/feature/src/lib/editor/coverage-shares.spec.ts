import type { ShareItem } from '@samverkan/agenda/contract';
import { shareRows, shortList, type AreaTitle } from './coverage-shares';

const AREAS: AreaTitle[] = [
  { code: 'infrastructure', title: 'Infrastruktur' },
  { code: 'skills', title: 'Kompetens' },
  { code: 'cooperation', title: 'Samverkan' },
];
const at = (start: string, end: string, codes: string[], type: ShareItem['type'] = 'seminar'): ShareItem => ({
  type,
  startsAt: `2030-05-10T${start}:00+02:00`,
  endsAt: `2030-05-10T${end}:00+02:00`,
  focusAreaCodes: codes,
});

describe('shareRows', () => {
  it('changes as items are placed, moved and removed', () => {
    const placed = [at('09:00', '11:00', ['infrastructure']), at('11:00', '11:10', ['cooperation'])];
    const first = shareRows(placed, AREAS, 'sv');
    expect(first.programmeMinutes).toBe(130);
    expect(first.rows.map((r) => [r.code, r.minutes, r.short])).toEqual([
      ['infrastructure', 120, false],
      ['skills', 0, true],
      ['cooperation', 10, true],
    ]);
    expect(first.rows[0].percent).toBe('92,3\u00a0%');
    expect(first.rows[0].width).toBe(92);

    // The cooperation item is made longer: no longer short.
    const longer = shareRows([placed[0], at('11:00', '12:00', ['cooperation'])], AREAS, 'en');
    expect(longer.rows[2]).toMatchObject({ minutes: 60, share: 0.3333, percent: '33.3%', short: false });

    // Moved to the pile (no time): its minutes go.
    const unscheduled = shareRows([placed[0], { ...placed[1], startsAt: null, endsAt: null }], AREAS, 'en');
    expect(unscheduled.programmeMinutes).toBe(120);
    expect(unscheduled.rows[2]).toMatchObject({ minutes: 0, short: true });
  });
});

describe('shortList', () => {
  it('names the short areas with their shares in the UI language', () => {
    const shares = [
      { focusAreaCode: 'skills' as const, share: 0 },
      { focusAreaCode: 'cooperation' as const, share: 0.0769 },
    ];
    expect(shortList(['skills', 'cooperation'], shares, AREAS, 'en')).toBe('Kompetens 0%, Samverkan 7.7%');
    expect(shortList(['cooperation'], shares, AREAS, 'sv')).toBe('Samverkan 7,7\u00a0%');
  });
});
