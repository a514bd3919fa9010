import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import {
  IMPORT_COLUMNS,
  IMPORT_SESSION_FORMATS,
  PARTICIPANT_TYPES,
  type ImportColumn,
  type ImportRecordType,
  type ImportRowError,
  type ImportSessionFormat,
  type ParticipantType,
} from '@samverkan/coverage/contract';
import { startsLikeFormula } from '@samverkan/shared/api-http';
import { FOCUS_AREA_CODES, type FocusAreaCode } from '@samverkan/strategy/contract';
import { MAX_XLSX_UNPACKED_BYTES, readXlsxRows, XlsxTooLargeError, type SheetRow } from './xlsx-rows';

/** Largest file and most rows one import takes: ten years of conferences fit many times over. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

/** One line of the file: its line number (1 = header) and its cells by column. */
export interface RawRow {
  line: number;
  cells: Partial<Record<ImportColumn, string>>;
}

export interface ConferenceRecord {
  line: number;
  key: string;
  title: string;
  startsOn: string;
  endsOn: string;
  venue: string | null;
}

export interface SessionRecord {
  line: number;
  conferenceKey: string;
  title: string;
  format: ImportSessionFormat;
  minutes: number | null;
  focusAreaCodes: FocusAreaCode[];
  signups: number;
}

export interface ParticipantRecord {
  line: number;
  conferenceKey: string;
  organisationType: ParticipantType;
  count: number;
}

export interface ParsedHistory {
  rows: number;
  conferences: ConferenceRecord[];
  sessions: SessionRecord[];
  participants: ParticipantRecord[];
  errors: ImportRowError[];
}

/** Swedish words people write in their own sheets, alongside the codes. */
const RECORD_ALIASES: Record<string, ImportRecordType> = {
  conference: 'conference',
  konferens: 'conference',
  session: 'session',
  programpunkt: 'session',
  tema: 'session',
  participants: 'participants',
  deltagare: 'participants',
};

const TYPE_ALIASES: Record<string, ParticipantType> = {
  ...Object.fromEntries(PARTICIPANT_TYPES.map((t) => [t, t])),
  kommun: 'municipality',
  näringsliv: 'business',
  naringsliv: 'business',
  företag: 'business',
  stat: 'state-agency',
  myndighet: 'state-agency',
  övrigt: 'other',
  övriga: 'other',
  annat: 'other',
};

