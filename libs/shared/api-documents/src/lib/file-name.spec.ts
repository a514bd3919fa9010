import { cleanFileName } from './file-name';

describe('cleanFileName', () => {
  it('keeps an ordinary name and reads its extension in lower case', () => {
    expect(cleanFileName('Underlag möte.PDF')).toEqual({ name: 'Underlag möte.PDF', extension: 'pdf' });
  });

  it.each(['../etc/passwd', 'a/b.pdf', 'C:\\temp\\x.pdf', 'x..pdf', '..'])('refuses a path in %j', (name) => {
    expect(cleanFileName(name)).toBeNull();
  });

  it('removes control characters, bidi overrides and <>:"|?*', () => {
    expect(cleanFileName('a\u0000b\u001b\u202ec<d>:"|?*e.txt')?.name).toBe('abcde.txt');
  });

  it('writes the name in NFC', () => {
    const decomposed = 'Ma\u0308te.txt';
    expect(cleanFileName(decomposed)?.name).toBe('M\u00e4te.txt');
  });

  it('shortens a long name to 200 characters and keeps the extension', () => {
    const result = cleanFileName(`${'å'.repeat(300)}.docx`);
    expect(Array.from(result?.name ?? '')).toHaveLength(200);
    expect(result?.name.endsWith('å.docx')).toBe(true);
    expect(result?.extension).toBe('docx');
  });

  it('names a file that is only an extension', () => {
    expect(cleanFileName('<>.pdf')).toEqual({ name: 'fil.pdf', extension: 'pdf' });
  });

  it('has no extension without a dot', () => {
    expect(cleanFileName('README')).toEqual({ name: 'README', extension: '' });
  });
});
