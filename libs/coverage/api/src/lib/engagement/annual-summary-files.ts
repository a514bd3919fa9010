import ExcelJS from 'exceljs';
import { createPdf, pdfBuffer, pdfFont, type Pdf } from '@samverkan/shared/api-pdf';
import { spreadsheetText } from '@samverkan/shared/api-http';
import { percent, type AnnualSummary } from './annual-summary';

const MM = 72 / 25.4;
const MARGIN = { top: 22 * MM, bottom: 22 * MM, left: 22 * MM, right: 22 * MM };
const REGULAR = 'summary-regular';
const BOLD = 'summary-bold';
const ASSOCIATION = 'Svenska Industrikommuner';

export const summaryTitle = (year: number) => `Årssammanställning ${year}`;

/**
 * The annual summary as an A4 PDF for the årsmöte, in the embedded Roboto of the minutes (so å ä ö
 * are drawn and extracted right): one section per part, plain lines rather than tables so the text
 * reads in order when copied or read aloud.
 */
export function annualSummaryPdf(summary: AnnualSummary): Promise<Buffer> {
  const doc = createPdf(summaryTitle(summary.year), 'sv', true, { margins: MARGIN, author: ASSOCIATION });
  doc.registerFont(REGULAR, pdfFont('regular'));
  doc.registerFont(BOLD, pdfFont('bold'));
  return pdfBuffer(doc, (pdf) => draw(pdf, summary));
}

function draw(doc: Pdf, s: AnnualSummary): void {
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const line = (text: string, bold = false) => {
    doc
      .font(bold ? BOLD : REGULAR)
      .fontSize(10.5)
      .fillColor('#000000')
      .text(text, { width });
    doc.moveDown(0.2);
  };
  const heading = (text: string) => {
    doc.moveDown(0.8);
    if (doc.y > doc.page.height - MARGIN.bottom - 60) doc.addPage();
    doc.font(BOLD).fontSize(13).fillColor('#000000').text(text, { width });
    doc.moveDown(0.3);
  };
  const none = (text: string) => line(text);

  doc.font(REGULAR).fontSize(10).fillColor('#444444').text(ASSOCIATION, { width });
  doc.moveDown(0.5);
  doc.font(BOLD).fontSize(18).fillColor('#000000').text(summaryTitle(s.year), { width });

  heading(`Konferenser ${s.year}`);
  if (!s.conferences.length) none('Inga konferenser hölls under året.');
  for (const c of s.conferences) line(`${c.startsOn}  ${c.title}: ${c.participants} deltagare`);

  heading('Deltagare per organisationstyp');
  for (const p of s.participants) line(`${p.label}: ${p.year} (${s.year - 1}: ${p.previous})`);
  line(`Totalt: ${sum(s.participants.map((p) => p.year))} (${s.year - 1}: ${sum(s.participants.map((p) => p.previous))})`, true);

  heading(`Fokusområdenas täckning jämfört med ${s.year - 1}`);
  for (const a of s.coverage)
    line(
      `${a.title}: ${percent(a.share)} av programtiden, ${a.items} programpunkter (${s.year - 1}: ${percent(a.previousShare)}, ${a.previousItems})`,
    );

  heading('Mest önskade fokusområden i utvärderingarna');
  if (!s.wishes.length) none('Inga önskemål i årets utvärderingar.');
  s.wishes.forEach((w, i) => line(`${i + 1}. ${w.title}: ${w.wishes} önskemål`));

  heading('Arbetsutskottets beslut');
  if (!s.decisions.length) none('Inga beslut under året.');
  for (const d of s.decisions) {
    line(`${d.heldOn}  ${d.meeting}: ${d.title}`, true);
    const text = [d.decision, d.outcome].filter(Boolean).join(' – ');
    if (text) line(text);
  }
  pageNumbers(doc);
}

function pageNumbers(doc: Pdf): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(8.5)
      .fillColor('#444444')
      .text(`Sida ${i - start + 1} av ${count}`, MARGIN.left, doc.page.height - MARGIN.bottom + 8 * MM, {
        width: doc.page.width - MARGIN.left - MARGIN.right,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The annual summary as a workbook: one sheet per part, text cells guarded against formulas. */
export async function annualSummaryXlsx(s: AnnualSummary): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samverkan';
  workbook.title = summaryTitle(s.year);
  const sheet = (
    name: string,
    columns: Array<[key: string, header: string, width: number]>,
    rows: Array<Record<string, string | number>>,
  ) => {
    const ws = workbook.addWorksheet(name);
    ws.columns = columns.map(([key, header, width]) => ({ key, header, width }));
    ws.getRow(1).font = { bold: true };
    for (const row of rows)
      ws.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? spreadsheetText(v) : v])));
  };
  sheet(
    'Konferenser',
    [
      ['startsOn', 'Datum', 12],
      ['title', 'Konferens', 45],
      ['source', 'Källa', 12],
      ['participants', 'Deltagare', 10],
    ],
    s.conferences.map((c) => ({ ...c, source: c.source === 'imported' ? 'Importerad' : 'Samverkan' })),
  );
  sheet(
    'Deltagare',
    [
      ['label', 'Organisationstyp', 20],
      ['year', String(s.year), 10],
      ['previous', String(s.year - 1), 10],
    ],
    s.participants.map((p) => ({ label: p.label, year: p.year, previous: p.previous })),
  );
  sheet(
    'Täckning',
    [
      ['title', 'Fokusområde', 45],
      ['share', `Andel ${s.year} (%)`, 12],
      ['previousShare', `Andel ${s.year - 1} (%)`, 12],
      ['minutes', `Minuter ${s.year}`, 12],
      ['previousMinutes', `Minuter ${s.year - 1}`, 12],
      ['items', `Programpunkter ${s.year}`, 14],
      ['previousItems', `Programpunkter ${s.year - 1}`, 14],
    ],
    s.coverage.map((a) => ({
      title: a.title,
      share: Math.round(a.share * 1000) / 10,
      previousShare: Math.round(a.previousShare * 1000) / 10,
      minutes: a.minutes,
      previousMinutes: a.previousMinutes,
      items: a.items,
      previousItems: a.previousItems,
    })),
  );
  sheet(
    'Önskemål',
    [
      ['title', 'Fokusområde', 45],
      ['wishes', 'Önskemål', 10],
    ],
    s.wishes.map(({ title, wishes }) => ({ title, wishes })),
  );
  sheet(
    'Beslut',
    [
      ['heldOn', 'Datum', 12],
      ['meeting', 'Möte', 30],
      ['title', 'Ärende', 40],
      ['decision', 'Beslut', 60],
      ['outcome', 'Utfall', 12],
    ],
    s.decisions,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