/** A file refused as a whole before its rows are read: it unpacks to more than `limit` bytes. */
export class HistoryFileTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The file unpacks to more than ${limit} bytes.`);
  }
}

/**
 * Columns of free text, stored and later shown in reports and exports: a cell that a spreadsheet
 * would read as a formula is refused there (the others take only codes, dates and numbers).
 */
const FREE_TEXT_COLUMNS = ['conference', 'title', 'venue'] as const satisfies readonly ImportColumn[];

/** Reads a CSV (comma or semicolon, UTF-8 with or without BOM) or the first sheet of an XLSX into raw rows. */
export async function readHistoryFile(buffer: Buffer, fileName: string): Promise<RawRow[] | ImportRowError[]> {
  const xlsx = /\.xlsx$/i.test(fileName) || buffer.subarray(0, 2).toString('latin1') === 'PK';
  const table = xlsx ? await readXlsx(buffer) : readCsv(buffer);
  if ('errors' in table) return table.errors;
  return toRawRows(table.rows);
}

function readCsv(buffer: Buffer): { rows: Array<{ line: number; values: string[] }> } | { errors: ImportRowError[] } {
  try {
    const records = parse(buffer, {
      bom: true,
      delimiter: delimiterOf(buffer),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      to: MAX_IMPORT_ROWS + 2,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return { rows: records.map(({ record, info }) => ({ line: info.lines, values: record })) };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      errors: [{ line, column: null, code: 'csv-syntax', message: `Filen går inte att läsa som CSV: ${(error as Error).message}` }],
    };
  }
}

/** Semicolon when the header line has semicolons and no commas (Excel in Swedish settings), else comma. */
function delimiterOf(buffer: Buffer): string {
  const header = buffer.subarray(0, 4096).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

async function readXlsx(buffer: Buffer): Promise<{ rows: Array<{ line: number; values: string[] }> } | { errors: ImportRowError[] }> {
  let sheet: SheetRow[] | null;
  try {
    sheet = await readXlsxRows(buffer, MAX_IMPORT_ROWS + 1);
  } catch (error) {
    if (error instanceof XlsxTooLargeError) throw new HistoryFileTooLargeError(MAX_XLSX_UNPACKED_BYTES);
    return { errors: [{ line: 1, column: null, code: 'xlsx-unreadable', message: 'Filen går inte att läsa som XLSX.' }] };
  }
  if (!sheet) return { errors: [{ line: 1, column: null, code: 'xlsx-empty', message: 'Arbetsboken har inget blad.' }] };
  const rows: Array<{ line: number; values: string[] }> = [];
  for (const { line, cells } of sheet) {
    const values: string[] = [];
    for (let column = 0; column < Math.max(cells.length, IMPORT_COLUMNS.length); column++) values.push(cellText(cells[column]));
    if (values.some((v) => v !== '')) rows.push({ line, values });
  }
  return { rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    return '';
  }
  return String(value).trim();
}

function toRawRows(table: Array<{ line: number; values: string[] }>): RawRow[] | ImportRowError[] {
  const [header, ...body] = table;
  if (!header) return [{ line: 1, column: null, code: 'empty', message: 'Filen är tom.' }];
  if (body.length > MAX_IMPORT_ROWS) {
    return [{ line: header.line, column: null, code: 'too-many-rows', message: `Filen har fler än ${MAX_IMPORT_ROWS} rader.` }];
  }
  const columns = header.values.map((name) => name.trim().toLowerCase().replace(/\s+/g, '_'));
  const unknown = columns.filter((name) => name && !(IMPORT_COLUMNS as readonly string[]).includes(name));
  const missing = (['record', 'conference'] as const).filter((name) => !columns.includes(name));
  if (unknown.length || missing.length) {
    return [
      ...unknown.map((name) => ({ line: header.line, column: null, code: 'unknown-column', message: `Okänd kolumn "${name}".` })),
      ...missing.map((name) => ({ line: header.line, column: name, code: 'missing-column', message: `Kolumnen "${name}" saknas.` })),
    ];
  }
  return body.map(({ line, values }) => {
    const cells: RawRow['cells'] = {};
    columns.forEach((name, index) => {
      if (name) cells[name as ImportColumn] = (values[index] ?? '').trim();
    });
    return { line, cells };
  });
}

/**
 * Checks every row and collects every error with its line; also the keys that must be unique in the
 * file (a conference once, a session title once per conference, an organisation type once per
 * conference). `knownConferenceKeys`: past conferences already in the database, which sessions and
 * counts may refer to without a conference row in this file.
 */
export function validateRows(rows: readonly RawRow[], knownConferenceKeys: ReadonlySet<string>): ParsedHistory {
  const result: ParsedHistory = { rows: rows.length, conferences: [], sessions: [], participants: [], errors: [] };
  const error = (line: number, column: ImportColumn | null, code: string, message: string) =>
    result.errors.push({ line, column, code, message });
  const conferenceLines = new Map<string, number>();
  const sessionLines = new Map<string, number>();
  const participantLines = new Map<string, number>();

  for (const { line, cells } of rows) {
    // A row with any error is not planned (nor written).
    const before = result.errors.length;
    const recordText = (cells.record ?? '').toLowerCase();
    const record = RECORD_ALIASES[recordText];
    const key = cells.conference ?? '';
    if (!record) {
      error(line, 'record', 'invalid', `Okänd radtyp "${cells.record ?? ''}": ange conference, session eller participants.`);
      continue;
    }
    for (const column of FREE_TEXT_COLUMNS) {
      const value = cells[column] ?? '';
      if (startsLikeFormula(value)) {
        error(
          line,
          column,
          'formula',
          `Texten börjar med "${value.trimStart().charAt(0)}", som kalkylprogram läser som en formel: ta bort tecknet eller skriv något före det.`,
        );
      }
    }
    if (!key) error(line, 'conference', 'required', 'Ange konferensens nyckel.');
    else if (key.length > 100) error(line, 'conference', 'too-long', 'Konferensens nyckel får ha högst 100 tecken.');

    if (record === 'conference') {
      const title = cells.title ?? '';
      if (!title) error(line, 'title', 'required', 'Ange konferensens titel.');
      else if (title.length > 300) error(line, 'title', 'too-long', 'Titeln får ha högst 300 tecken.');
      const startsOn = cells.starts_on ?? '';
      const endsOn = cells.ends_on || startsOn;
      if (!isDate(startsOn)) error(line, 'starts_on', 'invalid-date', 'Ange startdatum som ÅÅÅÅ-MM-DD.');
      if (cells.ends_on && !isDate(cells.ends_on)) error(line, 'ends_on', 'invalid-date', 'Ange slutdatum som ÅÅÅÅ-MM-DD.');
      else if (isDate(startsOn) && isDate(endsOn) && endsOn < startsOn)
        error(line, 'ends_on', 'before-start', 'Slutdatum är före startdatum.');
      const venue = cells.venue || null;
      if (venue && venue.length > 300) error(line, 'venue', 'too-long', 'Platsen får ha högst 300 tecken.');
      if (key && conferenceLines.has(key)) {
        error(line, 'conference', 'duplicate', `Konferensen "${key}" finns redan på rad ${conferenceLines.get(key)}.`);
      } else if (key) conferenceLines.set(key, line);
      if (result.errors.length === before) result.conferences.push({ line, key, title, startsOn, endsOn, venue });
      continue;
    }
    if (record === 'session') {
      const title = cells.title ?? '';
      if (!title) error(line, 'title', 'required', 'Ange programpunktens titel.');
      else if (title.length > 300) error(line, 'title', 'too-long', 'Titeln får ha högst 300 tecken.');
      const formatText = (cells.format || (recordText === 'tema' ? 'theme' : '')).toLowerCase();
      const format = (IMPORT_SESSION_FORMATS as readonly string[]).includes(formatText) ? (formatText as ImportSessionFormat) : null;
      if (!format) error(line, 'format', 'invalid', `Okänd form "${cells.format ?? ''}": ange ${IMPORT_SESSION_FORMATS.join(', ')}.`);
      let minutes: number | null = null;
      if (cells.minutes) {
        minutes = wholeNumber(cells.minutes);
        if (minutes === null || minutes > 10_000) error(line, 'minutes', 'invalid', 'Ange minuter som ett heltal 0–10000.');
      } else if (format && format !== 'theme') {
        error(line, 'minutes', 'required', 'Ange programpunktens längd i minuter.');
      }
      const codes = (cells.focus_areas ?? '')
        .split(/[\s,;|]+/)
        .map((code) => code.trim().toLowerCase())
        .filter(Boolean);
      const unknownCodes = codes.filter((code) => !(FOCUS_AREA_CODES as readonly string[]).includes(code));
      if (unknownCodes.length) {
        error(
          line,
          'focus_areas',
          'unknown-focus-area',
          `Okänt fokusområde: ${unknownCodes.join(', ')}. Ange ${FOCUS_AREA_CODES.join(', ')}.`,
        );
      }
      const signups = cells.signups ? wholeNumber(cells.signups) : 0;
      if (signups === null) error(line, 'signups', 'invalid', 'Ange anmälningar som ett heltal, 0 eller mer.');
      const sessionKey = `${key}\u0000${title.toLowerCase()}`;
      if (key && title && sessionLines.has(sessionKey)) {
        error(line, 'title', 'duplicate', `Programpunkten finns redan på rad ${sessionLines.get(sessionKey)}.`);
      } else if (key && title) sessionLines.set(sessionKey, line);
      if (result.errors.length === before) {
        result.sessions.push({
          line,
          conferenceKey: key,
          title,
          format: format as ImportSessionFormat,
          minutes: format === 'theme' ? null : minutes,
          focusAreaCodes: [...new Set(codes)] as FocusAreaCode[],
          signups: signups ?? 0,
        });
      }
      continue;
    }
    // participants
    const type = TYPE_ALIASES[(cells.organisation_type ?? '').toLowerCase()];
    if (!type) {
      error(
        line,
        'organisation_type',
        'invalid',
        `Okänd organisationstyp "${cells.organisation_type ?? ''}": ange ${PARTICIPANT_TYPES.join(', ')}.`,
      );
    }
    const count = wholeNumber(cells.count ?? '');
    if (count === null) error(line, 'count', 'invalid', 'Ange antalet deltagare som ett heltal, 0 eller mer.');
    const countKey = `${key}\u0000${type}`;
    if (key && type && participantLines.has(countKey)) {
      error(
        line,
        'organisation_type',
        'duplicate',
        `Organisationstypen finns redan för konferensen på rad ${participantLines.get(countKey)}.`,
      );
    } else if (key && type) participantLines.set(countKey, line);
    if (result.errors.length === before)
      result.participants.push({ line, conferenceKey: key, organisationType: type, count: count as number });
  }

  // References last, so a conference row may come after its sessions.
  for (const row of [...result.sessions, ...result.participants]) {
    if (!conferenceLines.has(row.conferenceKey) && !knownConferenceKeys.has(row.conferenceKey)) {
      error(row.line, 'conference', 'unknown-conference', `Konferensen "${row.conferenceKey}" finns varken i filen eller sedan tidigare.`);
    }
  }
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= '1950-01-01' && value <= '2100-12-31';
}

function wholeNumber(value: string): number | null {
  return /^\d{1,7}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** Every key a file's sessions and counts refer to. */
export function referencedKeys(rows: readonly RawRow[]): string[] {
  return [...new Set(rows.map((row) => row.cells.conference ?? '').filter(Boolean))];
}
