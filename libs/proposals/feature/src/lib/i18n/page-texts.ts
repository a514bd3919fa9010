import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { TranslateService, type TranslationObject } from '@ngx-translate/core';
import type { Dictionary } from '@samverkan/shared/ui';

/**
 * A route resolver that adds pages' Swedish texts to the translations before the pages (and their
 * route titles) show. Swedish is the fallback language, so its texts are always loaded at start-up
 * and these are merged into them; English already holds every text (it is loaded whole, lazily).
 */
export function pageTextsResolver(...loaders: (() => Promise<Dictionary>)[]): ResolveFn<boolean> {
  return async () => {
    const translate = inject(TranslateService);
    const dictionaries = await Promise.all(loaders.map((load) => load()));
    for (const dictionary of dictionaries) translate.setTranslation('sv', dictionary as TranslationObject, true);
    return true;
  };
}
