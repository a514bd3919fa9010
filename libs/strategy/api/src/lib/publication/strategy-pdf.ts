import { createPdf, pdfBuffer, pdfFont, type Pdf } from '@samverkan/shared/api-pdf';
import { appendixLine, type StrategyPublication } from './strategy-publication';

const MM = 72 / 25.4;
const MARGIN = { top: 22 * MM, bottom: 22 * MM, left: 24 * MM, right: 24 * MM };
const REGULAR = 'strategy-regular';
const BOLD = 'strategy-bold';
const ASSOCIATION = 'Svenska Industrikommuner';

/**
 * The adopted strategy as an A4 PDF in the embedded Roboto (å ä ö drawn and extracted right): the
 * text in reading order, footnote numbers after each position, and the appendix from the citations on
 * a page of its own. Plain flowing text, so it reads in order when copied or read aloud.
 */
export function strategyPdf(p: StrategyPublication): Promise<Buffer> {
  const doc = createPdf(p.title, p.language, true, { margins: MARGIN, author: ASSOCIATION });
  doc.registerFont(REGULAR, pdfFont('regular'));
  doc.registerFont(BOLD, pdfFont('bold'));
  return pdfBuffer(doc, (pdf) => draw(pdf, p));
}

function draw(doc: Pdf, p: StrategyPublication): void {
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const text = (value: string, options: { bold?: boolean; size?: number; indent?: number } = {}) => {
    doc
      .font(options.bold ? BOLD : REGULAR)
      .fontSize(options.size ?? 10.5)
      .fillColor('#000000')
      .text(value, MARGIN.left + (options.indent ?? 0), doc.y, { width: width - (options.indent ?? 0) });
    doc.moveDown(0.35);
  };
  const heading = (value: string, size: number) => {
    doc.moveDown(0.6);
    if (doc.y > doc.page.height - MARGIN.bottom - 80) doc.addPage();
    text(value, { bold: true, size });
  };

  doc.font(REGULAR).fontSize(10).fillColor('#444444').text(ASSOCIATION, { width });
  doc.moveDown(0.5);
  text(p.title, { bold: true, size: 18 });
  if (p.adopted) text(p.adopted, { size: 10 });

  if (p.preamble.length) heading(p.headings.preamble, 14);
  for (const paragraph of p.preamble) text(paragraph);
  if (p.vision.length) heading(p.headings.vision, 14);
  for (const paragraph of p.vision) text(paragraph);

  heading(p.headings.focusAreas, 14);
  for (const area of p.areas) {
    heading(area.title, 12.5);
    for (const paragraph of area.paragraphs) text(paragraph);
    if (!area.positions.length) continue;
    text(p.headings.positions, { bold: true, size: 10.5 });
    area.positions.forEach((position, i) => {
      const notes = position.notes.length ? ` ${position.notes.map((n) => `[${n}]`).join('')}` : '';
      text(`${i + 1}. ${position.text}${notes}`, { indent: 4 * MM });
    });
  }

  doc.addPage();
  text(p.headings.appendix, { bold: true, size: 14 });
  text(p.appendixIntro);
  for (const entry of p.appendix) text(appendixLine(entry, p.language), { indent: 2 * MM });
  pageNumbers(doc, p.language);
}

function pageNumbers(doc: Pdf, language: 'sv' | 'en'): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const label = language === 'en' ? `Page ${i - start + 1} of ${count}` : `Sida ${i - start + 1} av ${count}`;
    doc
      .font(REGULAR)
      .fontSize(8.5)
      .fillColor('#444444')
      .text(label, MARGIN.left, doc.page.height - MARGIN.bottom + 8 * MM, {
        width: doc.page.width - MARGIN.left - MARGIN.right,
        align: 'center',
      });
    doc.page.margins.bottom = bottom;
  }
}
