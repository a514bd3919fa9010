import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { TranslateService, type TranslationObject } from '@ngx-translate/core';
import type { Dictionary } from './dictionary';

/**
 * A route resolver that adds some pages' Swedish texts before the pages (and their route titles)
 * show: for pages only some people open (staff pages), whose texts need not weigh on the start-up
 * bundle. Swedish is the fallback language, loaded at start-up, so these merge into it; English is
 * loaded whole when someone switches, so it already holds them.
 */
/** The dictionaries already merged into each TranslateService's Swedish texts. */
const merged = new WeakMap<TranslateService, WeakSet<object>>();

/**
 * Adds texts that travel with a page or component to the Swedish dictionary, once per dictionary: a
 * merge makes every translate pipe on screen look again, so it must not happen on each use.
 */
export function addSwedishTexts(translate: TranslateService, dictionary: Dictionary | object): void {
  let done = merged.get(translate);
  if (!done) merged.set(translate, (done = new WeakSet()));
  if (done.has(dictionary)) return;
  translate.setTranslation('sv', dictionary as TranslationObject, true);
  done.add(dictionary);
}

export function pageTextsResolver(...loaders: (() => Promise<Dictionary>)[]): ResolveFn<boolean> {
  return async () => {
    const translate = inject(TranslateService);
    const dictionaries = await Promise.all(loaders.map((load) => load()));
    for (const dictionary of dictionaries) addSwedishTexts(translate, dictionary);
    return true;
  };
}
