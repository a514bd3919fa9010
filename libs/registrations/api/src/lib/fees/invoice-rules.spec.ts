import { invoiceReason, type InvoiceCandidate, type InvoiceSituation } from './invoice-rules';

const at = (iso: string) => new Date(iso);
const situation = (over: Partial<InvoiceSituation> = {}): InvoiceSituation => ({
  invoicedAfter: at('2031-05-01T00:00:00+02:00'),
  noShowInvoiced: true,
  conferenceEndsAt: at('2031-05-15T16:00:00+02:00'),
  conferenceCancelled: false,
  checkInUsed: true,
  now: at('2031-05-10T12:00:00+02:00'),
  ...over,
});
const confirmed: InvoiceCandidate = { status: 'confirmed', heldSeat: true, cancelledAt: null, checkedIn: false };
const cancelled = (iso: string, heldSeat = true): InvoiceCandidate => ({
  status: 'cancelled',
  heldSeat,
  cancelledAt: at(iso),
  checkedIn: false,
});

describe('invoiceReason', () => {
  it('invoices a confirmed seat before the conference', () => {
    expect(invoiceReason(confirmed, situation())).toBe('confirmed');
  });

  it('never invoices a place on the waiting list', () => {
    expect(invoiceReason({ ...confirmed, status: 'waitlisted', heldSeat: false }, situation())).toBeNull();
  });

  it('invoices a seat cancelled after the time, not one cancelled at or before it', () => {
    expect(invoiceReason(cancelled('2031-05-01T00:00:01+02:00'), situation())).toBe('late-cancellation');
    expect(invoiceReason(cancelled('2031-05-01T00:00:00+02:00'), situation())).toBeNull();
    expect(invoiceReason(cancelled('2031-04-30T23:59:59+02:00'), situation())).toBeNull();
  });

  it('does not invoice a late cancellation from the waiting list, nor any cancellation without a time in the rule', () => {
    expect(invoiceReason(cancelled('2031-05-09T10:00:00+02:00', false), situation())).toBeNull();
    expect(invoiceReason(cancelled('2031-05-09T10:00:00+02:00'), situation({ invoicedAfter: null }))).toBeNull();
  });

  it('after the end: a checked-in person is invoiced as confirmed, a no-show as a no-show or not at all', () => {
    const after = { now: at('2031-05-16T09:00:00+02:00') };
    expect(invoiceReason({ ...confirmed, checkedIn: true }, situation(after))).toBe('confirmed');
    expect(invoiceReason(confirmed, situation(after))).toBe('no-show');
    expect(invoiceReason(confirmed, situation({ ...after, noShowInvoiced: false }))).toBeNull();
  });

  it('calls nobody a no-show where nobody was checked in, or before the end', () => {
    expect(invoiceReason(confirmed, situation({ now: at('2031-05-16T09:00:00+02:00'), checkInUsed: false, noShowInvoiced: false }))).toBe(
      'confirmed',
    );
    expect(invoiceReason(confirmed, situation({ noShowInvoiced: false }))).toBe('confirmed');
  });

  it('invoices nobody for a cancelled conference', () => {
    expect(invoiceReason(confirmed, situation({ conferenceCancelled: true }))).toBeNull();
    expect(invoiceReason(cancelled('2031-05-09T10:00:00+02:00'), situation({ conferenceCancelled: true }))).toBeNull();
  });
});
