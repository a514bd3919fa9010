import { priceWithVat, type InvoiceReason, type PriceWithVat } from '@samverkan/registrations/contract';

/** One invoiced participant, as read with the invoice details stored at registration. */
export interface InvoiceLine extends PriceWithVat {
  organisationName: string;
  organisationNumber: string;
  address: string;
  reference: string;
  peppolId: string | null;
  firstName: string;
  lastName: string;
  email: string;
  reason: InvoiceReason;
}

/** The lines of one invoice: one organisation number and one reference. */
export interface InvoiceGroup {
  organisationName: string;
  organisationNumber: string;
  reference: string;
  lines: InvoiceLine[];
  subtotal: PriceWithVat;
}

export interface InvoiceBasis {
  groups: InvoiceGroup[];
  total: PriceWithVat;
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** The line of a participant invoiced `reason` at a price excluding VAT (VAT per line, to the öre). */
export function invoiceLine(row: Omit<InvoiceLine, keyof PriceWithVat> & { amountOre: number }): InvoiceLine {
  const { amountOre, ...rest } = row;
  return { ...rest, ...priceWithVat(amountOre) };
}

/**
 * Groups the lines per invoice (organisation number and reference), sorted by organisation name in
 * Swedish order, then number and reference; people by last and first name. Subtotals and the total
 * are sums of the lines, so they agree with the lines to the öre.
 */
export function invoiceBasis(lines: InvoiceLine[]): InvoiceBasis {
  const groups = new Map<string, InvoiceGroup>();
  for (const line of lines) {
    const key = `${line.organisationNumber}\u0000${line.reference.toLocaleLowerCase('sv')}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        organisationName: line.organisationName,
        organisationNumber: line.organisationNumber,
        reference: line.reference,
        lines: [],
        subtotal: zero(),
      };
      groups.set(key, group);
    }
    group.lines.push(line);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      collator.compare(a.organisationName, b.organisationName) ||
      a.organisationNumber.localeCompare(b.organisationNumber) ||
      collator.compare(a.reference, b.reference),
  );
  const total = zero();
  for (const group of sorted) {
    group.lines.sort(
      (a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.email.localeCompare(b.email),
    );
    for (const line of group.lines) {
      add(group.subtotal, line);
      add(total, line);
    }
  }
  return { groups: sorted, total };
}

/** Öre as kronor with two decimals and a point, no thousands separator: 125000 → "1250.00". */
export function formatKronor(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A multi-line address on one line, parts separated by commas (for a spreadsheet cell). */
export function oneLineAddress(address: string): string {
  return address
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
}

export const REASON_TEXT: Record<InvoiceReason, string> = {
  confirmed: 'Bekräftad',
  'late-cancellation': 'Sen avbokning',
  'no-show': 'Uteblev',
};

function zero(): PriceWithVat {
  return { exVatOre: 0, vatOre: 0, totalOre: 0 };
}

function add(sum: PriceWithVat, line: PriceWithVat): void {
  sum.exVatOre += line.exVatOre;
  sum.vatOre += line.vatOre;
  sum.totalOre += line.totalOre;
}
