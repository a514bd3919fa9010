import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrganisationType } from '@samverkan/identity/contract';
import { parseOrganisationNumber, type InvoiceDetails } from '@samverkan/registrations/contract';
import { badRequest } from '@samverkan/shared/api-http';
import { feeAmountSql, memberSql } from './fee-sql';

/** The fee that applies to one person at a conference: its price (excluding VAT, öre) and whether the member price applied. */
export interface AppliedFee {
  member: boolean;
  amountOre: number;
}

/** A fee with the invoice details it needs, ready to be stored with the registration(s); null when nothing is charged. */
export type FeeDecision = (AppliedFee & { invoice: Required<InvoiceDetails> }) | null;

/**
 * Fees on registration, in the registration's transaction. `decision` before the seat is taken (refuses a
 * fee without invoice details, 400 naming the fields), `attach` after the registration rows are written.
 * Group registration calls both with the contact's invoice details and every member's id.
 */
@Injectable()
export class RegistrationFees {
  /** The price for an organisation type and (optional) known organisation: one query. */
  async feeFor(
    manager: EntityManager,
    conferenceId: string,
    organisationType: OrganisationType,
    organisationId?: string | null,
  ): Promise<AppliedFee> {
    const [row] = (await manager.query(
      `SELECT ${memberSql('$3::uuid')} AS member, ${feeAmountSql('$1::uuid', '$2', '$3::uuid')} AS "amountOre"`,
      [conferenceId, organisationType, organisationId ?? null],
    )) as AppliedFee[];
    return row;
  }

  /**
   * The fee decision for a fee already looked up (registrations read it with their conference), with
   * normalised invoice details when one applies. Invoice details sent when no fee applies are ignored:
   * nothing about invoicing is kept for a free registration.
   */
  decision(fee: AppliedFee, invoice: InvoiceDetails | null | undefined): FeeDecision {
    if (fee.amountOre === 0) return null;
    if (!invoice) {
      throw badRequest('fees.invoice-required', {
        errors: { 'invoice.organisationNumber': 'required', 'invoice.address': 'required', 'invoice.reference': 'required' },
      });
    }
    const organisationNumber = parseOrganisationNumber(invoice.organisationNumber);
    // The DTO has checked it already; this keeps callers that build the details themselves honest.
    if (!organisationNumber) throw badRequest('validation.failed', { errors: { 'invoice.organisationNumber': 'isOrganisationNumber' } });
    return {
      ...fee,
      invoice: { organisationNumber, address: invoice.address, reference: invoice.reference, peppolId: invoice.peppolId ?? null },
    };
  }

  /** The invoice details a group's members were registered with (null when it pays nothing). */
  async groupInvoice(manager: EntityManager, groupId: string): Promise<InvoiceDetails | null> {
    const [row] = (await manager.query(
      `SELECT i.organisation_number AS "organisationNumber", i.address, i.reference, i.peppol_id AS "peppolId"
         FROM registration_group_members m JOIN registration_invoices i ON i.registration_id = m.registration_id
        WHERE m.group_id = $1 ORDER BY m.position LIMIT 1`,
      [groupId],
    )) as InvoiceDetails[];
    return row ?? null;
  }

  /** Stores the decided fee and invoice details for each registration, in one statement. */
  async attach(manager: EntityManager, registrationIds: string | string[], decision: FeeDecision): Promise<void> {
    if (!decision) return;
    const ids = Array.isArray(registrationIds) ? registrationIds : [registrationIds];
    const { invoice } = decision;
    await manager.query(
      `INSERT INTO registration_invoices (registration_id, organisation_number, address, reference, peppol_id, amount_ore, member)
       SELECT id, $2, $3, $4, $5, $6, $7 FROM unnest($1::uuid[]) AS id`,
      [ids, invoice.organisationNumber, invoice.address, invoice.reference, invoice.peppolId, decision.amountOre, decision.member],
    );
  }
}
