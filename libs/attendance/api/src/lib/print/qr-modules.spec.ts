import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import QRCode from 'qrcode';
import { darkRuns, qrMatrix, type ModuleMatrix } from './qr-modules';

/** Paints the runs as a scanner would see them (4 px a module, a 4-module quiet zone) and reads the code. */
function scan(matrix: ModuleMatrix): string {
  const scale = 4;
  const quiet = 4;
  const width = (matrix.size + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(width * width).fill(255);
  for (const run of darkRuns(matrix))
    for (let y = 0; y < scale; y++)
      for (let x = 0; x < run.length * scale; x++) pixels[((run.row + quiet) * scale + y) * width + (run.column + quiet) * scale + x] = 0;
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, width)));
  return new QRCodeReader().decode(bitmap).getText();
}

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

  it('draws a QR code a scanner reads back as the check-in code', () => {
    const code = 'Zk3_-q9XbV0aLmN2pQrStUvWxYz0123456789-_AbCd';
    expect(code).toHaveLength(43);
    expect(scan(qrMatrix(code))).toBe(code);
  });
});
