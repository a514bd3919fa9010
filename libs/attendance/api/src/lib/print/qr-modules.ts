import QRCode from 'qrcode';

/** A square matrix of QR modules: `dark(row, column)`. */
export interface ModuleMatrix {
  size: number;
  dark(row: number, column: number): boolean;
}

export interface ModuleRun {
  row: number;
  column: number;
  length: number;
}

/**
 * The dark modules as horizontal runs, so a QR code is drawn with one rectangle per run (a few hundred
 * per code) and filled once: small and fast in a PDF of a thousand badges, and sharp at any print size.
 */
export function darkRuns(matrix: ModuleMatrix): ModuleRun[] {
  const runs: ModuleRun[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let start = -1;
    for (let column = 0; column <= matrix.size; column++) {
      const dark = column < matrix.size && matrix.dark(row, column);
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push({ row, column: start, length: column - start });
        start = -1;
      }
    }
  }
  return runs;
}

/**
 * The QR code of a text (error correction M, room for a 43-character check-in code in version 4). The
 * mask is fixed: every mask is valid and read by any scanner, and choosing the "best" of eight by
 * penalty scoring is nine tenths of the time of a code (about 1.8 s of a thousand badges).
 */
export function qrMatrix(text: string): ModuleMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M', maskPattern: 0 });
  return { size: qr.modules.size, dark: (row, column) => qr.modules.get(row, column) === 1 };
}
