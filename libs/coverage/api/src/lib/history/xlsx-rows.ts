import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { Open, Parse, type Entry } from 'unzipper';

/**
 * Most bytes the parts of an XLSX may unpack to. A history file of 20 000 rows unpacks to about
 * 10 MB; an upload of at most 2 MB that unpacks to more is a zip bomb or not a history file.
 */
export const MAX_XLSX_UNPACKED_BYTES = 32 * 1024 * 1024;

/** The workbook unpacks to more than MAX_XLSX_UNPACKED_BYTES: refused before its rows are read. */
export class XlsxTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`The workbook unpacks to more than ${MAX_XLSX_UNPACKED_BYTES} bytes.`);
  }
}

/** One row of the sheet: its number in the sheet and its cells. */
export interface SheetRow {
  line: number;
  cells: ExcelJS.CellValue[];
}

/**
 * The rows of an XLSX file's first sheet, at most `maxRows` rows with values (one more tells the caller the
 * file has too many). The file's size is checked before anything is parsed: first the sizes its
 * central directory declares (nothing inflated), then what its parts really inflate to, counted and
 * stopped at the limit, with the same streaming unzip the reader uses, so a file that lies about its
 * sizes is caught too. The sheet is then read as a stream and reading stops at the row cap. Throws
 * XlsxTooLargeError for a file over the limit; other errors mean the file is no readable workbook.
 * Returns null when the workbook has no sheet.
 */
export async function readXlsxRows(buffer: Buffer, maxRows: number): Promise<SheetRow[] | null> {
  const directory = await Open.buffer(buffer);
  const declared = directory.files.reduce((sum, file) => sum + file.uncompressedSize, 0);
  if (declared > MAX_XLSX_UNPACKED_BYTES) throw new XlsxTooLargeError(declared);
  const unpacked = await unpackedSize(buffer, MAX_XLSX_UNPACKED_BYTES);
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) throw new XlsxTooLargeError(unpacked);

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date format
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  // exceljs reads the sheet's name from xl/workbook.xml; a zip that has a sheet after the shared strings and
  // relationships but before workbook.xml (exceljs itself writes its parts in no fixed order) made it read
  // `sheets` of an undefined model. An empty model lets the sheet through; workbook.xml replaces it later.
  Object.assign(reader, { model: { sheets: [] } });
  for await (const sheet of reader) {
    const rows: SheetRow[] = [];
    for await (const row of sheet) {
      if (!row.hasValues) continue;
      rows.push({ line: row.number, cells: Array.isArray(row.values) ? row.values.slice(1) : [] });
      if (rows.length > maxRows) break;
    }
    return rows; // the first sheet only
  }
  return null;
}

/** The bytes the file's parts inflate to, counted as they stream and no further than just past `limit`. */
async function unpackedSize(buffer: Buffer, limit: number): Promise<number> {
  const zip = Readable.from([buffer]).pipe(Parse({ forceStream: true }));
  let total = 0;
  try {
    for await (const entry of zip as AsyncIterable<Entry>) {
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > limit) return total;
      }
    }
    return total;
  } finally {
    zip.destroy();
  }
}
