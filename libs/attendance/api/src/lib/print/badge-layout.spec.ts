import { A4, BADGE_SHEET, badgePosition, badgesPerPage, cropMarks, mm } from './badge-layout';

describe('badge layout', () => {
  it('puts 8 badges of 90 × 55 mm on an A4 page, inside the page', () => {
    expect(badgesPerPage()).toBe(8);
    for (let i = 0; i < 8; i++) {
      const { page, box } = badgePosition(i);
      expect(page).toBe(0);
      expect(box.width).toBeCloseTo(mm(90));
      expect(box.height).toBeCloseTo(mm(55));
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(A4.width);
      expect(box.y + box.height).toBeLessThanOrEqual(A4.height);
    }
  });

  it('fills left to right, top to bottom, then the next page', () => {
    const first = badgePosition(0).box;
    const second = badgePosition(1).box;
    const third = badgePosition(2).box;
    expect(second.y).toBe(first.y);
    expect(second.x - first.x).toBeCloseTo(mm(100));
    expect(third.x).toBe(first.x);
    expect(third.y - first.y).toBeCloseTo(mm(65));
    expect(badgePosition(8)).toEqual({ page: 1, box: first });
    expect(badgePosition(17).page).toBe(2);
  });

  it('centres the grid and never overlaps two badges', () => {
    const boxes = Array.from({ length: 8 }, (_, i) => badgePosition(i).box);
    const last = boxes[7];
    expect(boxes[0].x).toBeCloseTo(A4.width - (last.x + last.width));
    expect(boxes[0].y).toBeCloseTo(A4.height - (last.y + last.height));
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
  });

  it('draws crop marks on every cut line, none of them on a badge', () => {
    const marks = cropMarks();
    // Two vertical cuts per column, two horizontal per row, a tick at each end of each.
    expect(marks).toHaveLength(2 * (2 * BADGE_SHEET.columns) + 2 * (2 * BADGE_SHEET.rows));
    const boxes = Array.from({ length: 8 }, (_, i) => badgePosition(i).box);
    const inside = (x: number, y: number) => boxes.some((b) => x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height);
    for (const m of marks) {
      expect(inside(m.x1, m.y1) || inside(m.x2, m.y2) || inside((m.x1 + m.x2) / 2, (m.y1 + m.y2) / 2)).toBe(false);
      expect(Math.min(m.x1, m.x2)).toBeGreaterThanOrEqual(0);
      expect(Math.min(m.y1, m.y2)).toBeGreaterThanOrEqual(0);
    }
  });
});
