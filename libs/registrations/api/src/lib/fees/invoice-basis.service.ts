import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { RegistrationStatus } from '@samverkan/registrations/contract';
import { csvStringifier } from '@samverkan/shared/api-http';
import { REASON_TEXT, formatKronor, invoiceBasis, invoiceLine, oneLineAddress, type InvoiceBasis, type InvoiceLine } from './invoice-basis';
import { invoiceReason } from './invoice-rules';
import { requireConference } from './fees.service';
import { ConferenceFeeRule } from './fee.entity';

const COLUMNS = [
  ['organisationName', 'Organisation'],
  ['organisationNumber', 'Organisationsnummer'],
  ['address', 'Fakturaadress'],
  ['reference', 'Fakturareferens'],
  ['peppolId', 'Peppol-id'],
  ['firstName', 'Förnamn'],
  ['lastName', 'Efternamn'],
  ['email', 'E-post'],
  ['reason', 'Skäl'],
  ['exVat', 'Pris exkl. moms (kr)'],
  ['vat', 'Moms 25 % (kr)'],
  ['total', 'Att betala (kr)'],
] as const;

type Cells = Record<(typeof COLUMNS)[number][0], string | number | null>;

interface Row {
  status: RegistrationStatus;
  heldSeat: boolean;
  cancelledAt: Date | null;
  checkedIn: boolean;
  organisationName: string;
  organisationNumber: string;
  address: string;
  reference: string;
  peppolId: string | null;
  firstName: string;
  lastName: string;
  email: string;
  amountOre: number;
}

/**
 * The invoice basis (fakturaunderlag) for finance: every registration with invoice details that the
 * late-cancellation rule invoices (invoice-rules.ts), grouped per invoice (invoice-basis.ts).
 */
@Injectable()
export class InvoiceBasisService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async basis(conferenceId: string, now = new Date()): Promise<InvoiceBasis> {
    const manager = this.dataSource.manager;
    const conference = await requireConference(manager, conferenceId);
    const [rule, rows, [{ checkInUsed }]] = await Promise.all([
      manager.getRepository(ConferenceFeeRule).findOneBy({ conferenceId }),
      manager.query(
        `SELECT r.status, r.cancelled_at AS "cancelledAt", r.checked_in_at IS NOT NULL AS "checkedIn",
                (r.status = 'confirmed' OR r.promoted_at IS NOT NULL OR EXISTS (
                   SELECT 1 FROM registration_events e WHERE e.registration_id = r.id AND e.kind = 'created' AND e.details->>'status' = 'confirmed'
                 )) AS "heldSeat",
                r.organisation_name AS "organisationName", r.first_name AS "firstName", r.last_name AS "lastName", r.email,
                i.organisation_number AS "organisationNumber", i.address, i.reference, i.peppol_id AS "peppolId", i.amount_ore AS "amountOre"
           FROM registrations r JOIN registration_invoices i ON i.registration_id = r.id
          WHERE r.conference_id = $1`,
        [conferenceId],
      ) as Promise<Row[]>,
      manager.query(`SELECT EXISTS (SELECT 1 FROM registrations WHERE conference_id = $1 AND checked_in_at IS NOT NULL) AS "checkInUsed"`, [
        conferenceId,
      ]) as Promise<{ checkInUsed: boolean }[]>,
    ]);
    const situation = {
      invoicedAfter: rule?.invoicedAfter ?? null,
      noShowInvoiced: rule?.noShowInvoiced ?? true,
      conferenceEndsAt: conference.endsAt,
      conferenceCancelled: conference.status === 'cancelled',
      checkInUsed,
      now,
    };
    const lines: InvoiceLine[] = [];
    for (const row of rows) {
      const reason = invoiceReason(row, situation);
      if (reason) lines.push(invoiceLine({ ...row, reason }));
    }
    return invoiceBasis(lines);
  }

  /** One line per invoiced participant, then a total line; amounts as 1250.00. */
  writeCsv(basis: InvoiceBasis, out: Writable): void {
    const csv = csvStringifier(COLUMNS);
    csv.pipe(out);
    for (const group of basis.groups) for (const line of group.lines) csv.write(cells(line));
    csv.write(totalCells('Totalt', basis.total));
    csv.end();
  }

  /** The same lines with a subtotal per invoice and the total; amounts are numbers formatted to the öre. */
  async writeXlsx(basis: InvoiceBasis, out: Writable): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet('Fakturaunderlag');
    sheet.columns = COLUMNS.map(([key, header]) => ({
      key,
      header,
      width: key === 'address' || key === 'organisationName' || key === 'email' ? 32 : 16,
      ...(key === 'exVat' || key === 'vat' || key === 'total' ? { style: { numFmt: '#,##0.00' } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    const money = (c: Cells): Cells => ({ ...c, exVat: Number(c.exVat), vat: Number(c.vat), total: Number(c.total) });
    for (const group of basis.groups) {
      for (const line of group.lines) sheet.addRow(money(cells(line))).commit();
      const subtotal = sheet.addRow(
        money({
          ...totalCells(group.organisationName, group.subtotal),
          organisationNumber: group.organisationNumber,
          reference: group.reference,
          reason: 'Summa',
        }),
      );
      subtotal.font = { bold: true };
      subtotal.commit();
    }
    const total = sheet.addRow(money(totalCells('Totalt', basis.total)));
    total.font = { bold: true };
    total.commit();
    sheet.commit();
    await workbook.commit();
  }
}

function cells(line: InvoiceLine): Cells {
  return {
    organisationName: line.organisationName,
    organisationNumber: line.organisationNumber,
    address: oneLineAddress(line.address),
    reference: line.reference,
    peppolId: line.peppolId,
    firstName: line.firstName,
    lastName: line.lastName,
    email: line.email,
    reason: REASON_TEXT[line.reason],
    exVat: formatKronor(line.exVatOre),
    vat: formatKronor(line.vatOre),
    total: formatKronor(line.totalOre),
  };
}

function totalCells(label: string, sum: InvoiceBasis['total']): Cells {
  return {
    organisationName: label,
    organisationNumber: null,
    address: null,
    reference: null,
    peppolId: null,
    firstName: null,
    lastName: null,
    email: null,
    reason: null,
    exVat: formatKronor(sum.exVatOre),
    vat: formatKronor(sum.vatOre),
    total: formatKronor(sum.totalOre),
  };
}
