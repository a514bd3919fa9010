import { MERGE_FIELDS, type MergeFieldKey } from '@samverkan/messaging/contract';

/** `{name}`: a merge field, its name in either language. Braces around anything else stay text. */
const FIELD = /\{([\p{L}\p{N}_-]{1,40})\}/gu;

const BY_NAME = new Map<string, MergeFieldKey>(
  MERGE_FIELDS.flatMap((f) => [
    [f.sv.toLowerCase(), f.key],
    [f.en.toLowerCase(), f.key],
  ]),
);

export type MergeValues = Record<MergeFieldKey, string>;

/** The names in `{…}` that are no merge field, in order of appearance, each once. */
export function unknownMergeFields(text: string): string[] {
  const unknown = new Set<string>();
  for (const [, name] of text.matchAll(FIELD)) if (!BY_NAME.has(name.toLowerCase())) unknown.add(name);
  return [...unknown];
}

/** The text with every merge field replaced by its value. */
export function renderMergeFields(text: string, values: MergeValues): string {
  return text.replace(FIELD, (whole, name: string) => {
    const key = BY_NAME.get(name.toLowerCase());
    return key ? values[key] : whole;
  });
}

/** Which merge fields a text uses, so links are made only when a message needs them. */
export function usedMergeFields(texts: readonly (string | null | undefined)[]): Set<MergeFieldKey> {
  const used = new Set<MergeFieldKey>();
  for (const text of texts) {
    if (!text) continue;
    for (const [, name] of text.matchAll(FIELD)) {
      const key = BY_NAME.get(name.toLowerCase());
      if (key) used.add(key);
    }
  }
  return used;
}
