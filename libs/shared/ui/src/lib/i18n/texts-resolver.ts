import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { LanguageService } from './language';
import type { TextGroup } from './texts';

/**
 * A route resolver that loads the route's text groups in the current language before its pages
 * (and their route titles) show. Once loaded, a group follows every language switch.
 */
export function textsResolver(...groups: TextGroup[]): ResolveFn<boolean> {
  return async () => {
    await inject(LanguageService).addTexts(groups);
    return true;
  };
}
