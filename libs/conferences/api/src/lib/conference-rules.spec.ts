import { dateErrors, isRegistrationOpen, mayKnowConference, statusChangeRefusal } from './conference-rules';

describe('mayKnowConference', () => {
  it('shows drafts only to those who manage conferences', () => {
    expect(mayKnowConference('draft', undefined)).toBe(false);
    expect(mayKnowConference('draft', ['programme-council'])).toBe(false);
    expect(mayKnowConference('draft', ['working-committee'])).toBe(true);
    expect(mayKnowConference('draft', ['admin'])).toBe(true);
    for (const status of ['published', 'cancelled', 'archived'] as const) expect(mayKnowConference(status, undefined)).toBe(true);
  });
});

describe('isRegistrationOpen', () => {
  const now = new Date('2027-03-01T10:00:00Z');
  const open = {
    status: 'published' as const,
    registrationOpensAt: new Date('2027-02-01T08:00:00Z'),
    registrationClosesAt: new Date('2027-04-01T08:00:00Z'),
    endsAt: new Date('2027-04-10T15:00:00Z'),
  };

  it('is open while published, between opening and closing, before the end', () => {
    expect(isRegistrationOpen(open, now)).toBe(true);
    expect(isRegistrationOpen({ ...open, registrationOpensAt: now }, now)).toBe(true);
    expect(isRegistrationOpen({ ...open, registrationClosesAt: now }, now)).toBe(false);
    expect(isRegistrationOpen({ ...open, registrationOpensAt: new Date('2027-03-02T00:00:00Z') }, now)).toBe(false);
    expect(isRegistrationOpen({ ...open, registrationClosesAt: null, endsAt: now }, now)).toBe(false);
    expect(isRegistrationOpen({ ...open, status: 'draft' }, now)).toBe(false);
  });
});

describe('dateErrors', () => {
  const base = {
    status: 'draft' as const,
    startsAt: new Date('2027-04-09T08:00:00Z'),
    endsAt: new Date('2027-04-10T15:00:00Z'),
    registrationOpensAt: null,
    registrationClosesAt: null,
  };

  it('names each time that does not fit', () => {
    expect(dateErrors(base)).toEqual({});
    expect(dateErrors({ ...base, endsAt: base.startsAt })).toEqual({ endsAt: 'beforeStart' });
    expect(dateErrors({ ...base, registrationOpensAt: base.startsAt, registrationClosesAt: base.startsAt })).toEqual({
      registrationClosesAt: 'beforeOpen',
    });
    expect(dateErrors({ ...base, registrationClosesAt: new Date('2027-04-11T00:00:00Z') })).toEqual({ registrationClosesAt: 'afterEnd' });
  });
});

describe('statusChangeRefusal', () => {
  it('cancels drafts and published conferences, archives published and cancelled ones', () => {
    expect(statusChangeRefusal('draft', 'cancelled')).toBeNull();
    expect(statusChangeRefusal('published', 'cancelled')).toBeNull();
    expect(statusChangeRefusal('archived', 'cancelled')).toBe('conferences.cannot-cancel');
    expect(statusChangeRefusal('cancelled', 'cancelled')).toBe('conferences.cannot-cancel');
    expect(statusChangeRefusal('published', 'archived')).toBeNull();
    expect(statusChangeRefusal('cancelled', 'archived')).toBeNull();
    expect(statusChangeRefusal('draft', 'archived')).toBe('conferences.cannot-archive');
    expect(statusChangeRefusal('archived', 'archived')).toBe('conferences.cannot-archive');
  });
});
