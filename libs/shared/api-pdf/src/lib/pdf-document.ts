import PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

export interface PdfLayout {
  /** Page margins in points (default none: the drawing places everything itself). */
  margins?: { top: number; bottom: number; left: number; right: number };
  /** The document's author in its properties (default the association). */
  author?: string;
}

/**
 * An A4 pdfkit document with the standard fonts (WinAnsi: å ä ö é and the other western letters);
 * register `pdfFont` for text beyond them. Pages are added by the caller unless margins are given.
 */
export function createPdf(title: string, language: 'sv' | 'en' = 'sv', bufferPages = false, layout: PdfLayout = {}): Pdf {
  return new PDFDocument({
    size: 'A4',
    ...(layout.margins ? { margins: layout.margins } : { margin: 0, autoFirstPage: false }),
    bufferPages,
    lang: language === 'en' ? 'en-GB' : 'sv-SE',
    info: { Title: title, Author: layout.author ?? 'Svenska Industrikommuner', Creator: 'Samverkan' },
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

/**
 * Width measure for fitting text, in the given font. A text's width grows linearly with the size, so
 * each text is measured once at size 1 (fitting tries many sizes; a thousand badges measure a lot).
 */
export function measureIn(doc: Pdf): (font: string) => (text: string, size: number) => number {
  const unitWidths = new Map<string, number>();
  return (font) => (text, size) => {
    const key = `${font}\u0000${text}`;
    let unit = unitWidths.get(key);
    if (unit === undefined) {
      unit = doc.font(font).fontSize(1).widthOfString(text);
      unitWidths.set(key, unit);
    }
    return unit * size;
  };
}
