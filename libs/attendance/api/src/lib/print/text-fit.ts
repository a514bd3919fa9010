/** Measures a text's width at a font size (points); pdfkit's `widthOfString` in production. */
export type Measure = (text: string, size: number) => number;

export interface FitLimits {
  maxWidth: number;
  /** The size to use when the text fits on one line. */
  maxSize: number;
  /** The smallest size it shrinks to before wrapping. */
  minSize: number;
  /** Lines it may wrap to; beyond them the size goes below minSize, down to floorSize. */
  maxLines: number;
  /** The absolute smallest size: below it the text takes more lines rather than being cut. */
  floorSize?: number;
}

export interface FittedText {
  size: number;
  lines: string[];
}

/**
 * Fits a text in a box: the largest size (maxSize down to minSize) at which it is one line; else
 * wrapped at the largest size that needs at most maxLines lines; else smaller still, down to floorSize;
 * and if even that needs more lines, all of them at floorSize. Every character of the text is in the
 * lines (a word longer than the width is broken inside), so nothing is ever cut off.
 */
export function fitText(text: string, measure: Measure, limits: FitLimits): FittedText {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return { size: limits.maxSize, lines: [] };
  const floor = Math.min(limits.floorSize ?? limits.minSize, limits.minSize);
  for (let size = limits.maxSize; size >= limits.minSize; size -= 0.5) {
    if (measure(clean, size) <= limits.maxWidth) return { size, lines: [clean] };
  }
  for (let size = limits.maxSize; size >= floor; size -= 0.5) {
    const lines = wrap(clean, measure, size, limits.maxWidth);
    if (lines.length <= limits.maxLines) return { size, lines };
  }
  return { size: floor, lines: wrap(clean, measure, floor, limits.maxWidth) };
}

/** Greedy word wrap at a size; words wider than the line are split between characters. */
export function wrap(text: string, measure: Measure, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const part of splitWord(word, measure, size, maxWidth)) {
      if (line) lines.push(line);
      line = part;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function splitWord(word: string, measure: Measure, size: number, maxWidth: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const char of Array.from(word)) {
    if (part && measure(part + char, size) > maxWidth) {
      parts.push(part);
      part = char;
    } else {
      part += char;
    }
  }
  if (part) parts.push(part);
  return parts;
}
