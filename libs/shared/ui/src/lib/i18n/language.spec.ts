import { DOCUMENT, REQUEST } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import type { I18nConfig } from './dictionary';
import { LANGUAGE_STORAGE_KEY, LanguageService, languageFromCookies } from './language';
import { provideI18n } from './provide-i18n';
import { textGroup, type TextModule } from './texts';

/** A group whose loads are counted, as lazy as the app's (a promise per language). */
function countedGroup(sv: TextModule['texts'], en: TextModule['texts']) {
  const loads = { sv: 0, en: 0 };
  const group = textGroup(
    () => (loads.sv++, Promise.resolve({ texts: sv })),
    () => (loads.en++, Promise.resolve({ texts: en })),
  );
  return { group, loads };
}

const shell = countedGroup({ greeting: 'Hej' }, { greeting: 'Hello' });
const testI18n: I18nConfig = { texts: [shell.group] };

describe('LanguageService', () => {
  function setUp(): { language: LanguageService; translate: TranslateService; document: Document } {
    TestBed.configureTestingModule({ providers: [provideI18n(testI18n)] });
    return {
      language: TestBed.inject(LanguageService),
      translate: TestBed.inject(TranslateService),
      document: TestBed.inject(DOCUMENT),
    };
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lang=; Path=/; Max-Age=0';
    document.documentElement.lang = 'en';
  });

  it('starts in Swedish when nothing is remembered', async () => {
    const { language, translate, document } = setUp();
    await firstValueFrom(language.init());
    expect(language.current()).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');
    expect(translate.instant('greeting')).toBe('Hej');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('switches to English, sets <html lang> and remembers the choice', async () => {
    const { language, translate, document } = setUp();
    await firstValueFrom(language.init());
    await firstValueFrom(language.use('en'));
    expect(language.current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(translate.instant('greeting')).toBe('Hello');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('restores the remembered choice on the next visit', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { language, translate, document } = setUp();
    await firstValueFrom(language.init());
    expect(language.current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(translate.instant('greeting')).toBe('Hello');
  });

  it('ignores a remembered value that is not a language it speaks', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    const { language } = setUp();
    await firstValueFrom(language.init());
    expect(language.current()).toBe('sv');
  });

  it("loads a route's group in the current language only, and in the other one when someone switches", async () => {
    const { language, translate } = setUp();
    await firstValueFrom(language.init());
    const page = countedGroup({ page: { heading: 'Sidan' } }, { page: { heading: 'The page' } });
    await language.addTexts([page.group]);
    await language.addTexts([page.group]);
    expect(translate.instant('page.heading')).toBe('Sidan');
    expect(page.loads).toEqual({ sv: 1, en: 0 });

    await firstValueFrom(language.use('en'));
    expect(translate.instant('page.heading')).toBe('The page');
    expect(translate.instant('greeting')).toBe('Hello');
    await firstValueFrom(language.use('sv'));
    expect(translate.instant('page.heading')).toBe('Sidan');
    expect(page.loads).toEqual({ sv: 1, en: 1 });
  });

  it('loads the start-up groups only in the language it starts in', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const before = { ...shell.loads };
    const { language } = setUp();
    await firstValueFrom(language.init());
    expect(shell.loads).toEqual({ sv: before.sv, en: before.en + 1 });
  });

  it('still switches when storage is unavailable', async () => {
    const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    const { language } = setUp();
    await firstValueFrom(language.use('en'));
    expect(language.current()).toBe('en');
    spy.mockRestore();
  });

  it('also keeps the choice in a lang cookie, which the server reads (server-side rendering)', async () => {
    const { language } = setUp();
    await firstValueFrom(language.use('en'));
    expect(languageFromCookies(document.cookie)).toBe('en');
    await firstValueFrom(language.use('sv'));
    expect(languageFromCookies(document.cookie)).toBe('sv');
  });

  it("follows the cookie over localStorage: the server rendered the page in the cookie's language", async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'sv');
    document.cookie = 'lang=en; Path=/';
    const { language } = setUp();
    await firstValueFrom(language.init());
    expect(language.current()).toBe('en');
  });

  it('copies a choice made before the cookie existed to the cookie, so the next server render agrees', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { language } = setUp();
    await firstValueFrom(language.init());
    expect(language.current()).toBe('en');
    expect(languageFromCookies(document.cookie)).toBe('en');
  });

  it('on the server, takes the language from the request cookie and writes nothing', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'sv');
    TestBed.configureTestingModule({
      providers: [
        provideI18n(testI18n),
        // jsdom has no fetch Request: only its headers are read.
        { provide: REQUEST, useValue: { headers: new Headers({ cookie: 'other=x; lang=en' }) } as unknown as Request },
      ],
    });
    const language = TestBed.inject(LanguageService);
    await firstValueFrom(language.init());
    expect(language.current()).toBe('en');
    expect(TestBed.inject(TranslateService).instant('greeting')).toBe('Hello');
    expect(document.cookie).not.toContain('lang=');
  });
});

describe('languageFromCookies', () => {
  it('reads sv or en from a Cookie header and ignores anything else', () => {
    expect(languageFromCookies('a=1; lang=en; b=2')).toBe('en');
    expect(languageFromCookies('lang=sv')).toBe('sv');
    expect(languageFromCookies('lang=de')).toBeNull();
    expect(languageFromCookies('xlang=en')).toBeNull();
    expect(languageFromCookies('')).toBeNull();
    expect(languageFromCookies(null)).toBeNull();
  });
});
