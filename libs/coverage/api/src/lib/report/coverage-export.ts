import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { PARTICIPANT_TYPES, type CoverageReport } from '@samverkan/coverage/contract';
import { csvStringifier } from '@samverkan/shared/api-http';

/** The exported table: one row per conference × focus area, Swedish headers (the association's language). */
export const EXPORT_COLUMNS = [
  ['year', 'År'],
  ['conference', 'Konferens'],
  ['startsOn', 'Datum'],
  ['source', 'Källa'],
  ['focusArea', 'Fokusområde'],
  ['themes', 'Teman'],
  ['items', 'Programpunkter'],
  ['minutes', 'Minuter'],
  ['share', 'Andel av programtiden (%)'],
  ['proposalsSubmitted', 'Inlämnade förslag'],
  ['proposalsAccepted', 'Antagna förslag'],
  ['signups', 'Anmälningar till pass'],
  ['evaluationWishes', 'Önskemål i utvärderingen'],
  ['gap', 'Lucka'],
] as const;

const PARTICIPANT_HEADERS: Record<(typeof PARTICIPANT_TYPES)[number], string> = {
  municipality: 'Kommun',
  business: 'Näringsliv',
  region: 'Region',
  'state-agency': 'Stat',
  other: 'Övriga',
};

const GAP_LABELS = { absent: 'Saknas', 'low-share': 'Låg andel' } as const;

export type ExportRecord = Record<(typeof EXPORT_COLUMNS)[number][0], string | number>;

export function exportRecords(report: CoverageReport): ExportRecord[] {
  const titles = new Map(report.focusAreas.map((a) => [a.code, a.titleSv]));
  const conferences = new Map(report.conferences.map((c) => [c.id, c]));
  const gaps = new Map(report.gaps.map((g) => [g.focusAreaCode, g]));
  const order = new Map(report.conferences.map((c, index) => [c.id, index]));
  return [...report.cells]
    .sort((a, b) => (order.get(a.conferenceId) as number) - (order.get(b.conferenceId) as number))
    .map((cell) => {
      const conference = conferences.get(cell.conferenceId);
      const gap = gaps.get(cell.focusAreaCode);
      return {
        year: conference?.year ?? '',
        conference: conference?.title ?? '',
        startsOn: conference?.startsOn ?? '',
        source: conference?.source === 'imported' ? 'Importerad' : 'Samverkan',
        focusArea: titles.get(cell.focusAreaCode) ?? cell.focusAreaCode,
        themes: cell.themes,
        items: cell.items,
        minutes: cell.minutes,
        share: Math.round(cell.share * 1000) / 10,
        proposalsSubmitted: cell.proposalsSubmitted,
        proposalsAccepted: cell.proposalsAccepted,
        signups: cell.signups,
        evaluationWishes: cell.evaluationWishes,
        gap: gap && gap.conferenceIds.includes(cell.conferenceId) ? GAP_LABELS[gap.kind] : '',
      };
    });
}

export async function writeCsv(report: CoverageReport, out: Writable): Promise<void> {
  const csv = csvStringifier(EXPORT_COLUMNS);
  csv.pipe(out);
  for (const record of exportRecords(report)) csv.write(record);
  csv.end();
  await new Promise<void>((resolve, reject) => out.on('finish', resolve).on('error', reject));
}

/** Three sheets: the table, the participant mix per conference, and the gaps. */
export async function writeXlsx(report: CoverageReport, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  workbook.creator = 'Samverkan';
  const table = workbook.addWorksheet('Täckning');
  table.columns = EXPORT_COLUMNS.map(([key, header]) => ({ key, header, width: key === 'conference' || key === 'focusArea' ? 40 : 14 }));
  table.getRow(1).font = { bold: true };
  table.getRow(1).commit();
  for (const record of exportRecords(report)) table.addRow(record).commit();
  table.commit();

  const mix = workbook.addWorksheet('Deltagare');
  mix.columns = [
    { key: 'conference', header: 'Konferens', width: 40 },
    { key: 'startsOn', header: 'Datum', width: 12 },
    ...PARTICIPANT_TYPES.map((type) => ({ key: type, header: PARTICIPANT_HEADERS[type], width: 12 })),
    { key: 'total', header: 'Totalt', width: 10 },
  ];
  mix.getRow(1).font = { bold: true };
  mix.getRow(1).commit();
  const conferences = new Map(report.conferences.map((c) => [c.id, c]));
  for (const row of report.participantMix) {
    const conference = conferences.get(row.conferenceId);
    mix.addRow({ conference: conference?.title, startsOn: conference?.startsOn, ...row.counts, total: row.total }).commit();
  }
  mix.commit();

  const gaps = workbook.addWorksheet('Luckor');
  gaps.columns = [
    { key: 'focusArea', header: 'Fokusområde', width: 50 },
    { key: 'kind', header: 'Lucka', width: 14 },
    { key: 'share', header: 'Andel av programtiden (%)', width: 16 },
  ];
  gaps.getRow(1).font = { bold: true };
  gaps.getRow(1).commit();
  const titles = new Map(report.focusAreas.map((a) => [a.code, a.titleSv]));
  for (const gap of report.gaps) {
    gaps
      .addRow({ focusArea: titles.get(gap.focusAreaCode), kind: GAP_LABELS[gap.kind], share: Math.round(gap.share * 1000) / 10 })
      .commit();
  }
  gaps.commit();
  await workbook.commit();
}
