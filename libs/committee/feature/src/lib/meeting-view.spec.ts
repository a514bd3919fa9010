import { ADA, ULLA, aMeeting } from '../testing/fixtures';
import { approvalOf, meetingTime, peopleOf } from './meeting-view';

describe('peopleOf', () => {
  it('offers the participants and the person using the page, once each, by name', () => {
    expect(peopleOf(aMeeting(), { id: 'u-new', name: 'Bo Berg' })).toEqual([
      { id: ADA.id, name: ADA.name },
      { id: 'u-new', name: 'Bo Berg' },
      { id: ULLA.id, name: ULLA.name },
    ]);
    expect(peopleOf(aMeeting(), { id: ULLA.id, name: ULLA.name })).toHaveLength(2);
  });
});

describe('approvalOf', () => {
  const withApprover = aMeeting({ minutesApproverId: ADA.id, minutesApproverName: ADA.name });

  it('needs a justerare before anyone can approve', () => {
    expect(approvalOf(aMeeting(), ULLA.id)).toMatchObject({ hasApprover: false, canApprove: false });
  });

  it('lets the chair and the justerare approve once each, and nobody else', () => {
    expect(approvalOf(withApprover, ULLA.id).canApprove).toBe(true);
    expect(approvalOf(withApprover, ADA.id).canApprove).toBe(true);
    expect(approvalOf(withApprover, 'u-other').canApprove).toBe(false);
    const chairDone = { ...withApprover, chairApprovedAt: '2027-03-02T12:00:00+01:00' };
    expect(approvalOf(chairDone, ULLA.id)).toMatchObject({ chairApproved: true, canApprove: false });
    expect(approvalOf(chairDone, ADA.id).canApprove).toBe(true);
  });

  it('allows nothing once the minutes are locked', () => {
    const locked = { ...withApprover, minutesStatus: 'locked' as const, chairApprovedAt: 'x', approverApprovedAt: 'y', lockedAt: 'y' };
    expect(approvalOf(locked, ADA.id)).toEqual({
      locked: true,
      chairApproved: true,
      approverApproved: true,
      hasApprover: true,
      canApprove: false,
    });
  });
});

describe('meetingTime', () => {
  it('shows one day with a time range, or just the start', () => {
    expect(meetingTime(aMeeting(), 'sv')).toBe('tisdag 2 mars 2027 09:00–11:00');
    expect(meetingTime({ startsAt: '2027-03-02T09:00:00+01:00', endsAt: null }, 'en')).toBe('Tuesday, 2 March 2027 09:00');
  });
});
