import type { Dictionary, Language } from './dictionary';

/** A text module: `<group>.sv.ts` and `<group>.en.ts` each export `texts`, with the same keys. */
export interface TextModule {
  readonly texts: Dictionary;
}

/**
 * One group of texts in both languages: the texts of some pages (or of the app shell), loaded
 * together when the first of those pages opens (see `textsResolver`) and in the other language when
 * someone switches. Each language's texts are their own lazy chunk.
 */
export interface TextGroup {
  readonly sv: () => Promise<TextModule>;
  readonly en: () => Promise<TextModule>;
}

/** `textGroup(() => import('./staff.sv'), () => import('./staff.en'))`. */
export function textGroup(sv: () => Promise<TextModule>, en: () => Promise<TextModule>): TextGroup {
  return { sv, en };
}

/** A group's texts in one language. */
export function loadTexts(group: TextGroup, language: Language): Promise<Dictionary> {
  return group[language]().then((m) => m.texts);
}
