import { gapAreasOf } from './proposals';

describe('gapAreasOf', () => {
  it('names the proposal areas that are short, once each, in the proposal order', () => {
    const short = [{ focusAreaCode: 'skills' as const }, { focusAreaCode: 'cooperation' as const }];
    expect(gapAreasOf(['cooperation', 'infrastructure', 'cooperation', 'skills'], short)).toEqual(['cooperation', 'skills']);
  });

  it('is empty when none of the areas is short, or nothing is short', () => {
    expect(gapAreasOf(['infrastructure'], [{ focusAreaCode: 'skills' }])).toEqual([]);
    expect(gapAreasOf(['infrastructure'], [])).toEqual([]);
    expect(gapAreasOf([], [{ focusAreaCode: 'skills' }])).toEqual([]);
  });
});
