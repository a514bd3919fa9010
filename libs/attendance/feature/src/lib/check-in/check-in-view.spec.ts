import type { CheckInResponse } from '@samverkan/attendance/contract';
import { countMessage, hitState, resultHeadline } from './check-in-view';

const result: CheckInResponse = {
  registrationId: 'r-1',
  firstName: 'Anna',
  lastName: 'Andersson',
  organisationName: 'Finspångs kommun',
  organisationType: 'municipality',
  checkedInAt: '2027-04-14T08:58:00+02:00',
  alreadyCheckedIn: false,
  checkedInBy: 'Ulla Utskott',
  dietaryNeeds: null,
  accessibilityNeeds: null,
};

describe('check-in view', () => {
  it('says checked in now, or already at HH:MM in Stockholm by whom', () => {
    expect(resultHeadline(result, 'sv')).toEqual({ key: 'checkIn.result.checkedIn', params: { time: '08:58' } });
    expect(resultHeadline({ ...result, alreadyCheckedIn: true }, 'sv')).toEqual({
      key: 'checkIn.result.alreadyBy',
      params: { time: '08:58', name: 'Ulla Utskott' },
    });
    expect(resultHeadline({ ...result, alreadyCheckedIn: true, checkedInBy: null, checkedInAt: '2027-04-14T06:05:00Z' }, 'en')).toEqual({
      key: 'checkIn.result.already',
      params: { time: '08:05' },
    });
  });

  it('describes a search hit by status and check-in', () => {
    const hit = { registrationId: 'r', firstName: 'A', lastName: 'B', organisationName: 'O', organisationType: 'municipality' as const };
    expect(hitState({ ...hit, status: 'waitlisted', checkedInAt: null }, 'sv').key).toBe('checkIn.search.waitlisted');
    expect(hitState({ ...hit, status: 'confirmed', checkedInAt: null }, 'sv').key).toBe('checkIn.search.notCheckedIn');
    expect(hitState({ ...hit, status: 'confirmed', checkedInAt: '2027-04-14T09:10:00+02:00' }, 'sv')).toEqual({
      key: 'checkIn.search.checkedInAt',
      params: { time: '09:10' },
    });
  });

  it('counts checked in of confirmed', () => {
    expect(countMessage(null)).toBeNull();
    expect(countMessage({ checkedIn: 3, confirmed: 40 })).toEqual({ key: 'checkIn.count', params: { checkedIn: 3, confirmed: 40 } });
  });
});
