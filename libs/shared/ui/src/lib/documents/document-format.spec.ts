import { documentKind, documentSize } from './document-format';

describe('documentKind', () => {
  it.each([
    ['application/pdf', 'pdf'],
    ['image/png', 'image'],
    ['text/csv', 'text'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'word'],
    ['application/msword', 'word'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'excel'],
    ['application/vnd.ms-powerpoint', 'powerpoint'],
    ['application/vnd.oasis.opendocument.text', 'opendocument'],
    ['application/octet-stream', 'other'],
  ])('%s is %s', (type, kind) => expect(documentKind(type)).toBe(kind));
});

describe('documentSize', () => {
  it('writes bytes, kB and MB with one decimal in the language', () => {
    expect(documentSize(512, 'sv')).toEqual({ size: '512', unit: 'B' });
    expect(documentSize(1536, 'sv')).toEqual({ size: '1,5', unit: 'kB' });
    expect(documentSize(1536, 'en')).toEqual({ size: '1.5', unit: 'kB' });
    expect(documentSize(20 * 1024 * 1024, 'sv')).toEqual({ size: '20', unit: 'MB' });
  });
});
