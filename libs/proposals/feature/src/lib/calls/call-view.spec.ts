import type { CallResponse } from '@samverkan/proposals/contract';
import { callDescription, localizedCall, stockholmDateTime, submissionRequest } from './call-view';

const call = { titleSv: 'Upprop', titleEn: null, textSv: 'Text', textEn: 'English text' } as CallResponse;

describe('call view', () => {
  it('takes the English title and text, falling back to Swedish', () => {
    expect(localizedCall(call, 'sv')).toEqual({ title: 'Upprop', text: 'Text' });
    expect(localizedCall(call, 'en')).toEqual({ title: 'Upprop', text: 'English text' });
  });

  it('describes the page with the text on one line, at most 160 characters', () => {
    expect(callDescription('Två\nrader')).toBe('Två rader');
    const long = callDescription('ord '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('…')).toBe(true);
  });

  it('sends the honeypot only when filled, and the page language', () => {
    const value = {
      name: 'A',
      organisationName: 'B',
      email: 'c@d.se',
      title: 'T',
      summary: 'S',
      kind: 'session' as const,
      focusAreaCodes: [],
      website: '',
    };
    expect(submissionRequest(value, 'en')).toEqual({
      name: 'A',
      organisationName: 'B',
      email: 'c@d.se',
      title: 'T',
      summary: 'S',
      kind: 'session',
      focusAreaCodes: [],
      language: 'en',
    });
    expect(submissionRequest({ ...value, website: 'x' }, 'sv').website).toBe('x');
  });

  it('writes Stockholm wall time with its offset, summer and winter', () => {
    expect(stockholmDateTime('2027-01-15', '09:30')).toBe('2027-01-15T09:30:00+01:00');
    expect(stockholmDateTime('2027-06-15', '09:30')).toBe('2027-06-15T09:30:00+02:00');
  });
});
