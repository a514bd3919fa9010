import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import type { I18nConfig } from './dictionary';
import { LanguageService } from './language';
import { PUBLIC_BASE_URL, describePage, shortDescription, type PageDescription } from './page-head';
import { provideI18n } from './provide-i18n';
import { textGroup } from './texts';
import { TranslatedTitleStrategy } from './translated-title-strategy';

const subject = signal<PageDescription | null>(null);

@Component({ template: '' })
class ConferenceLike {
  constructor() {
    describePage(() => subject());
  }
}

@Component({ template: '' })
class Plain {}

const testI18n: I18nConfig = {
  texts: [
    textGroup(
      () => Promise.resolve({ texts: { app: { name: 'Samverkan' }, page: { conference: 'Konferens', list: 'Konferenser' } } }),
      () => Promise.resolve({ texts: { app: { name: 'Samverkan' }, page: { conference: 'Conference', list: 'Conferences' } } }),
    ),
  ],
};

describe('PageHead', () => {
  const tag = (selector: string) => document.head.querySelector(`meta[${selector}]`)?.getAttribute('content') ?? null;

  beforeEach(async () => {
    localStorage.clear();
    subject.set(null);
    document.head.querySelectorAll('meta[name="description"], meta[property^="og:"]').forEach((meta) => meta.remove());
    const site = document.createElement('meta');
    site.setAttribute('name', 'description');
    site.setAttribute('content', 'Om Samverkan.');
    document.head.appendChild(site);
    TestBed.configureTestingModule({
      providers: [
        provideI18n(testI18n),
        provideRouter([
          { path: 'konferenser/:id', component: ConferenceLike, title: 'page.conference' },
          { path: 'konferenser', component: Plain, title: 'page.list' },
        ]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
        { provide: PUBLIC_BASE_URL, useValue: 'https://samverkan.example/' },
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).init());
  });

  it('names the page by its route until the page has its subject, then by the subject with a description and Open Graph tags', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/konferenser/c-1');
    const title = TestBed.inject(Title);
    expect(title.getTitle()).toBe('Konferens – Samverkan');
    expect(tag('property="og:title"')).toBeNull();

    subject.set({ title: 'Vårkonferensen & co', description: 'Två dagar\n om kompetens.', path: '/konferenser/c-1' });
    TestBed.tick();
    expect(title.getTitle()).toBe('Vårkonferensen & co – Samverkan');
    expect(tag('name="description"')).toBe('Två dagar om kompetens.');
    expect(tag('property="og:title"')).toBe('Vårkonferensen & co – Samverkan');
    expect(tag('property="og:description"')).toBe('Två dagar om kompetens.');
    expect(tag('property="og:type"')).toBe('website');
    expect(tag('property="og:url"')).toBe('https://samverkan.example/konferenser/c-1');
    expect(document.head.querySelectorAll('meta[name="description"]')).toHaveLength(1);
  });

  it('keeps the subject across a language switch and gives the head back to the route when the page is left', async () => {
    const router = await RouterTestingHarness.create();
    await router.navigateByUrl('/konferenser/c-1');
    subject.set({ title: 'Vårkonferensen', path: '/konferenser/c-1' });
    TestBed.tick();
    await firstValueFrom(TestBed.inject(LanguageService).use('en'));
    expect(TestBed.inject(Title).getTitle()).toBe('Vårkonferensen – Samverkan');
    // No description of its own: the site's stays, and no og:description.
    expect(tag('name="description"')).toBe('Om Samverkan.');
    expect(tag('property="og:description"')).toBeNull();

    await router.navigateByUrl('/konferenser');
    TestBed.tick();
    expect(TestBed.inject(Title).getTitle()).toBe('Conferences – Samverkan');
    expect(tag('property="og:title"')).toBeNull();
    expect(tag('property="og:url"')).toBeNull();
    expect(tag('name="description"')).toBe('Om Samverkan.');
  });
});

describe('shortDescription', () => {
  it('keeps a short text, collapsing whitespace', () => {
    expect(shortDescription('  Två  dagar\nom kompetens. ')).toBe('Två dagar om kompetens.');
  });

  it('cuts a long one at a word boundary to at most 160 characters, with an ellipsis', () => {
    const long = 'Kompetensförsörjning och infrastruktur, '.repeat(10);
    const short = shortDescription(long);
    expect(short.length).toBeLessThanOrEqual(160);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).not.toMatch(/[ ,]…$/);
  });
});
