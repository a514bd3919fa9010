import PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

/** An A4 pdfkit document with the standard fonts (WinAnsi: å ä ö é and the other western letters). */
export function createPdf(title: string, language: 'sv' | 'en' = 'sv', bufferPages = false): Pdf {
  return new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    bufferPages,
    lang: language === 'en' ? 'en-GB' : 'sv-SE',
    info: { Title: title, Author: 'Svenska Industrikommuner', Creator: 'Samverkan' },
  });
}

/** Ends the document and collects its bytes. */
export function pdfBuffer(doc: Pdf, draw: (doc: Pdf) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

/** Width measure for fitting text, in the given font. */
export const measureIn =
  (doc: Pdf) =>
  (font: string) =>
  (text: string, size: number): number =>
    doc.font(font).fontSize(size).widthOfString(text);
