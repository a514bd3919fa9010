import { OTHER_BUSINESS, PREVIOUS_MINUTES, approveMinutes, isCompleteOrder, newAgenda, positionForNewItem } from './meeting-rules';

describe('meeting rules', () => {
  it('starts an agenda with the standard items and the previous minutes, follows up open action items, and ends with other business', () => {
    expect(newAgenda([{ id: 'a1', title: 'Boka lokal' }], 'm0')).toEqual([
      { kind: 'standard', title: 'Mötets öppnande', actionItemId: null, previousMeetingId: null },
      { kind: 'standard', title: 'Godkännande av dagordningen', actionItemId: null, previousMeetingId: null },
      { kind: 'standard', title: 'Val av justerare', actionItemId: null, previousMeetingId: null },
      { kind: 'previous-minutes', title: PREVIOUS_MINUTES, actionItemId: null, previousMeetingId: 'm0' },
      { kind: 'action-item', title: 'Uppföljning: Boka lokal', actionItemId: 'a1', previousMeetingId: null },
      { kind: 'other', title: OTHER_BUSINESS, actionItemId: null, previousMeetingId: null },
    ]);
  });

  it('keeps the previous-minutes item when there are no justerat minutes yet', () => {
    const agenda = newAgenda([]);
    expect(agenda.map((i) => i.kind)).toEqual(['standard', 'standard', 'standard', 'previous-minutes', 'other']);
    expect(agenda[3]).toMatchObject({ title: 'Föregående protokoll', previousMeetingId: null });
  });

  it('puts a new item before other business, or last when there is none', () => {
    const standard = { kind: 'standard' as const, title: 'Mötets öppnande' };
    expect(positionForNewItem([standard, { kind: 'other', title: OTHER_BUSINESS }])).toBe(1);
    expect(positionForNewItem([standard, { kind: 'other', title: 'Något annat' }])).toBe(2);
    expect(positionForNewItem([])).toBe(0);
  });

  it('accepts an order only when it names every item once', () => {
    expect(isCompleteOrder(['b', 'a'], ['a', 'b'])).toBe(true);
    expect(isCompleteOrder(['a'], ['a', 'b'])).toBe(false);
    expect(isCompleteOrder(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(isCompleteOrder(['a', 'c'], ['a', 'b'])).toBe(false);
  });

  describe('approveMinutes', () => {
    const now = new Date('2031-02-11T10:00:00Z');
    const earlier = new Date('2031-02-10T10:00:00Z');
    const minutes = { chairId: 'chair', minutesApproverId: 'checker', chairApprovedAt: null, approverApprovedAt: null };

    it('needs a minutes checker first', () => {
      expect(approveMinutes({ ...minutes, minutesApproverId: null }, 'chair', now)).toEqual({
        refused: 'committee.minutes-checker-missing',
        status: 422,
      });
    });

    it('lets only the chair and the checker approve, each once', () => {
      expect(approveMinutes(minutes, 'someone', now)).toEqual({ refused: 'committee.not-minutes-checker', status: 403 });
      expect(approveMinutes({ ...minutes, chairApprovedAt: earlier }, 'chair', now)).toEqual({
        refused: 'committee.minutes-already-adjusted',
        status: 403,
      });
    });

    it('locks the minutes when both have approved', () => {
      expect(approveMinutes(minutes, 'chair', now)).toEqual({ chairApprovedAt: now, approverApprovedAt: null, locked: false });
      expect(approveMinutes({ ...minutes, chairApprovedAt: earlier }, 'checker', now)).toEqual({
        chairApprovedAt: earlier,
        approverApprovedAt: now,
        locked: true,
      });
    });

    it('lets a chair who is also the checker lock the minutes at once', () => {
      expect(approveMinutes({ ...minutes, minutesApproverId: 'chair' }, 'chair', now)).toEqual({
        chairApprovedAt: now,
        approverApprovedAt: now,
        locked: true,
      });
    });
  });
});
