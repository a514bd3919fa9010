import { attachment, slug } from './file-name';

describe('file names', () => {
  it('makes ASCII slugs of Swedish titles', () => {
    expect(slug('Industrikommunernas vårkonferens 2026')).toBe('industrikommunernas-varkonferens-2026');
    expect(slug('Ödets "möte" / Élan!')).toBe('odets-mote-elan');
    expect(slug('!!!')).toBe('konferens');
    expect(slug('a'.repeat(80)).length).toBe(50);
  });

  it('names the download by kind, conference and Stockholm date', () => {
    // 23:30 UTC on 13 April is 14 April in Stockholm.
    expect(attachment('namnbrickor', 'Vårkonferensen', new Date('2026-04-13T23:30:00Z'))).toBe(
      'attachment; filename="namnbrickor-varkonferensen-2026-04-14.pdf"',
    );
  });
});
