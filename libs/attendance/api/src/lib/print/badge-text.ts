import { fitText, type FitLimits, type Measure } from './text-fit';

export interface BadgeField {
  text: string;
  font: string;
  limits: Omit<FitLimits, 'maxWidth'>;
  /** Space after the field, in points. */
  gapAfter: number;
}

export interface PlacedLine {
  text: string;
  font: string;
  size: number;
  /** Top of the line, from the top of the text box. */
  y: number;
}

/** Line height as a share of the font size. */
export const LINE_HEIGHT = 1.15;

/**
 * Stacks the fields top to bottom in a box of the given width and height, each fitted (shrunk, then
 * wrapped; see fitText). When all of them together are still taller than the box, every size limit is
 * scaled down a step and the fields fitted again, so the text stays inside the badge and complete.
 */
export function layoutBadgeText(fields: readonly BadgeField[], measure: (font: string) => Measure, width: number, height: number): PlacedLine[] {
  let placed: PlacedLine[] = [];
  for (let scale = 1; scale > 0.2; scale -= 0.05) {
    placed = [];
    let y = 0;
    for (const field of fields) {
      const limits: FitLimits = {
        maxWidth: width,
        maxLines: field.limits.maxLines,
        maxSize: field.limits.maxSize * scale,
        minSize: field.limits.minSize * scale,
        floorSize: (field.limits.floorSize ?? field.limits.minSize) * scale,
      };
      const fitted = fitText(field.text.normalize('NFC'), measure(field.font), limits);
      if (!fitted.lines.length) continue;
      for (const text of fitted.lines) {
        placed.push({ text, font: field.font, size: fitted.size, y });
        y += fitted.size * LINE_HEIGHT;
      }
      y += field.gapAfter * scale;
    }
    const bottom = placed.length ? Math.max(...placed.map((l) => l.y + l.size * LINE_HEIGHT)) : 0;
    if (bottom <= height) return placed;
  }
  return placed;
}
