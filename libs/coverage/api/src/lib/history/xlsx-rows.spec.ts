import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MAX_XLSX_UNPACKED_BYTES, readXlsxRows, XlsxTooLargeError } from './xlsx-rows';

const UPLOAD_LIMIT = 2 * 1024 * 1024;

async function workbook(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Historik');
  sheet.addRow(['record', 'conference', 'title']);
  for (let i = 1; i <= rows; i++) sheet.addRow(['session', 'k1', `Pass ${i}`]);
  book.addWorksheet('Annat').addRow(['inte', 'läst']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same workbook with its first sheet's XML replaced. */
async function withSheetXml(buffer: Buffer, xml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  zip.file('xl/worksheets/sheet1.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

const row = (n: number) =>
  `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>session</t></is></c><c r="B${n}" t="inlineStr"><is><t>k${n}</t></is></c></row>`;

describe('readXlsxRows', () => {
  it('reads the rows of the first sheet with their numbers', async () => {
    const rows = await readXlsxRows(await workbook(3), 100);
    expect(rows?.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(rows?.[3].cells).toEqual(['session', 'k1', 'Pass 3']);
  });

  it('reads a workbook whose parts come in any order, a sheet before workbook.xml included', async () => {
    const source = await JSZip.loadAsync(await workbook(2));
    const names = Object.keys(source.files).filter((name) => !source.files[name].dir);
    // Shared strings and relationships first, then the sheets, workbook.xml last (seen from exceljs's own writer).
    const late = (name: string) => (name === 'xl/workbook.xml' ? 2 : name.startsWith('xl/worksheets/') ? 1 : 0);
    const reordered = new JSZip();
    for (const name of [...names].sort((a, b) => late(a) - late(b))) reordered.file(name, await source.files[name].async('nodebuffer'));
    const buffer = await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const rows = await readXlsxRows(buffer, 100);
    expect(rows?.map((r) => r.cells[2])).toEqual(['title', 'Pass 1', 'Pass 2']);
  });

  it('stops reading at the row cap: what follows is never parsed', async () => {
    // 20 000 rows (some megabytes of XML, read in many chunks), then XML that a full parse would choke on.
    const body = Array.from({ length: 20_000 }, (_, i) => row(i + 1)).join('') + '<row r="20001"><c r="A20001"><v>&broken;</oops>';
    const buffer = await withSheetXml(await workbook(1), sheetXml(body));
    const rows = await readXlsxRows(buffer, 10);
    expect(rows).toHaveLength(11); // one past the cap: the caller knows there are too many
    expect(rows?.at(-1)?.cells).toEqual(['session', 'k11']);
  });

  it('refuses a small upload that unpacks to more than the limit, before parsing it', async () => {
    // Seven hundred thousand identical rows: a few hundred kB packed, far over the limit unpacked.
    const many = Array.from({ length: 1000 }, () => '<row><c t="inlineStr"><is><t>session</t></is></c></row>').join('');
    const buffer = await withSheetXml(await workbook(1), sheetXml(many.repeat(700)));
    expect(buffer.length).toBeLessThan(UPLOAD_LIMIT);
    const refused = await readXlsxRows(buffer, 20_000).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(XlsxTooLargeError);
    expect((refused as XlsxTooLargeError).bytes).toBeGreaterThan(MAX_XLSX_UNPACKED_BYTES);
  });

  it('refuses a file that declares small sizes but inflates to more (counted, not trusted)', async () => {
    const many = Array.from({ length: 1000 }, () => '<row><c t="inlineStr"><is><t>session</t></is></c></row>').join('');
    const buffer = await withSheetXml(await workbook(1), sheetXml(many.repeat(700)));
    // Rewrite the sheet's uncompressed size to 1 kB in its local header and in the central directory.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    let patched = 0;
    for (let at = buffer.indexOf('PK'); at >= 0; at = buffer.indexOf('PK', at + 1)) {
      const signature = buffer.readUInt32LE(at);
      if (signature === 0x04034b50 && buffer.subarray(at + 30, at + 30 + name.length).equals(name)) {
        buffer.writeUInt32LE(1024, at + 22);
        patched++;
      } else if (signature === 0x02014b50 && buffer.subarray(at + 46, at + 46 + name.length).equals(name)) {
        buffer.writeUInt32LE(1024, at + 24);
        patched++;
      }
    }
    expect(patched).toBe(2);
    const refused = await readXlsxRows(buffer, 20_000).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(XlsxTooLargeError);
  });

  it('answers null for a workbook without sheets, and throws for what is no zip at all', async () => {
    const zip = await JSZip.loadAsync(await workbook(1));
    zip.remove('xl/worksheets/sheet1.xml');
    zip.remove('xl/worksheets/sheet2.xml');
    expect(await readXlsxRows(await zip.generateAsync({ type: 'nodebuffer' }), 10)).toBeNull();
    await expect(readXlsxRows(Buffer.from('PK-not-really-a-zip'), 10)).rejects.toThrow();
  });
});
