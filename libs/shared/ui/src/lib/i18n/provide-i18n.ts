import { EnvironmentProviders, Injectable, InjectionToken, Provider, inject, provideAppInitializer } from '@angular/core';
import { TranslateLoader, provideTranslateLoader, provideTranslateService, type TranslationObject } from '@ngx-translate/core';
import { Observable, from, map, of } from 'rxjs';
import { mergeDictionaries, type Dictionary, type I18nConfig } from './dictionary';
import { LanguageService } from './language';

/** Every domain's dictionaries, per language, in the order they are merged. */
export const I18N_CONFIG = new InjectionToken<I18nConfig>('I18N_CONFIG');

/**
 * Serves the dictionaries that ship with the app (no translation files to fetch, so it works
 * offline): Swedish from the start-up bundle, English from a lazy chunk of the same build.
 */
@Injectable()
export class BundledTranslateLoader implements TranslateLoader {
  private readonly config = inject(I18N_CONFIG);

  getTranslation(lang: string): Observable<TranslationObject> {
    const english = this.config.en;
    if (lang !== 'en') {
      return of(merged(this.config.sv));
    }
    return typeof english === 'function' ? from(english()).pipe(map(merged)) : of(merged(english));
  }
}

function merged(dictionaries: readonly Dictionary[]): TranslationObject {
  return mergeDictionaries(dictionaries) as TranslationObject;
}

/** ngx-translate with the bundled dictionaries, Swedish as fallback, and the remembered language applied at start-up. */
export function provideI18n(config: I18nConfig): (Provider | EnvironmentProviders)[] {
  return [
    { provide: I18N_CONFIG, useValue: config },
    provideTranslateService({
      loader: provideTranslateLoader(BundledTranslateLoader),
      fallbackLang: 'sv',
    }),
    provideAppInitializer(() => inject(LanguageService).init()),
  ];
}
