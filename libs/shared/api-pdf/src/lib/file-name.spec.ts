import { fileSlug, pdfFileName } from './file-name';

describe('PDF file names', () => {
  it('turns a Swedish title into ASCII words joined by dashes', () => {
    expect(fileSlug('Vårkonferens 2026 – Växjö', 'konferens')).toBe('varkonferens-2026-vaxjo');
    expect(fileSlug('  --Möte i Örebro--  ', 'mote')).toBe('mote-i-orebro');
    expect(fileSlug('Ödets "möte" / Élan!', 'konferens')).toBe('odets-mote-elan');
  });

  it('keeps nothing a shell or a header could read, and falls back when nothing is left', () => {
    expect(fileSlug('"; rm -rf /', 'mote')).toBe('rm-rf');
    expect(fileSlug('Ωμέγα', 'mote')).toBe('mote');
  });

  it('cuts long titles without a trailing dash', () => {
    const slug = fileSlug('a'.repeat(49) + ' bbb', 'x');
    expect(slug).toBe('a'.repeat(49));
    expect(fileSlug('ab cd', 'x', 3)).toBe('ab');
  });

  it('names the day in Stockholm, not UTC', () => {
    expect(pdfFileName('protokoll', 'AU-möte i Växjö', new Date('2031-02-09T23:30:00Z'), 'mote')).toBe('protokoll-au-mote-i-vaxjo-2031-02-10.pdf');
  });
});
