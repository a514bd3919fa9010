import { InjectionToken } from '@angular/core';
import type { I18nConfig } from './dictionary';

/** The text groups loaded at start-up (`provideI18n`). */
export const I18N_CONFIG = new InjectionToken<I18nConfig>('I18N_CONFIG');
