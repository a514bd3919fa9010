import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The .ts and .html files under a folder, without specs and without the `i18n` folders. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * Every quoted key under one of the prefixes (`'conferences.title'`, `"common.save"`) in the sources under
 * a folder. A capability of the role table looks like a key (`capabilityGuard('meetings.manage')`,
 * `auth.can('proposals.write')`, `capability: 'coverage.read'`) but is none: those are left out.
 */
export function quotedKeys(dir: string, prefixes: readonly string[]): string[] {
  const pattern = new RegExp(`(?<!(?:capabilityGuard\\(|can\\(|capability: ))['"]((?:${prefixes.join('|')})\\.[\\w-]+(?:\\.[\\w-]+)*)['"]`, 'g');
  return [...new Set(sourceFiles(dir).flatMap((file) => Array.from(readFileSync(file, 'utf8').matchAll(pattern), (m) => m[1])))];
}
