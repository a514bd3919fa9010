import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { LanguageService } from '../i18n/language';

/**
 * Tells our API the language the page is shown in (`Accept-Language`), so that its error messages are
 * in that language. The `lang` cookie says the same once someone has switched; without it (no choice
 * yet, or cookies refused) the API would otherwise go by the browser's languages, and a Swedish page
 * in an English browser would get English messages.
 */
export const languageInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/')) return next(request);
  const language = inject(LanguageService).current();
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};
