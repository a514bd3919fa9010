import { checkTexts } from '@samverkan/shared/testing';
import { ERROR_TEXTS, errorText, type ErrorCode } from '@samverkan/shared/contract';

const codes = Object.keys(ERROR_TEXTS) as ErrorCode[];

describe('the server’s error texts', () => {
  it.each(['sv', 'en'] as const)('use the term list and plural rule in %s', (language) => {
    expect(checkTexts(Object.fromEntries(codes.map((code) => [code, ERROR_TEXTS[code][language]])), language)).toEqual([]);
  });

  it('do not speak HTTP to people', () => {
    const jargon = /begäran|behandlas|request|payload|entity/i;
    expect(codes.filter((code) => jargon.test(ERROR_TEXTS[code].sv) || jargon.test(ERROR_TEXTS[code].en))).toEqual([]);
  });

  it('have the same parameters in both languages', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(codes.filter((code) => params(ERROR_TEXTS[code].sv).join() !== params(ERROR_TEXTS[code].en).join())).toEqual([]);
  });

  it('write a time parameter as a Stockholm date and time, never as ISO', () => {
    const withTime = codes.find((code) => /\{\w+At\}/.test(ERROR_TEXTS[code].sv));
    if (!withTime) return;
    const param = /\{(\w+At)\}/.exec(ERROR_TEXTS[withTime].sv)?.[1] as string;
    const text = errorText(withTime, 'sv', { [param]: '2027-04-14T09:00:00+02:00' });
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain('14 april 2027');
  });
});
