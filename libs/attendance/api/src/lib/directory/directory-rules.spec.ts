import { directoryRefusal } from './directory-rules';

describe('directoryRefusal', () => {
  it('lets a confirmed participant who is shown on the list see it', () => {
    expect(directoryRefusal({ status: 'confirmed', showOnAttendeeList: true })).toBeNull();
  });

  it('refuses a confirmed participant who chose not to be shown', () => {
    expect(directoryRefusal({ status: 'confirmed', showOnAttendeeList: false })).toBe('attendance.directory-not-shown');
  });

  it('refuses waitlisted and cancelled registrations, even with consent', () => {
    expect(directoryRefusal({ status: 'waitlisted', showOnAttendeeList: true })).toBe('attendance.directory-not-confirmed');
    expect(directoryRefusal({ status: 'cancelled', showOnAttendeeList: true })).toBe('attendance.directory-not-confirmed');
  });
});
