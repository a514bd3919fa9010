import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { TranslateService, type TranslationObject } from '@ngx-translate/core';
import type { Dictionary } from '@samverkan/shared/ui';

/**
 * A route resolver that adds a page's Swedish texts before the page (and its title) shows, for texts
 * kept out of the start-up bundle (400 kB budget). Swedish, the fallback language, is always loaded
 * at start-up, so these merge into it; the English dictionary holds every text.
 */
export function swedishTexts(load: () => Promise<Dictionary>): ResolveFn<boolean> {
  return async () => {
    const translate = inject(TranslateService);
    translate.setTranslation('sv', (await load()) as TranslationObject, true);
    return true;
  };
}
