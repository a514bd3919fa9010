import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type PdfFontWeight = 'regular' | 'bold';

const FILES: Record<PdfFontWeight, string> = { regular: 'roboto-400.ttf', bold: 'roboto-700.ttf' };

/**
 * Where the fonts are: beside this file when it runs from source (tests), in the build's
 * `assets/fonts` (apps/api/webpack.config.js copies them) when it runs bundled.
 */
const PLACES = [join(__dirname, 'fonts'), join(__dirname, 'assets', 'fonts')];

const loaded = new Map<PdfFontWeight, Buffer>();

/** A TrueType font for PDFs whose text goes beyond WinAnsi (Roboto, latin and latin-ext: made by tools/fonts/pdf-fonts.py), read once. */
export function pdfFont(weight: PdfFontWeight): Buffer {
  let font = loaded.get(weight);
  if (!font) {
    const file = PLACES.map((dir) => join(dir, FILES[weight])).find((path) => existsSync(path));
    if (!file) throw new Error(`The PDF font ${FILES[weight]} is missing (looked in ${PLACES.join(', ')}).`);
    font = readFileSync(file);
    loaded.set(weight, font);
  }
  return font;
}
