import { mm } from './badge-layout';
import type { CertificateText } from './certificate-text';
import { createPdf, measureIn, pdfBuffer, type Pdf } from '@samverkan/shared/api-pdf';
import { fitText, wrap } from './text-fit';

const PAGE = { width: mm(210), height: mm(297) };
const LEFT = mm(25);
const WIDTH = PAGE.width - 2 * LEFT;

/** A one-page certificate of attendance (long lists of programme items go on to a second page). */
export function certificatePdf(text: CertificateText, language: 'sv' | 'en'): Promise<Buffer> {
  const doc = createPdf(`${text.heading} – ${text.name}`, language);
  return pdfBuffer(doc, () => {
    const measure = measureIn(doc);
    doc.addPage();
    doc.save().lineWidth(1.5).strokeColor('#1f4e79').rect(mm(12), mm(12), PAGE.width - mm(24), PAGE.height - mm(24)).stroke().restore();
    let y = mm(30);
    y = centred(doc, text.issuer, 'Helvetica', 12, y, '#1f4e79');
    y += mm(12);
    y = centred(doc, text.heading, 'Helvetica-Bold', 26, y);
    y += mm(14);
    const name = fitText(text.name, measure('Helvetica-Bold'), { maxWidth: WIDTH, maxSize: 22, minSize: 14, maxLines: 3, floorSize: 10 });
    for (const line of name.lines) y = centred(doc, line, 'Helvetica-Bold', name.size, y);
    y = centred(doc, text.organisation, 'Helvetica', 12, y + 4, '#333333');
    y += mm(10);
    y = centred(doc, text.statement, 'Helvetica', 12, y);
    y += 6;
    y = centred(doc, text.conferenceTitle, 'Helvetica-Bold', 16, y);
    y += 4;
    y = centred(doc, text.when, 'Helvetica', 12, y);
    if (text.where) y = centred(doc, text.where, 'Helvetica', 11, y + 2, '#333333');
    if (text.sessionsHeading) {
      y += mm(10);
      doc.font('Helvetica-Bold').fontSize(12).fillColor('#000000').text(text.sessionsHeading, LEFT, y, { lineBreak: false });
      y += 18;
      for (const session of text.sessions) {
        const lines = wrap(`•  ${session}`.normalize('NFC'), measure('Helvetica'), 10.5, WIDTH);
        if (y + lines.length * 13 > PAGE.height - mm(45)) {
          doc.addPage();
          y = mm(25);
        }
        doc.font('Helvetica').fontSize(10.5).fillColor('#000000');
        lines.forEach((line, i) => doc.text(line, LEFT + (i ? 12 : 0), y + i * 13, { lineBreak: false }));
        y += lines.length * 13 + 3;
      }
    }
    const footY = PAGE.height - mm(38);
    doc.save().lineWidth(0.5).strokeColor('#999999').moveTo(LEFT, footY).lineTo(LEFT + mm(70), footY).stroke().restore();
    doc.font('Helvetica').fontSize(10).fillColor('#000000').text(text.issuer, LEFT, footY + 5, { lineBreak: false });
    doc.font('Helvetica').fontSize(9).fillColor('#333333').text(text.issued, LEFT, footY + 19, { lineBreak: false });
  });
}

function centred(doc: Pdf, value: string, font: string, size: number, y: number, color = '#000000'): number {
  const lines = wrap(value.normalize('NFC'), (t, s) => doc.font(font).fontSize(s).widthOfString(t), size, WIDTH);
  doc.font(font).fontSize(size).fillColor(color);
  for (const line of lines) {
    doc.text(line, LEFT + (WIDTH - doc.widthOfString(line)) / 2, y, { lineBreak: false });
    y += size * 1.25;
  }
  return y;
}
