import { focusAreaShares, isShort, programmeMinutesOf, shareOf, shortAreaCodes, type ShareItem } from './programme-share';

const item = (type: ShareItem['type'], start: string | null, end: string | null, codes: string[]): ShareItem => ({
  type,
  startsAt: start ? `2026-05-12T${start}:00+02:00` : null,
  endsAt: end ? `2026-05-12T${end}:00+02:00` : null,
  focusAreaCodes: codes,
});

describe('programme share rule', () => {
  it('counts only timed programme items', () => {
    expect(programmeMinutesOf(item('seminar', '09:00', '10:30', []))).toBe(90);
    expect(programmeMinutesOf(item('break', '10:30', '11:00', ['skills']))).toBe(0);
    expect(programmeMinutesOf(item('keynote', null, null, ['skills']))).toBe(0);
    expect(programmeMinutesOf(item('panel', '11:00', '10:00', []))).toBe(0);
  });

  it('gives each area its share; an item with two areas counts fully for both', () => {
    const shares = focusAreaShares(
      [
        item('seminar', '09:00', '10:00', ['infrastructure', 'digitalisation']),
        item('workshop', '10:00', '12:00', ['infrastructure']),
        item('meal', '12:00', '13:00', ['cooperation']),
        item('panel', '13:00', '13:20', ['cooperation']),
      ],
      ['infrastructure', 'digitalisation', 'cooperation', 'green-transition'],
    );
    expect(shares.programmeMinutes).toBe(200);
    expect(shares.areas).toEqual([
      { focusAreaCode: 'infrastructure', minutes: 180, share: 0.9, short: false },
      { focusAreaCode: 'digitalisation', minutes: 60, share: 0.3, short: false },
      { focusAreaCode: 'cooperation', minutes: 20, share: 0.1, short: false },
      { focusAreaCode: 'green-transition', minutes: 0, share: 0, short: true },
    ]);
    expect(shortAreaCodes(shares)).toEqual(['green-transition']);
  });

  it('is short strictly below the threshold, and with no programme time every area is short', () => {
    expect(isShort(0.0999, 0.1)).toBe(true);
    expect(isShort(0.1, 0.1)).toBe(false);
    expect(isShort(0.2, 0.25)).toBe(true);
    const empty = focusAreaShares([item('break', '10:00', '10:30', ['skills'])], ['skills']);
    expect(empty.programmeMinutes).toBe(0);
    expect(empty.areas[0]).toMatchObject({ share: 0, short: true });
  });

  it('rounds shares to four decimals and takes the threshold asked for', () => {
    expect(shareOf(1, 3)).toBe(0.3333);
    expect(shareOf(5, 0)).toBe(0);
    const shares = focusAreaShares(
      [item('seminar', '09:00', '10:00', ['infrastructure']), item('seminar', '10:00', '13:00', ['digitalisation'])],
      ['infrastructure', 'digitalisation'],
      0.3,
    );
    expect(shares.minShare).toBe(0.3);
    expect(shortAreaCodes(shares)).toEqual(['infrastructure']);
  });
});
