/**
 * The key two spellings of one name share: trimmed, runs of white space as one space, lower case.
 * "Anna  Berg " and "anna berg" are one person to the migration and to a proposal's import; the SQL
 * twin is `SPEAKER_KEY_SQL` (the same rules in PostgreSQL).
 */
export function speakerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `speakerKey` in SQL, of the column or expression `column`. */
export const speakerKeySql = (column: string) => `lower(regexp_replace(btrim(${column}), '\\s+', ' ', 'g'))`;

/** A name as the register stores it: trimmed, runs of white space as one space. */
export function cleanSpeakerName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** A LIKE pattern for a search text: its own `%`, `_` and `\` match themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
