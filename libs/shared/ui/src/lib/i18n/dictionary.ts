import type { TextGroup } from './texts';

/** The languages the UI speaks: Swedish first, English second. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A tree of translation keys; the leaves are texts (ngx-translate interpolates `{{ name }}`). */
export interface Dictionary {
  readonly [key: string]: string | Dictionary;
}

/**
 * The same keys as `T`, any texts. Typing the English dictionary as `Translated<typeof sv>`
 * makes the compiler refuse a key that is missing from, or extra to, the Swedish one.
 */
export type Translated<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translated<T[K]>;
};

/** What the app loads at start-up: the text groups the shell needs (the pages' own load with their routes). */
export interface I18nConfig {
  readonly texts: readonly TextGroup[];
}

/** Deep-merges dictionaries; a later one wins on a clash (there should be none: each domain owns its top-level keys). */
export function mergeDictionaries(dictionaries: readonly Dictionary[]): Dictionary {
  const result: Record<string, string | Dictionary> = {};
  for (const dictionary of dictionaries) {
    for (const [key, value] of Object.entries(dictionary)) {
      const existing = result[key];
      result[key] = typeof value === 'object' && typeof existing === 'object' ? mergeDictionaries([existing, value]) : value;
    }
  }
  return result;
}
