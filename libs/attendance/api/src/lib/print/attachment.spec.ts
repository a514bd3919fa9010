import { attachment } from './attachment';

describe('print download names', () => {
  it('names the download by kind, conference and Stockholm date', () => {
    // 23:30 UTC on 13 April is 14 April in Stockholm.
    expect(attachment('namnbrickor', 'Vårkonferensen', new Date('2026-04-13T23:30:00Z'))).toBe(
      'attachment; filename="namnbrickor-varkonferensen-2026-04-14.pdf"',
    );
    expect(attachment('intyg', '!!!', new Date('2026-04-13T10:00:00Z'))).toBe('attachment; filename="intyg-konferens-2026-04-13.pdf"');
  });
});
