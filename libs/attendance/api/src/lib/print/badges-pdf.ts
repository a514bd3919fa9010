import { badgePosition, cropMarks, mm } from './badge-layout';
import { layoutBadgeText, type BadgeField } from './badge-text';
import { createPdf, measureIn, pdfBuffer, type Pdf } from '@samverkan/shared/api-pdf';
import { darkRuns, qrMatrix } from './qr-modules';
import type { Box } from './badge-layout';

export interface BadgePerson {
  firstName: string;
  lastName: string;
  organisationName: string;
  /** The check-in code the QR code holds. */
  checkInCode: string;
}

const PADDING = mm(5);
const QR_SIZE = mm(24);
const QR_GAP = mm(3);
const HEADER_SIZE = 7;

/** Name badges, 8 to an A4 sheet with crop marks, each with the person's check-in code as a QR code. */
export function badgesPdf(conferenceTitle: string, people: readonly BadgePerson[]): Promise<Buffer> {
  const doc = createPdf(`Namnbrickor – ${conferenceTitle}`);
  return pdfBuffer(doc, () => {
    if (!people.length) {
      doc.addPage();
      doc.font('Helvetica').fontSize(12).text('Inga bekräftade deltagare. / No confirmed participants.', mm(20), mm(20));
      return;
    }
    const measure = measureIn(doc);
    let page = -1;
    people.forEach((person, index) => {
      const position = badgePosition(index);
      if (position.page !== page) {
        doc.addPage();
        drawCropMarks(doc);
        page = position.page;
      }
      drawBadge(doc, measure, conferenceTitle, person, position.box);
    });
  });
}

function drawCropMarks(doc: Pdf): void {
  doc.save().lineWidth(0.4).strokeColor('#666666');
  for (const line of cropMarks()) doc.moveTo(line.x1, line.y1).lineTo(line.x2, line.y2);
  doc.stroke().restore();
}

function drawBadge(doc: Pdf, measure: ReturnType<typeof measureIn>, conferenceTitle: string, person: BadgePerson, box: Box): void {
  // A faint outline helps where the sheet is cut by hand; the crop marks give the exact lines.
  doc.save().lineWidth(0.3).strokeColor('#cccccc').rect(box.x, box.y, box.width, box.height).stroke().restore();
  const inner = { x: box.x + PADDING, y: box.y + PADDING, width: box.width - 2 * PADDING, height: box.height - 2 * PADDING };

  const header = layoutBadgeText(
    [{ text: conferenceTitle, font: 'Helvetica', limits: { maxSize: HEADER_SIZE, minSize: 5, maxLines: 1, floorSize: 5 }, gapAfter: 0 }],
    measure,
    inner.width,
    HEADER_SIZE * 3,
  );
  doc.fillColor('#555555');
  for (const line of header) doc.font(line.font).fontSize(line.size).text(line.text, inner.x, inner.y + line.y, { lineBreak: false });
  const headerHeight = header.length ? Math.max(...header.map((l) => l.y + l.size * 1.15)) + mm(2) : 0;

  const qrX = inner.x + inner.width - QR_SIZE;
  const qrY = inner.y + inner.height - QR_SIZE;
  drawQr(doc, person.checkInCode, qrX, qrY, QR_SIZE);

  const textBox = { x: inner.x, y: inner.y + headerHeight, width: inner.width - QR_SIZE - QR_GAP, height: inner.height - headerHeight };
  const fields: BadgeField[] = [
    { text: person.firstName, font: 'Helvetica-Bold', limits: { maxSize: 24, minSize: 14, maxLines: 2, floorSize: 9 }, gapAfter: 2 },
    { text: person.lastName, font: 'Helvetica', limits: { maxSize: 15, minSize: 11, maxLines: 2, floorSize: 8 }, gapAfter: 6 },
    { text: person.organisationName, font: 'Helvetica', limits: { maxSize: 10, minSize: 8, maxLines: 3, floorSize: 6 }, gapAfter: 0 },
  ];
  const lines = layoutBadgeText(fields, measure, textBox.width, textBox.height);
  doc.fillColor('#000000');
  for (const line of lines) {
    doc.font(line.font).fontSize(line.size).text(line.text, textBox.x, textBox.y + line.y, { lineBreak: false });
  }
}

function drawQr(doc: Pdf, code: string, x: number, y: number, size: number): void {
  const qr = qrMatrix(code);
  const unit = size / qr.size;
  doc.save().fillColor('#000000');
  for (const run of darkRuns(qr)) {
    // A hair of overlap so no white seam shows between neighbouring rows in a viewer.
    doc.rect(x + run.column * unit, y + run.row * unit, run.length * unit, unit + 0.05);
  }
  doc.fill().restore();
}
