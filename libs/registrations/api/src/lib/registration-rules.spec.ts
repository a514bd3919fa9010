import { decideHealthData, registrationRefusal } from './registration-rules';

describe('registrationRefusal', () => {
  const now = new Date('2027-03-01T10:00:00Z');
  const open = {
    status: 'published' as const,
    registrationOpensAt: new Date('2027-02-01T08:00:00Z'),
    registrationClosesAt: new Date('2027-04-01T08:00:00Z'),
    endsAt: new Date('2027-04-10T15:00:00Z'),
  };

  it('lets an open conference take registrations', () => {
    expect(registrationRefusal(open, now)).toBeNull();
    expect(registrationRefusal({ ...open, registrationOpensAt: null, registrationClosesAt: null }, now)).toBeNull();
  });

  it('names why a conference takes none', () => {
    expect(registrationRefusal({ ...open, status: 'cancelled' }, now)).toEqual({ code: 'conferences.cancelled' });
    expect(registrationRefusal({ ...open, status: 'draft' }, now)).toEqual({ code: 'conferences.registration-not-open' });
    expect(registrationRefusal({ ...open, status: 'archived' }, now)).toEqual({ code: 'conferences.registration-not-open' });
    expect(registrationRefusal({ ...open, registrationClosesAt: now }, now)).toEqual({ code: 'conferences.registration-closed' });
    expect(registrationRefusal({ ...open, registrationClosesAt: null, endsAt: now }, now)).toEqual({
      code: 'conferences.registration-closed',
    });
  });

  it('gives the opening time as a Stockholm time with an offset, for the text to write as a date', () => {
    expect(registrationRefusal({ ...open, registrationOpensAt: new Date('2027-03-15T07:30:00Z') }, now)).toEqual({
      code: 'conferences.registration-opens-later',
      params: { opensAt: '2027-03-15T08:30:00+01:00' },
    });
  });
});

describe('decideHealthData', () => {
  const now = new Date('2027-03-01T10:00:00Z');

  it('stores needs with consent, and the time of consent', () => {
    expect(decideHealthData({ healthDataConsent: true, dietaryNeeds: 'Vegan', accessibilityNeeds: null }, false, now)).toEqual({
      patch: { healthDataConsentAt: now, dietaryNeeds: 'Vegan', accessibilityNeeds: null },
    });
  });

  it('refuses needs without consent, naming each field given', () => {
    expect(decideHealthData({ dietaryNeeds: 'Vegan' }, false, now)).toEqual({ refused: { dietaryNeeds: 'withoutConsent' } });
    expect(decideHealthData({ healthDataConsent: false, dietaryNeeds: 'Vegan', accessibilityNeeds: 'Rullstol' }, true, now)).toEqual({
      refused: { dietaryNeeds: 'withoutConsent', accessibilityNeeds: 'withoutConsent' },
    });
  });

  it('accepts empty needs without consent', () => {
    expect(decideHealthData({ dietaryNeeds: null, accessibilityNeeds: '' }, false, now)).toEqual({
      patch: { dietaryNeeds: null, accessibilityNeeds: null },
    });
    expect(decideHealthData({}, false, now)).toEqual({ patch: {} });
  });

  it('lets a change of needs rest on the consent given before, and keeps its time', () => {
    expect(decideHealthData({ accessibilityNeeds: 'Hörslinga' }, true, now)).toEqual({ patch: { accessibilityNeeds: 'Hörslinga' } });
    expect(decideHealthData({ healthDataConsent: true, dietaryNeeds: 'Laktosfri' }, true, now)).toEqual({
      patch: { dietaryNeeds: 'Laktosfri' },
    });
  });

  it('withdrawing consent empties both needs and the consent time', () => {
    expect(decideHealthData({ healthDataConsent: false }, true, now)).toEqual({
      patch: { healthDataConsentAt: null, dietaryNeeds: null, accessibilityNeeds: null },
    });
  });
});
