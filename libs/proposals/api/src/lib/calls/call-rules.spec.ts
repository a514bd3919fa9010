import {
  closedPeriod,
  focusAreasOutside,
  isCallOpen,
  isHoneypotFilled,
  mayViewCall,
  submissionRefusal,
  submissionStatus,
} from './call-rules';

const call = { opensAt: new Date('2027-01-10T08:00:00Z'), closesAt: new Date('2027-02-10T08:00:00Z') };
const before = new Date('2027-01-10T07:59:59Z');
const during = new Date('2027-01-20T12:00:00Z');
const after = new Date('2027-02-10T08:00:00Z');

describe('call rules', () => {
  it('is open from its start (inclusive) to its end (exclusive)', () => {
    expect(isCallOpen(call, before)).toBe(false);
    expect(isCallOpen(call, call.opensAt)).toBe(true);
    expect(isCallOpen(call, during)).toBe(true);
    expect(isCallOpen(call, after)).toBe(false);
  });

  it('shows the public an open call of a published conference only; staff always', () => {
    expect(mayViewCall(call, 'published', undefined, during)).toBe(true);
    expect(mayViewCall(call, 'published', undefined, before)).toBe(false);
    expect(mayViewCall(call, 'published', [], after)).toBe(false);
    expect(mayViewCall(call, 'draft', undefined, during)).toBe(false);
    expect(mayViewCall(call, 'draft', ['working-committee'], after)).toBe(true);
    expect(mayViewCall(call, 'published', ['programme-council'], before)).toBe(true);
    expect(mayViewCall(call, 'published', ['admin'], after)).toBe(true);
  });

  it('says why a call takes no submission', () => {
    expect(submissionRefusal(call, 'published', before)).toBe('hidden');
    expect(submissionRefusal(call, 'draft', during)).toBe('hidden');
    expect(submissionRefusal(call, 'cancelled', during)).toBe('hidden');
    expect(submissionRefusal(call, 'published', during)).toBeNull();
    expect(submissionRefusal(call, 'published', after)).toBe('calls.closed');
  });

  it("names the chosen focus areas outside the call's", () => {
    expect(focusAreasOutside(['skills', 'energy'], ['skills'])).toEqual([]);
    expect(focusAreasOutside(['skills'], ['skills', 'energy', 'housing'])).toEqual(['energy', 'housing']);
  });

  it('derives the status from the decision', () => {
    expect(submissionStatus(null)).toBe('confirmed');
    expect(submissionStatus('accepted')).toBe('accepted');
    expect(submissionStatus('declined')).toBe('declined');
  });

  it('treats any text in the honeypot as filled, whitespace as empty', () => {
    expect(isHoneypotFilled(undefined)).toBe(false);
    expect(isHoneypotFilled('')).toBe(false);
    expect(isHoneypotFilled('  ')).toBe(false);
    expect(isHoneypotFilled('https://spam.example')).toBe(true);
  });

  it('closes a call now, keeps an ended one, and never ends before the start', () => {
    expect(closedPeriod(call, during).closesAt).toEqual(during);
    expect(closedPeriod(call, after)).toBe(call);
    expect(closedPeriod(call, before).closesAt.getTime()).toBe(call.opensAt.getTime() + 1);
  });
});
