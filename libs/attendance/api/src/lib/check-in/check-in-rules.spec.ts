import { checkInRefusal, searchPatterns, toCheckInResponse, type DoorRow } from './check-in-rules';

const row: DoorRow = {
  id: '0b9d7a4e-3c1f-4a8e-9f2b-5d6c7e8f9a0b',
  status: 'confirmed',
  firstName: 'Anna',
  lastName: 'Andersson',
  organisationName: 'Finspångs kommun',
  organisationType: 'municipality',
  dietaryNeeds: 'Vegetarisk',
  accessibilityNeeds: 'Hörslinga',
  healthDataConsentAt: new Date('2027-03-01T08:00:00Z'),
  anonymisedAt: null,
  checkedInAt: new Date('2027-04-14T06:58:00Z'),
  checkedInByName: 'Karin Kansli',
};

describe('check-in rules', () => {
  it('refuse waitlisted, cancelled and anonymised registrations, each with its own code', () => {
    expect(checkInRefusal(row)).toBeNull();
    expect(checkInRefusal({ ...row, status: 'waitlisted' })).toBe('attendance.waitlisted');
    expect(checkInRefusal({ ...row, status: 'cancelled' })).toBe('attendance.cancelled');
    expect(checkInRefusal({ ...row, status: 'confirmed', anonymisedAt: new Date() })).toBe('attendance.anonymised');
  });

  it('show needs only with the health-data consent', () => {
    expect(toCheckInResponse(row, true)).toMatchObject({ dietaryNeeds: 'Vegetarisk', accessibilityNeeds: 'Hörslinga' });
    expect(toCheckInResponse({ ...row, healthDataConsentAt: null }, true)).toMatchObject({ dietaryNeeds: null, accessibilityNeeds: null });
  });

  it('say whether this request checked the person in, with the time in Stockholm and who did it', () => {
    expect(toCheckInResponse(row, true)).toMatchObject({ alreadyCheckedIn: false, checkedInAt: '2027-04-14T08:58:00+02:00' });
    expect(toCheckInResponse(row, false)).toMatchObject({ alreadyCheckedIn: true, checkedInBy: 'Karin Kansli' });
  });

  it('search by every word, with LIKE wildcards taken literally', () => {
    expect(searchPatterns('  anna  Anders ')).toEqual(['%anna%', '%Anders%']);
    expect(searchPatterns('100%_a\\b')).toEqual(['%100\\%\\_a\\\\b%']);
    expect(searchPatterns('a b c d e f g')).toHaveLength(5);
    expect(searchPatterns('   ')).toEqual([]);
  });
});
