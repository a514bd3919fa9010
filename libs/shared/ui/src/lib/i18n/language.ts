import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { Observable } from 'rxjs';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './dictionary';

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'samverkan.language';

/**
 * The UI language: Swedish unless the visitor chose English before.
 * Keeps ngx-translate, `<html lang>` and localStorage in step.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly currentLanguage = signal<Language>(DEFAULT_LANGUAGE);

  readonly current = this.currentLanguage.asReadonly();

  /** Applies the remembered language (or Swedish); run once at start-up. */
  init(): Observable<unknown> {
    const remembered = this.readStorage();
    return this.apply(isLanguage(remembered) ? remembered : DEFAULT_LANGUAGE);
  }

  /** Switches language and remembers the choice. */
  use(language: Language): Observable<unknown> {
    this.writeStorage(language);
    return this.apply(language);
  }

  private apply(language: Language): Observable<unknown> {
    this.currentLanguage.set(language);
    this.document.documentElement.lang = language;
    return this.translate.use(language);
  }

  // Storage can be unavailable (privacy modes, disabled cookies): the choice then lasts for the visit only.
  private readStorage(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private writeStorage(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // see readStorage
    }
  }
}
