import type { OrganisationType } from '@samverkan/identity/contract';

/** Swedish VAT on conference fees, in per cent. Prices are set and stored excluding VAT. */
export const VAT_PERCENT = 25;
/** The highest price staff may set: 1 000 000 kr in öre. */
export const MAX_FEE_ORE = 100_000_000;

/** One price of a conference: per organisation type and whether the organisation is a member. 0 is free. */
export interface FeePrice {
  organisationType: OrganisationType;
  member: boolean;
  /** Excluding VAT, in öre (1 kr = 100 öre). */
  amountOre: number;
}

/**
 * When a registration that did not end with a seat used is still invoiced. `invoicedAfter`: a seat
 * cancelled after this time is invoiced (null: cancellations are never invoiced). `noShowInvoiced`: a
 * confirmed person not checked in once the conference has ended is invoiced.
 */
export interface LateCancellationRule {
  invoicedAfter: string | null;
  noShowInvoiced: boolean;
}

export interface ConferenceFeesRequest {
  /** The whole price list: a combination left out costs nothing. */
  prices: FeePrice[];
  lateCancellation: LateCancellationRule;
}

export interface ConferenceFeesResponse {
  /** Every organisation type × member and non-member, 0 where nothing is charged. */
  prices: FeePrice[];
  lateCancellation: LateCancellationRule;
  vatPercent: number;
}

/** A price split into the part excluding VAT, the VAT and the total, each in öre. */
export interface PriceWithVat {
  exVatOre: number;
  vatOre: number;
  totalOre: number;
}

/** What one registration would cost: the form shows it and asks for invoice details when `feeApplies`. */
export interface FeeQuoteResponse extends PriceWithVat {
  organisationType: OrganisationType;
  member: boolean;
  feeApplies: boolean;
}

/** Where the invoice goes; asked only when a fee applies. */
export interface InvoiceDetails {
  /** Swedish organisation number, 10 digits with a valid check digit (NNNNNN-NNNN or NNNNNNNNNN). */
  organisationNumber: string;
  /** The invoice address (several lines). */
  address: string;
  /** The buyer's reference (often a person or a cost centre). */
  reference: string;
  /** The organisation's Peppol ID for e-invoices, e.g. 0007:2120001234. */
  peppolId?: string | null;
}

export const INVOICE_REASONS = ['confirmed', 'late-cancellation', 'no-show'] as const;
/** Why a registration is invoiced: it had a seat, it was cancelled too late, or the person did not come. */
export type InvoiceReason = (typeof INVOICE_REASONS)[number];

/** VAT rounded to the öre, half up; the total is the price plus that VAT. */
export function priceWithVat(exVatOre: number): PriceWithVat {
  if (!Number.isSafeInteger(exVatOre) || exVatOre < 0) throw new RangeError(`A price is a whole number of öre ≥ 0, not ${exVatOre}.`);
  const vatOre = Math.floor((exVatOre * VAT_PERCENT + 50) / 100);
  return { exVatOre, vatOre, totalOre: exVatOre + vatOre };
}

const ORGANISATION_NUMBER = /^(\d{6})-?(\d{4})$/;

/**
 * A Swedish organisation number as NNNNNN-NNNN when it is 10 digits (a hyphen after the sixth allowed)
 * whose last digit is the Luhn check digit of the first nine; otherwise null.
 */
export function parseOrganisationNumber(value: string): string | null {
  const match = ORGANISATION_NUMBER.exec(value.trim());
  if (!match) return null;
  const digits = match[1] + match[2];
  return luhnValid(digits) ? `${match[1]}-${match[2]}` : null;
}

/** The Luhn (mod 10) check: every second digit from the right doubled, digits summed, a multiple of 10. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
