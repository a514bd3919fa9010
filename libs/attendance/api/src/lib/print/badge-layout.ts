/** Points per millimetre (PDF user space is 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * PT_PER_MM;

/** A4 portrait in points. */
export const A4 = { width: mm(210), height: mm(297) } as const;

export interface BadgeSheet {
  columns: number;
  rows: number;
  /** One badge, in points. */
  badgeWidth: number;
  badgeHeight: number;
  /** Space between neighbouring badges, in points (room for cutting). */
  gap: number;
}

/**
 * The sheet the badges are printed on: 2 × 4 badges of 90 × 55 mm (the common size of badge holders)
 * on A4, 10 mm apart, centred on the page.
 */
export const BADGE_SHEET: BadgeSheet = { columns: 2, rows: 4, badgeWidth: mm(90), badgeHeight: mm(55), gap: mm(10) };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const badgesPerPage = (sheet: BadgeSheet = BADGE_SHEET): number => sheet.columns * sheet.rows;

/** The page margins that centre the grid (points). */
export function sheetMargins(sheet: BadgeSheet = BADGE_SHEET): { left: number; top: number } {
  const gridWidth = sheet.columns * sheet.badgeWidth + (sheet.columns - 1) * sheet.gap;
  const gridHeight = sheet.rows * sheet.badgeHeight + (sheet.rows - 1) * sheet.gap;
  if (gridWidth > A4.width || gridHeight > A4.height) throw new Error('The badge grid does not fit on A4');
  return { left: (A4.width - gridWidth) / 2, top: (A4.height - gridHeight) / 2 };
}

/** Where the n-th badge (0-based) goes: its page and its box on that page, left to right, top to bottom. */
export function badgePosition(index: number, sheet: BadgeSheet = BADGE_SHEET): { page: number; box: Box } {
  const perPage = badgesPerPage(sheet);
  const onPage = index % perPage;
  const column = onPage % sheet.columns;
  const row = Math.floor(onPage / sheet.columns);
  const { left, top } = sheetMargins(sheet);
  return {
    page: Math.floor(index / perPage),
    box: {
      x: left + column * (sheet.badgeWidth + sheet.gap),
      y: top + row * (sheet.badgeHeight + sheet.gap),
      width: sheet.badgeWidth,
      height: sheet.badgeHeight,
    },
  };
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Crop marks for a page's grid: short ticks in the margins and in the gaps at each cut line, outside
 * every badge, so nothing is printed where the badge itself is cut.
 */
export function cropMarks(sheet: BadgeSheet = BADGE_SHEET, length = mm(4)): Line[] {
  const { left, top } = sheetMargins(sheet);
  const xs: number[] = [];
  for (let c = 0; c < sheet.columns; c++) {
    const x = left + c * (sheet.badgeWidth + sheet.gap);
    xs.push(x, x + sheet.badgeWidth);
  }
  const ys: number[] = [];
  for (let r = 0; r < sheet.rows; r++) {
    const y = top + r * (sheet.badgeHeight + sheet.gap);
    ys.push(y, y + sheet.badgeHeight);
  }
  const right = A4.width - left;
  const bottom = A4.height - top;
  const offset = mm(1.5);
  const tick = Math.min(length, left - offset, top - offset);
  const lines: Line[] = [];
  for (const x of xs) {
    lines.push({ x1: x, y1: top - offset - tick, x2: x, y2: top - offset });
    lines.push({ x1: x, y1: bottom + offset, x2: x, y2: bottom + offset + tick });
  }
  for (const y of ys) {
    lines.push({ x1: left - offset - tick, y1: y, x2: left - offset, y2: y });
    lines.push({ x1: right + offset, y1: y, x2: right + offset + tick, y2: y });
  }
  return lines;
}
