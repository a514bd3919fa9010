import { closesAt, defaultClosesAt, evaluationState, unknownSessions } from './evaluation-rules';

describe('evaluation rules', () => {
  const endsAt = new Date('2027-04-15T14:00:00Z');
  const facts = { conferenceStatus: 'published', endsAt, closesAt: defaultClosesAt(endsAt), registrationStatus: 'confirmed' };

  it('closes 30 days after the end unless staff set a time', () => {
    expect(defaultClosesAt(endsAt).toISOString()).toBe('2027-05-15T14:00:00.000Z');
    const set = new Date('2027-04-20T10:00:00Z');
    expect(closesAt(endsAt, set)).toBe(set);
    expect(closesAt(endsAt, null)).toEqual(defaultClosesAt(endsAt));
  });

  it('opens at the end and closes at the close time', () => {
    expect(evaluationState(facts, new Date('2027-04-15T13:59:59Z'))).toBe('not-ended');
    expect(evaluationState(facts, endsAt)).toBe('open');
    expect(evaluationState(facts, new Date('2027-05-15T13:59:59Z'))).toBe('open');
    expect(evaluationState(facts, new Date('2027-05-15T14:00:00Z'))).toBe('closed');
  });

  it('is for confirmed registrations of held conferences only', () => {
    const after = new Date('2027-04-16T00:00:00Z');
    expect(evaluationState({ ...facts, registrationStatus: 'waitlisted' }, after)).toBe('not-confirmed');
    expect(evaluationState({ ...facts, registrationStatus: 'cancelled' }, after)).toBe('not-confirmed');
    expect(evaluationState({ ...facts, conferenceStatus: 'cancelled' }, after)).toBe('cancelled');
    expect(evaluationState({ ...facts, conferenceStatus: 'archived' }, after)).toBe('open');
    const { registrationStatus: _none, ...conference } = facts;
    expect(evaluationState(conference, after)).toBe('open');
  });

  it('names the scored items that are not the person’s own', () => {
    expect(unknownSessions({ a: 3, b: 4, c: 1 }, new Set(['a']))).toEqual(['b', 'c']);
    expect(unknownSessions(undefined, new Set(['a']))).toEqual([]);
  });
});
