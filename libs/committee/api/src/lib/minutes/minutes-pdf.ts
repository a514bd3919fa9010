import { createPdf, pdfBuffer, pdfFont, type Pdf } from '@samverkan/shared/api-pdf';
import type { MinutesLayout, MinutesParagraph } from './minutes-layout';

const MM = 72 / 25.4;
const MARGIN = { top: 22 * MM, bottom: 22 * MM, left: 25 * MM, right: 25 * MM };
const REGULAR = 'minutes-regular';
const BOLD = 'minutes-bold';
const INK = '#000000';
const MUTED = '#444444';

/**
 * The minutes as an A4 PDF, set in an embedded TrueType font (Roboto, so å ä ö, ł and the dashes are
 * drawn and extracted right); pdfkit flows the text and starts new pages, and every page gets its
 * number ("Sida 2 av 3") once the text is set.
 */
export function minutesPdf(layout: MinutesLayout): Promise<Buffer> {
  const doc = createPdf(layout.documentTitle, 'sv', true, { margins: MARGIN, author: layout.association });
  doc.registerFont(REGULAR, pdfFont('regular'));
  doc.registerFont(BOLD, pdfFont('bold'));
  return pdfBuffer(doc, (pdf) => draw(pdf, layout));
}

function draw(doc: Pdf, layout: MinutesLayout): void {
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  doc.font(REGULAR).fontSize(10).fillColor(MUTED).text(layout.association, { width });
  doc.moveDown(0.6);
  doc.font(BOLD).fontSize(18).fillColor(INK).text(layout.heading, { width });
  doc.moveDown(0.8);
  for (const fact of layout.facts) paragraph(doc, fact, width, 10.5);
  for (const section of layout.sections) {
    doc.moveDown(0.9);
    // Keep a section's heading with at least its first lines.
    if (doc.y > doc.page.height - MARGIN.bottom - 60) doc.addPage();
    doc.font(BOLD).fontSize(12).fillColor(INK).text(`${section.number}  ${section.title}`, { width });
    doc.moveDown(0.3);
    for (const p of section.paragraphs) paragraph(doc, p, width, 10.5);
  }
  doc.moveDown(1.5);
  if (doc.y > doc.page.height - MARGIN.bottom - 80) doc.addPage();
  doc.font(BOLD).fontSize(12).fillColor(INK).text('Justering', { width });
  doc.moveDown(0.3);
  for (const s of layout.signatures) paragraph(doc, s, width, 10.5);
  pageNumbers(doc);
}

function paragraph(doc: Pdf, p: MinutesParagraph, width: number, size: number): void {
  doc.fontSize(size).fillColor(INK);
  if (p.label) {
    doc.font(BOLD).text(`${p.label}: `, { width, continued: true });
    doc.font(REGULAR).text(p.text);
  } else {
    doc.font(REGULAR).text(p.text, { width });
  }
  doc.moveDown(0.25);
}

function pageNumbers(doc: Pdf): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN.bottom + 8 * MM;
    // Drawn below the bottom margin: lift the margin so pdfkit does not start a new page for it.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(`Sida ${i - start + 1} av ${count}`, MARGIN.left, y, {
        width: doc.page.width - MARGIN.left - MARGIN.right,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
