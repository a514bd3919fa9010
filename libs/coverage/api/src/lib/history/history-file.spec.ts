import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHistoryFile, validateRows, type RawRow } from './history-file';
import { planImport } from './history-import.service';

const header = 'record,conference,title,starts_on,ends_on,venue,format,minutes,focus_areas,signups,organisation_type,count';

async function rows(text: string): Promise<RawRow[]> {
  const result = await readHistoryFile(Buffer.from(text), 'h.csv');
  if (result.length && 'code' in result[0]) throw new Error(JSON.stringify(result));
  return result as RawRow[];
}

describe('history file', () => {
  it('reads CSV with a BOM, semicolons, quoted cells and Swedish aliases, with file line numbers', async () => {
    const raw = await rows(
      '\uFEFFrecord;conference;title;starts_on;format;minutes;focus_areas;organisation_type;count\n' +
        'konferens;k1;"Vår; 2019";2019-04-10;;;;;\n\n' +
        'programpunkt;k1;Pass;;seminar;45;"skills, cooperation";;\n' +
        'deltagare;k1;;;;;;näringsliv;12\n',
    );
    expect(raw.map((r) => r.line)).toEqual([2, 4, 5]);
    const parsed = validateRows(raw, new Set());
    expect(parsed.errors).toEqual([]);
    expect(parsed.conferences).toEqual([
      { line: 2, key: 'k1', title: 'Vår; 2019', startsOn: '2019-04-10', endsOn: '2019-04-10', venue: null },
    ]);
    expect(parsed.sessions[0]).toMatchObject({ format: 'seminar', minutes: 45, focusAreaCodes: ['skills', 'cooperation'], signups: 0 });
    expect(parsed.participants).toEqual([{ line: 5, conferenceKey: 'k1', organisationType: 'business', count: 12 }]);
  });

  it('accepts the documented example file', async () => {
    const example = readFileSync(join(__dirname, '../../../../../../docs/import/history-example.csv'));
    const parsed = validateRows((await readHistoryFile(example, 'history-example.csv')) as RawRow[], new Set());
    expect(parsed.errors).toEqual([]);
    expect([parsed.conferences.length, parsed.sessions.length, parsed.participants.length]).toEqual([2, 8, 9]);
  });

  it('collects every error with its line, including duplicates and references to unknown conferences', async () => {
    const raw = await rows(
      [
        header,
        'conference,k1,,2019-13-01,,,,,,,,',
        'conference,k1,Igen,2019-05-01,2019-04-01,,,,,,,',
        'session,k1,Pass,,,,dance,30,,,,',
        'session,k1,Pass,,,,seminar,x,skills,-1,,',
        'session,k9,Annat,,,,theme,,skills,,,',
        'participants,k1,,,,,,,,,region,1.5',
      ].join('\n'),
    );
    const parsed = validateRows(raw, new Set(['k0']));
    expect(parsed.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'title', 'required'],
      [2, 'starts_on', 'invalid-date'],
      [3, 'ends_on', 'before-start'],
      [3, 'conference', 'duplicate'],
      [4, 'format', 'invalid'],
      [5, 'minutes', 'invalid'],
      [5, 'signups', 'invalid'],
      [5, 'title', 'duplicate'],
      [6, 'conference', 'unknown-conference'],
      [7, 'count', 'invalid'],
    ]);
  });

  it('refuses key, title and venue cells a spreadsheet would read as a formula, by line and column', async () => {
    const raw = await rows(
      [
        header,
        'conference,=k1,"=HYPERLINK(""http://evil.example"",""x"")",2019-04-10,,@Finspång,,,,,,',
        'session,k0,"\t+1+1",,,,seminar,30,skills,,,',
        'session,k0,－1,,,,seminar,30,skills,,,',
        'session,k0,Före - efter,,,,seminar,30,skills,,,',
      ].join('\n'),
    );
    const parsed = validateRows(raw, new Set(['k0']));
    expect(parsed.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'conference', 'formula'],
      [2, 'title', 'formula'],
      [2, 'venue', 'formula'],
      [3, 'title', 'formula'],
      [4, 'title', 'formula'],
    ]);
    expect(parsed.errors[2].message).toMatch(/^Texten börjar med "@"/);
    expect(parsed.sessions.map((s) => s.title)).toEqual(['Före - efter']);
  });

  it('refuses unknown and missing columns on the header line, and an empty file', async () => {
    expect(await readHistoryFile(Buffer.from('record,colour\n'), 'h.csv')).toEqual([
      expect.objectContaining({ line: 1, code: 'unknown-column' }),
      expect.objectContaining({ line: 1, column: 'conference', code: 'missing-column' }),
    ]);
    expect(await readHistoryFile(Buffer.from(''), 'h.csv')).toEqual([expect.objectContaining({ code: 'empty' })]);
    expect(await readHistoryFile(Buffer.from('PK-not-really-a-zip'), 'h.xlsx')).toEqual([
      expect.objectContaining({ code: 'xlsx-unreadable' }),
    ]);
  });

  it('reads the first sheet of an XLSX file, dates as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Historik');
    sheet.addRow(header.split(','));
    sheet.addRow(['conference', 'k1', 'Höst', new Date('2018-10-03T00:00:00Z')]);
    sheet.addRow(['participants', 'k1', '', '', '', '', '', '', '', '', 'stat', 3]);
    const raw = (await readHistoryFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'h.xlsx')) as RawRow[];
    const parsed = validateRows(raw, new Set());
    expect(parsed.errors).toEqual([]);
    expect(parsed.conferences[0]).toMatchObject({ startsOn: '2018-10-03', line: 2 });
    expect(parsed.participants[0]).toMatchObject({ organisationType: 'state-agency', count: 3, line: 3 });
  });

  it('plans created, updated and unchanged rows against what is stored', async () => {
    const parsed = validateRows(
      await rows(
        [
          header,
          'conference,k1,Vår,2019-04-10,,,,,,,,',
          'session,k1,Pass,,,,seminar,45,skills,,,',
          'participants,k1,,,,,,,,,region,4',
        ].join('\n'),
      ),
      new Set(),
    );
    const stored = [{ id: 'id1', import_key: 'k1', title: 'Vår', starts_on: '2019-04-10', ends_on: '2019-04-10', venue: null }];
    const same = planImport(
      parsed,
      stored,
      [{ past_conference_id: 'id1', title: 'Pass', format: 'seminar', minutes: 45, focus_area_codes: ['skills'], signups: 0 }],
      [{ past_conference_id: 'id1', organisation_type: 'region', count: 4 }],
    );
    expect(same).toMatchObject({ conferences: { unchanged: 1 }, sessions: { unchanged: 1 }, participants: { unchanged: 1 } });
    expect(same.preview[0].change).toBe('unchanged');
    const changed = planImport(parsed, stored, [], [{ past_conference_id: 'id1', organisation_type: 'region', count: 5 }]);
    expect(changed).toMatchObject({ conferences: { unchanged: 1 }, sessions: { created: 1 }, participants: { updated: 1 } });
    expect(changed.preview[0].change).toBe('updated');
  });
});
