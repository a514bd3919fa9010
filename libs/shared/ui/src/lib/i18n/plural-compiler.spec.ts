import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { LanguageService } from './language';
import { PluralCompiler, parsePlurals } from './plural-compiler';
import { provideI18n } from './provide-i18n';
import { textGroup } from './texts';

describe('PluralCompiler', () => {
  const compiler = new PluralCompiler();
  const run = (text: string, lang: string, params?: Record<string, unknown>): string => {
    const compiled = compiler.compile(text, lang);
    return typeof compiled === 'function' ? compiled(params) : String(compiled);
  };

  it('picks the form for the number, in Swedish and English, with # as the number', () => {
    const sv = '{count, plural, one {# kommentar} other {# kommentarer}}';
    expect(run(sv, 'sv', { count: 1 })).toBe('1 kommentar');
    expect(run(sv, 'sv', { count: 0 })).toBe('0 kommentarer');
    expect(run(sv, 'sv', { count: 2 })).toBe('2 kommentarer');
    expect(run('{count, plural, one {# comment} other {# comments}}', 'en', { count: 1 })).toBe('1 comment');
  });

  it('prefers an exact =N form, and fills {{name}} placeholders inside and outside the plural', () => {
    const text = '{{name}}: {count, plural, =0 {inga anmälda} one {# anmäld av {{max}}} other {# anmälda av {{max}}}}.';
    expect(run(text, 'sv', { name: 'Pass A', count: 0, max: 30 })).toBe('Pass A: inga anmälda.');
    expect(run(text, 'sv', { name: 'Pass A', count: 1, max: 30 })).toBe('Pass A: 1 anmäld av 30.');
    expect(run(text, 'sv', { name: 'Pass A', count: 12, max: 30 })).toBe('Pass A: 12 anmälda av 30.');
  });

  it('shows a number formatted for display as given, and picks its form', () => {
    expect(run('{n, plural, one {# minut} other {# minuter}}', 'sv', { n: '1\u00a0500' })).toBe('1\u00a0500 minuter');
  });

  it('handles two plurals in one text', () => {
    const text = '{a, plural, one {# tema} other {# teman}} och {b, plural, one {# programpunkt} other {# programpunkter}}';
    expect(run(text, 'sv', { a: 1, b: 3 })).toBe('1 tema och 3 programpunkter');
  });

  it('leaves texts without a plural as strings, for the default interpolation', () => {
    expect(compiler.compile('Hej {{name}}', 'sv')).toBe('Hej {{name}}');
  });

  it('refuses a plural without "other"', () => {
    expect(() => parsePlurals('{count, plural, one {# sak}}')).toThrow(/other/);
  });

  it('works through the translate pipe and instant, as the app registers it', async () => {
    const group = textGroup(
      () => Promise.resolve({ texts: { comments: '{count, plural, one {# kommentar} other {# kommentarer}}' } }),
      () => Promise.resolve({ texts: { comments: '{count, plural, one {# comment} other {# comments}}' } }),
    );
    TestBed.configureTestingModule({ providers: [provideI18n({ texts: [group] })] });
    await firstValueFrom(TestBed.inject(LanguageService).use('sv'));
    const translate = TestBed.inject(TranslateService);
    expect(translate.instant('comments', { count: 1 })).toBe('1 kommentar');
    await firstValueFrom(TestBed.inject(LanguageService).use('en'));
    expect(translate.instant('comments', { count: 5 })).toBe('5 comments');
  });
});
