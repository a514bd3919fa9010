import { mm } from './badge-layout';
import { groupByOrganisation, type ListedPerson } from './attendee-groups';
import { createPdf, measureIn, pdfBuffer, type Pdf } from '@samverkan/shared/api-pdf';
import { wrap } from './text-fit';

export interface AttendeeListInput {
  conferenceTitle: string;
  /** "14 april 2026 – 15 april 2026" (Stockholm). */
  days: string;
  venue: string | null;
  people: readonly ListedPerson[];
}

const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = { left: mm(18), right: mm(18), top: mm(30), bottom: mm(18) };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOX = 10;
const NAME_X = MARGIN.left + BOX + 8;
const SIGN_WIDTH = mm(60);
const NAME_WIDTH = CONTENT_WIDTH - (NAME_X - MARGIN.left) - SIGN_WIDTH - mm(6);
const NAME_SIZE = 10;
const ROW = 22;

/**
 * The printed attendee list for the door: grouped by organisation (a heading each, repeated with
 * "forts." when a group goes on over a page), one row per person with a box to tick and a line to
 * sign; every page has the conference, its dates and "Sida x av y".
 */
export function attendeeListPdf(input: AttendeeListInput): Promise<Buffer> {
  const doc = createPdf(`Deltagarlista – ${input.conferenceTitle}`, 'sv', true);
  return pdfBuffer(doc, () => {
    const measure = measureIn(doc)('Helvetica');
    const groups = groupByOrganisation(input.people);
    let y = newPage(doc, input);
    if (!groups.length) {
      doc.font('Helvetica').fontSize(11).fillColor('#000000').text('Inga bekräftade deltagare.', MARGIN.left, y, { lineBreak: false });
    }
    const bottom = PAGE.height - MARGIN.bottom;
    for (const group of groups) {
      // A heading never stands alone at the foot of a page.
      if (y + 20 + ROW > bottom) y = newPage(doc, input);
      y = heading(doc, group.organisationName, group.people.length, y, false);
      for (const person of group.people) {
        const lines = wrap(`${person.lastName}, ${person.firstName}`.normalize('NFC'), measure, NAME_SIZE, NAME_WIDTH);
        const height = Math.max(ROW, lines.length * NAME_SIZE * 1.2 + 10);
        if (y + height > bottom) {
          y = newPage(doc, input);
          y = heading(doc, group.organisationName, group.people.length, y, true);
        }
        row(doc, lines, y, height);
        y += height;
      }
      y += 8;
    }
    const pages = doc.bufferedPageRange();
    for (let i = 0; i < pages.count; i++) {
      doc.switchToPage(pages.start + i);
      const label = `Sida ${i + 1} av ${pages.count}`;
      doc.font('Helvetica').fontSize(8).fillColor('#333333');
      doc.text(label, PAGE.width - MARGIN.right - doc.widthOfString(label), PAGE.height - mm(12), { lineBreak: false });
    }
  });
}

function newPage(doc: Pdf, input: AttendeeListInput): number {
  doc.addPage();
  const measure = measureIn(doc)('Helvetica-Bold');
  const titleLines = wrap(`Deltagarlista – ${input.conferenceTitle}`.normalize('NFC'), measure, 13, CONTENT_WIDTH);
  let y = mm(12);
  doc.font('Helvetica-Bold').fontSize(13).fillColor('#000000');
  for (const line of titleLines.slice(0, 2)) {
    doc.text(line, MARGIN.left, y, { lineBreak: false });
    y += 15;
  }
  const details = input.venue ? `${input.days}, ${input.venue}` : input.days;
  doc.font('Helvetica').fontSize(9).fillColor('#333333').text(details.normalize('NFC'), MARGIN.left, y + 1, { lineBreak: false, width: CONTENT_WIDTH });
  y += 14;
  doc.save().lineWidth(0.5).strokeColor('#999999').moveTo(MARGIN.left, y).lineTo(PAGE.width - MARGIN.right, y).stroke().restore();
  return Math.max(y + 10, MARGIN.top);
}

function heading(doc: Pdf, organisation: string, count: number, y: number, continued: boolean): number {
  const measure = measureIn(doc)('Helvetica-Bold');
  const text = `${organisation}${continued ? ' (forts.)' : ''} (${count})`.normalize('NFC');
  const lines = wrap(text, measure, 11, CONTENT_WIDTH);
  doc.font('Helvetica-Bold').fontSize(11).fillColor('#000000');
  for (const line of lines) {
    doc.text(line, MARGIN.left, y, { lineBreak: false });
    y += 13;
  }
  doc.font('Helvetica').fontSize(7).fillColor('#555555').text('Signatur', PAGE.width - MARGIN.right - SIGN_WIDTH, y - 11, { lineBreak: false });
  return y + 4;
}

function row(doc: Pdf, lines: string[], y: number, height: number): void {
  doc.save().lineWidth(0.7).strokeColor('#000000').rect(MARGIN.left, y + 4, BOX, BOX).stroke().restore();
  doc.font('Helvetica').fontSize(NAME_SIZE).fillColor('#000000');
  lines.forEach((line, i) => doc.text(line, NAME_X, y + 5 + i * NAME_SIZE * 1.2, { lineBreak: false }));
  const signY = y + height - 5;
  doc.save().lineWidth(0.4).strokeColor('#777777');
  doc.moveTo(PAGE.width - MARGIN.right - SIGN_WIDTH, signY).lineTo(PAGE.width - MARGIN.right, signY).stroke().restore();
}
