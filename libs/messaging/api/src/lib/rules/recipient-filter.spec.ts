import { recipientConditions } from './recipient-filter';

const conference = '6f1c3c56-4a8e-4f55-9d0f-2b1a7a1b0c01';
const item = '0b8d0f2e-91f7-4a1c-8a43-5d7c0f7b2e11';

describe('recipientConditions', () => {
  it('without a filter: confirmed and waitlisted, never anonymised, this conference only', () => {
    const { where, params } = recipientConditions(conference, {});
    expect(where).toBe(`r.conference_id = $1 AND r.anonymised_at IS NULL AND r.status IN ('confirmed', 'waitlisted')`);
    expect(params).toEqual([conference]);
  });

  it('cancelled ones only when asked for, as a parameter', () => {
    const { where, params } = recipientConditions(conference, { status: 'cancelled' });
    expect(where).toContain('r.status = $2');
    expect(where).toContain('r.anonymised_at IS NULL');
    expect(params).toEqual([conference, 'cancelled']);
  });

  it('every filter at once: numbered parameters in order, no value in the SQL', () => {
    const { where, params } = recipientConditions(conference, {
      status: 'confirmed',
      organisationType: 'municipality',
      agendaItemId: item,
      checkedIn: true,
    });
    expect(params).toEqual([conference, 'confirmed', 'municipality', item]);
    expect(where).toContain('r.organisation_type = $3');
    expect(where).toContain('s.agenda_item_id = $4');
    expect(where).toContain('r.checked_in_at IS NOT NULL');
    expect(where).not.toContain('municipality');
    expect(where).not.toContain(item);
  });

  it('checked in: false asks for those not checked in', () => {
    expect(recipientConditions(conference, { checkedIn: false }).where).toContain('r.checked_in_at IS NULL');
  });
});
