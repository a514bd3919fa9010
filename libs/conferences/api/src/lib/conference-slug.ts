/**
 * A conference's readable address (`/konferenser/varkonferens-2027`): the Swedish title in lower-case
 * ASCII words joined by hyphens, and the year it starts (Stockholm) unless the title already names it.
 * Pure rules; conference-slugs.ts picks a free one in the database.
 */
export const SLUG_MAX_LENGTH = 80;
/** Room kept at the end for a number (`-2` … `-999`), so numbering never cuts the base. */
const NUMBER_ROOM = 4;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Letters that do not decompose into a base letter and a mark. */
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', œ: 'oe' };

/** Lower-case ASCII words joined by single hyphens (å → a, é → e, ø → o …). */
export function slugWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøßđłþœ]/g, (c) => SPELLED_OUT[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cuts at a hyphen so no word is broken, unless the first word alone is too long. */
function cutAtWord(words: string, max: number): string {
  if (words.length <= max) return words;
  const cut = words.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : words.slice(0, max)).replace(/-+$/, '');
}

/** The slug before any numbering: title words, then the year if the title does not hold it. */
export function conferenceSlugBase(title: string, year: number): string {
  const yearText = String(year);
  const words = slugWords(title);
  const hasYear = words.split('-').includes(yearText);
  const room = SLUG_MAX_LENGTH - NUMBER_ROOM - (hasYear ? 0 : yearText.length + 1);
  const cut = cutAtWord(words, room);
  if (hasYear && cut.split('-').includes(yearText)) return cut;
  return cut ? `${cutAtWord(cut, room - (hasYear ? yearText.length + 1 : 0))}-${yearText}` : yearText;
}

/** The first of base, base-2, base-3 … that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Whether a path segment can be a slug (and so is worth a look-up). */
export function isConferenceSlug(text: string): boolean {
  return text.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(text);
}
