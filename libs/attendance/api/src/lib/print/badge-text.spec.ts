import { layoutBadgeText, LINE_HEIGHT, type BadgeField } from './badge-text';
import type { Measure } from './text-fit';

// Bold letters a little wider than regular ones.
const measure = (font: string): Measure => (text, size) => Array.from(text).length * size * (font.endsWith('Bold') ? 0.6 : 0.5);

const fields = (first: string, last: string, organisation: string): BadgeField[] => [
  { text: first, font: 'Helvetica-Bold', limits: { maxSize: 24, minSize: 14, maxLines: 2, floorSize: 9 }, gapAfter: 2 },
  { text: last, font: 'Helvetica', limits: { maxSize: 15, minSize: 11, maxLines: 2, floorSize: 8 }, gapAfter: 6 },
  { text: organisation, font: 'Helvetica', limits: { maxSize: 10, minSize: 8, maxLines: 2, floorSize: 6 }, gapAfter: 0 },
];

const bottom = (lines: { y: number; size: number }[]) => Math.max(...lines.map((l) => l.y + l.size * LINE_HEIGHT));

describe('layoutBadgeText', () => {
  it('sets a short name large, each field below the one before', () => {
    const lines = layoutBadgeText(fields('Åsa', 'Öhrn', 'Västerås stad'), measure, 150, 125);
    expect(lines.map((l) => l.text)).toEqual(['Åsa', 'Öhrn', 'Västerås stad']);
    expect(lines[0].size).toBe(24);
    expect(lines[1].y).toBeGreaterThan(lines[0].y);
    expect(lines[2].y).toBeGreaterThan(lines[1].y);
  });

  it('keeps very long names and organisations complete and inside the box', () => {
    const first = 'Anna-Karin Margareta Eriksdotter';
    const last = 'Åkerlund-Väänänen Östergren-Sjöberg von Essen af Ekström';
    const organisation = 'Kommunalförbundet för räddningstjänst och miljö- och hälsoskydd i Östra Götaland och Bergslagen';
    const lines = layoutBadgeText(fields(first, last, organisation), measure, 150, 125);
    expect(bottom(lines)).toBeLessThanOrEqual(125);
    const text = (font: string, from: number, to: number) => lines.slice(from, to).filter((l) => l.font === font);
    const all = lines.map((l) => l.text).join(' ').replace(/\s/g, '');
    expect(all).toBe(`${first}${last}${organisation}`.replace(/\s/g, ''));
    for (const line of lines) expect(measure(line.font)(line.text, line.size)).toBeLessThanOrEqual(150);
    expect(text('Helvetica-Bold', 0, lines.length).length).toBeGreaterThan(0);
  });

  it('scales everything down when the fields together are taller than the box', () => {
    const lines = layoutBadgeText(fields('Maximiliana Konstantia', 'Bergström-Lindqvist', 'Ett mycket långt förbundsnamn här'), measure, 90, 60);
    expect(bottom(lines)).toBeLessThanOrEqual(60);
    expect(lines[0].size).toBeLessThan(14);
  });

  it('normalises decomposed letters (e + combining acute) to one character', () => {
    const [line] = layoutBadgeText(fields('Rene\u0301e', '', ''), measure, 150, 125);
    expect(line.text).toBe('Renée');
  });
});
