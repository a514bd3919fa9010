import { headerText } from './header-text';

describe('headerText', () => {
  it('keeps a subject on one line, so nothing can add a header', () => {
    expect(headerText('Hej\r\nBcc: alla@example.se')).toBe('Hej Bcc: alla@example.se');
    expect(headerText('a\u2028b\u0085c\td')).toBe('a b c d');
  });

  it('keeps Swedish letters and cuts at the column size', () => {
    expect(headerText('Välkommen till Åre')).toBe('Välkommen till Åre');
    const long = headerText('å'.repeat(400));
    expect(long).toHaveLength(300);
    expect(long.endsWith('…')).toBe(true);
  });
});
