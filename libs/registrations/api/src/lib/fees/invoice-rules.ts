import type { InvoiceReason, RegistrationStatus } from '@samverkan/registrations/contract';

/** What decides whether one registration with a fee is invoiced. */
export interface InvoiceCandidate {
  status: RegistrationStatus;
  /** Whether the registration had a seat (confirmed at once or promoted), also when since cancelled. */
  heldSeat: boolean;
  cancelledAt: Date | null;
  checkedIn: boolean;
}

export interface InvoiceSituation {
  invoicedAfter: Date | null;
  noShowInvoiced: boolean;
  conferenceEndsAt: Date;
  conferenceCancelled: boolean;
  /** Whether anyone was checked in at the conference: without check-in at the door nobody can be called a no-show. */
  checkInUsed: boolean;
  now: Date;
}

/**
 * Why a registration with a fee is invoiced, or null when it is not:
 * - a cancelled conference invoices nobody; a waiting list place is never invoiced;
 * - a seat cancelled after `invoicedAfter` is a late cancellation (never when the rule has no time);
 * - a confirmed seat is invoiced; once the conference has ended, a confirmed person who was not
 *   checked in (where check-in was used) is a no-show, invoiced only when the rule says so.
 */
export function invoiceReason(candidate: InvoiceCandidate, situation: InvoiceSituation): InvoiceReason | null {
  if (situation.conferenceCancelled) return null;
  switch (candidate.status) {
    case 'waitlisted':
      return null;
    case 'cancelled':
      return candidate.heldSeat &&
        situation.invoicedAfter !== null &&
        candidate.cancelledAt !== null &&
        candidate.cancelledAt.getTime() > situation.invoicedAfter.getTime()
        ? 'late-cancellation'
        : null;
    case 'confirmed': {
      const ended = situation.now.getTime() >= situation.conferenceEndsAt.getTime();
      if (ended && situation.checkInUsed && !candidate.checkedIn) return situation.noShowInvoiced ? 'no-show' : null;
      return 'confirmed';
    }
  }
}
