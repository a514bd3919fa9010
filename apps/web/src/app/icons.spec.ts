import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The icon font is a subset (tools/fonts/subset-icons.py) of the icons listed in tools/fonts/icons.txt.
 * An icon used in a template but missing from the subset would show as its name in letters, so every
 * icon the web code uses must be on the list.
 */
const ROOT = resolve(__dirname, '../../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : sources(path);
    return /\.(ts|html)$/.test(entry) && !entry.endsWith('.spec.ts') ? [path] : [];
  });
}

function iconsIn(text: string): string[] {
  const names: string[] = [];
  // <mat-icon …>name</mat-icon>, <span class="material-symbols-outlined">name</span>, also {{ a ? 'x' : 'y' }}.
  for (const m of text.matchAll(
    /<(mat-icon)\b[^>]*>([^<]*)<\/mat-icon\s*>|<span\b[^>]*material-symbols-outlined[^>]*>([^<]*)<\/span\s*>/g,
  )) {
    const body = (m[2] ?? m[3]).trim();
    if (/^[a-z0-9_]+$/.test(body)) names.push(body);
    for (const quoted of body.matchAll(/'([a-z0-9_]+)'/g)) names.push(quoted[1]);
  }
  // Navigation and other data: { icon: 'name' }.
  for (const m of text.matchAll(/\bicon:\s*'([a-z0-9_]+)'/g)) names.push(m[1]);
  return names;
}

describe('icon font subset', () => {
  const listed = new Set(readFileSync(join(ROOT, 'tools/fonts/icons.txt'), 'utf8').split(/\s+/).filter(Boolean));
  const libs = readdirSync(join(ROOT, 'libs')).flatMap((domain) =>
    ['feature/src', 'ui/src']
      .map((sub) => join(ROOT, 'libs', domain, sub))
      .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory()),
  );
  const used = new Set([join(ROOT, 'apps/web/src'), ...libs].flatMap(sources).flatMap((file) => iconsIn(readFileSync(file, 'utf8'))));

  it('finds the icons the app uses', () => {
    expect(used.size).toBeGreaterThan(30);
    expect(used).toContain('home');
    expect(used).toContain('edit_calendar'); // from the navigation data
  });

  it('has every used icon in the subset list (run tools/fonts/subset-icons.py after adding one)', () => {
    expect([...used].filter((name) => !listed.has(name)).sort()).toEqual([]);
  });

  it('reads icons from templates, conditional ones and navigation data, and nothing else', () => {
    const template = `
      <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">
        add
      </mat-icon>
      <span class="material-symbols-outlined" aria-hidden="true">{{ open() ? 'expand_less' : 'expand_more' }}</span
      >
      <span class="other">'not_an_icon'</span>
      const LINKS = [{ path: '/x', icon: 'event_note' }];`;
    expect(iconsIn(template).sort()).toEqual(['add', 'event_note', 'expand_less', 'expand_more']);
  });
});
