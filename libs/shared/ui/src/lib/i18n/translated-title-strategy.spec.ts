import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { I18nConfig } from './dictionary';
import { LanguageService } from './language';
import { provideI18n } from './provide-i18n';
import { textGroup } from './texts';
import { TranslatedTitleStrategy } from './translated-title-strategy';

@Component({ template: '' })
class Blank {}

const testI18n: I18nConfig = {
  texts: [
    textGroup(
      () => Promise.resolve({ texts: { app: { name: 'Samverkan' }, page: { login: 'Logga in' } } }),
      () => Promise.resolve({ texts: { app: { name: 'Samverkan' }, page: { login: 'Log in' } } }),
    ),
  ],
};

describe('TranslatedTitleStrategy', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18n(testI18n),
        provideRouter([
          { path: 'logga-in', component: Blank, title: 'page.login' },
          { path: 'utan-titel', component: Blank },
        ]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  it('translates the route title and follows a language switch', async () => {
    const language = TestBed.inject(LanguageService);
    await firstValueFrom(language.init());
    await TestBed.inject(Router).navigateByUrl('/logga-in');
    const title = TestBed.inject(Title);
    expect(title.getTitle()).toBe('Logga in – Samverkan');

    await firstValueFrom(language.use('en'));
    expect(title.getTitle()).toBe('Log in – Samverkan');
  });

  it('uses the app name alone for a route without a title', async () => {
    await firstValueFrom(TestBed.inject(LanguageService).init());
    await TestBed.inject(Router).navigateByUrl('/utan-titel');
    expect(TestBed.inject(Title).getTitle()).toBe('Samverkan');
  });
});
