import QRCode from 'qrcode';
import { darkRuns, type ModuleMatrix } from './qr-modules';

const fromRows = (rows: string[]): ModuleMatrix => ({ size: rows.length, dark: (r, c) => rows[r][c] === '#' });

describe('darkRuns', () => {
  it('joins neighbouring dark modules of a row into one run', () => {
    expect(darkRuns(fromRows(['##.#', '....', '####', '.##.']))).toEqual([
      { row: 0, column: 0, length: 2 },
      { row: 0, column: 3, length: 1 },
      { row: 2, column: 0, length: 4 },
      { row: 3, column: 1, length: 2 },
    ]);
  });

  it('covers exactly the dark modules of a real QR code', () => {
    const qr = QRCode.create('a'.repeat(43), { errorCorrectionLevel: 'M' });
    const matrix: ModuleMatrix = { size: qr.modules.size, dark: (r, c) => qr.modules.get(r, c) === 1 };
    const runs = darkRuns(matrix);
    const covered = new Set(runs.flatMap((run) => Array.from({ length: run.length }, (_, i) => `${run.row},${run.column + i}`)));
    let dark = 0;
    for (let r = 0; r < matrix.size; r++)
      for (let c = 0; c < matrix.size; c++)
        if (matrix.dark(r, c)) {
          dark++;
          expect(covered.has(`${r},${c}`)).toBe(true);
        }
    expect(covered.size).toBe(dark);
    expect(runs.length).toBeLessThan(dark);
  });
});
