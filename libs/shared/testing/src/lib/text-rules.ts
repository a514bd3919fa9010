import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type TextLanguage = 'sv' | 'en';

/** One row of the term list (docs/terms.md): the word to use and the words not to use, per language. */
export interface TermRow {
  readonly sv: { readonly term: string; readonly banned: readonly string[] };
  readonly en: { readonly term: string; readonly banned: readonly string[] };
  readonly definition: string;
}

/** A text that breaks a rule of the term list or of plurals. */
export interface TextProblem {
  readonly key: string;
  readonly text: string;
  readonly problem: string;
}

/**
 * Reads the term table of docs/terms.md: the first Markdown table whose header starts with
 * `| Svenska |`, columns Svenska, Inte, English, Not, Definition; banned words separated by commas,
 * `*` at the end of one meaning any ending (`sammanträde*` also bans `sammanträdet`, `sammanträdesdag`),
 * at the start any beginning (`*mejl*` also bans `bekräftelsemejlet`).
 */
export function parseTermTable(markdown: string): TermRow[] {
  const lines = markdown.split('\n').map((line) => line.trim());
  const header = lines.findIndex((line) => /^\|\s*Svenska\s*\|/.test(line));
  if (header < 0) throw new Error('No term table (a header starting with "| Svenska |") in the term list');
  const rows: TermRow[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [sv, svBanned, en, enBanned, definition] = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    rows.push({
      sv: { term: plain(sv), banned: words(svBanned) },
      en: { term: plain(en), banned: words(enBanned) },
      definition: definition ?? '',
    });
  }
  return rows;
}

function plain(cell: string): string {
  return cell.replace(/\*\*|`/g, '').trim();
}

function words(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(',')
    .map((word) => plain(word))
    .filter((word) => word && word !== '–' && word !== '-');
}

/** docs/terms.md of this repository, parsed. */
export function readTerms(): TermRow[] {
  let dir = __dirname;
  while (!existsSync(join(dir, 'docs', 'terms.md'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('docs/terms.md not found');
    dir = parent;
  }
  return parseTermTable(readFileSync(join(dir, 'docs', 'terms.md'), 'utf8'));
}

/**
 * Placeholders that hold a number of things (`{{count}} kommentarer`): such a text needs a plural
 * form. Names: count, total, n, min, max, and names of what is counted.
 */
export const COUNT_PLACEHOLDER =
  /^(count|n|total|min|max|left|capacity|minutes|days|hours|themes|items|participants|conferences|rows|created|updated|unchanged|confirmed|shown|lastN|\w+Count)$/;

/** Words that may follow a count without a plural being needed ("{{left}} av {{capacity}}", "{{minutes}} min"). */
const NOT_A_NOUN = new Set(['av', 'of', 'på', 'till', 'to', 'och', 'and', 'out', 'i', 'in', 'min', '–', '-']);

const LETTER = '[\\p{L}\\p{N}-]';

/** A banned word or phrase as a pattern: whole words, `*` at the end of a word for any ending, at the start for any beginning. */
function bannedPattern(banned: string): RegExp {
  const words = banned.split(/\s+/).map((word) => {
    const anyStart = word.startsWith('*');
    const anyEnd = word.endsWith('*');
    const stem = word.replace(/^\*|\*$/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return `${anyStart ? `${LETTER}*` : ''}${stem}${anyEnd ? `${LETTER}*` : ''}`;
  });
  return new RegExp(`(?<!${LETTER})${words.join('\\s+')}(?!${LETTER})`, 'iu');
}

/** The words a reader sees: placeholders and the ICU syntax taken out. */
function readable(text: string): string {
  return text
    .replace(/\{\{\s*[\w.]+\s*\}\}/g, ' ')
    .replace(/\{\s*\w+\s*,\s*plural\s*,/g, ' ')
    .replace(/(=\d+|zero|one|two|few|many|other)\s*\{/g, ' ')
    // A parameter ({email}, the server's error texts) is not prose; plural bodies were opened above.
    .replace(/\{\s*\w+\s*\}/g, ' ')
    .replace(/[{}#]/g, ' ');
}

/** The ICU plural blocks of a text: `{count, plural, one {…} other {…}}` → the selectors of each. */
function pluralBlocks(text: string): { name: string; selectors: string[] }[] {
  const blocks: { name: string; selectors: string[] }[] = [];
  const start = /\{\s*(\w+)\s*,\s*plural\s*,/g;
  for (const match of text.matchAll(start)) {
    let depth = 1;
    let i = (match.index ?? 0) + match[0].length;
    const selectors: string[] = [];
    let pending = '';
    for (; i < text.length && depth > 0; i++) {
      const c = text[i];
      if (c === '{') {
        if (depth === 1) selectors.push(pending.trim());
        depth++;
        pending = '';
      } else if (c === '}') {
        depth--;
      } else if (depth === 1) {
        pending += c;
      }
    }
    blocks.push({ name: match[1], selectors });
  }
  return blocks;
}

function pluralProblems(text: string): string[] {
  const problems: string[] = [];
  for (const block of pluralBlocks(text)) {
    if (!block.selectors.includes('other')) problems.push(`the plural of {${block.name}} has no "other" form`);
    if (!block.selectors.includes('one') && !block.selectors.includes('=1')) problems.push(`the plural of {${block.name}} has no "one" form`);
  }
  for (const match of text.matchAll(/\{\{\s*(\w+)\s*\}\}\s+([\p{L}]+|[–-])/gu)) {
    const [, name, next] = match;
    if (COUNT_PLACEHOLDER.test(name) && !NOT_A_NOUN.has(next.toLowerCase())) {
      problems.push(`a count without a plural form: write {${name}, plural, one {# …} other {# …}} instead of {{${name}}} ${next}`);
    }
  }
  return problems;
}

/**
 * Checks texts against the term list (no banned word of `language`) and the plural rule (a count is
 * written as an ICU plural with "one" and "other"). Takes a map of key → text or a plain list (then
 * the keys are the positions), so the same check serves the web's dictionaries, server messages and
 * mails. Returns every problem; an empty list means the texts pass.
 */
export function checkTexts(
  texts: Readonly<Record<string, string>> | readonly string[],
  language: TextLanguage,
  terms: readonly TermRow[] = readTerms(),
): TextProblem[] {
  const entries: [string, string][] = Array.isArray(texts)
    ? (texts as readonly string[]).map((text, index) => [String(index), text])
    : Object.entries(texts as Record<string, string>);
  const banned = terms.flatMap((row) => row[language].banned.map((word) => ({ word, use: row[language].term, pattern: bannedPattern(word) })));
  const problems: TextProblem[] = [];
  for (const [key, text] of entries) {
    const words = readable(text);
    for (const { word, use, pattern } of banned) {
      const found = pattern.exec(words);
      if (found) problems.push({ key, text, problem: `"${found[0]}" is not in the term list (${word}): use "${use}"` });
    }
    for (const problem of pluralProblems(text)) problems.push({ key, text, problem });
  }
  return problems;
}
