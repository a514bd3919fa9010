import { EnvironmentProviders, Provider, inject, provideAppInitializer } from '@angular/core';
import { provideTranslateCompiler, provideTranslateService } from '@ngx-translate/core';
import type { I18nConfig } from './dictionary';
import { I18N_CONFIG } from './i18n-config';
import { LanguageService } from './language';
import { PluralCompiler } from './plural-compiler';

/**
 * ngx-translate with the app's own texts (no translation files to fetch: each text group is a lazy
 * chunk of the same build), ICU plurals (`PluralCompiler`), and the remembered language applied at start-up with the shell's texts.
 */
export function provideI18n(config: I18nConfig): (Provider | EnvironmentProviders)[] {
  return [
    { provide: I18N_CONFIG, useValue: config },
    provideTranslateService({ fallbackLang: 'sv', compiler: provideTranslateCompiler(PluralCompiler) }),
    provideAppInitializer(() => inject(LanguageService).init()),
  ];
}
