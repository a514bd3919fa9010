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
export function pageTextsResolver(...loaders: (() => Promise<Dictionary>)[]): ResolveFn<boolean> {
  return async () => {
    const translate = inject(TranslateService);
    const dictionaries = await Promise.all(loaders.map((load) => load()));
    for (const dictionary of dictionaries) translate.setTranslation('sv', dictionary as TranslationObject, true);
    return true;
  };
}
