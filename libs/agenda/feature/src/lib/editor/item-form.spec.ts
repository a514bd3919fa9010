import { timesOf, whenOf } from './item-form';

describe('item form', () => {
  it('turns a day and Stockholm wall times into instants with the offset, or both null without a day', () => {
    expect(timesOf('2027-04-14', '09:15', '10:00')).toEqual({ startsAt: '2027-04-14T09:15:00+02:00', endsAt: '2027-04-14T10:00:00+02:00' });
    expect(timesOf('2027-01-14', '09:15', '10:00')).toEqual({ startsAt: '2027-01-14T09:15:00+01:00', endsAt: '2027-01-14T10:00:00+01:00' });
    expect(timesOf('', '09:15', '10:00')).toEqual({ startsAt: null, endsAt: null });
  });

  it('refuses an end at or before the start, or a missing time', () => {
    expect(timesOf('2027-04-14', '10:00', '10:00')).toBeNull();
    expect(timesOf('2027-04-14', '10:00', '09:00')).toBeNull();
    expect(timesOf('2027-04-14', '', '09:00')).toBeNull();
  });

  it('shows a scheduled item as its Stockholm day and times', () => {
    expect(whenOf({ startsAt: '2027-04-14T07:30:00Z', endsAt: '2027-04-14T08:15:00Z' })).toEqual({
      day: '2027-04-14',
      start: '09:30',
      end: '10:15',
    });
    expect(whenOf({ startsAt: null, endsAt: null })).toEqual({ day: '', start: '', end: '' });
  });
});
