import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LanguageService, errorInterceptor, provideI18n, sharedTexts } from '@samverkan/shared/ui';
import type { FocusAreaResponse } from '@samverkan/strategy/contract';
import { firstValueFrom } from 'rxjs';
import { strategyStartupTexts } from '../i18n/texts';
import { FocusAreaLinks } from './focus-area-links';
import { FocusAreasPage } from './focus-areas-page';

const focusAreas: FocusAreaResponse[] = [
  {
    code: 'infrastructure',
    titleSv: 'En infrastruktur i alla dimensioner',
    titleEn: 'Infrastructure in every dimension',
    descriptionSv: 'Järnväg, elnät, vatten och fiber.',
    descriptionEn: 'Rail, power grid, water and fibre.',
  },
  {
    code: 'green-transition',
    titleSv: 'En grön omställning',
    titleEn: 'A green transition',
    descriptionSv: 'Näringslivsdriven klimatomställning.',
    descriptionEn: 'Business-driven climate transition.',
  },
];

describe('FocusAreasPage', () => {
  let fixture: ComponentFixture<FocusAreasPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts, strategyStartupTexts] }),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).init());
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FocusAreasPage);
    // Not whenStable(): the pending request keeps the app unstable until it is answered.
    TestBed.tick();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const titles = (): string[] => Array.from(element().querySelectorAll('h2')).map((h) => h.textContent?.trim() ?? '');

  async function respond(flush: (req: ReturnType<HttpTestingController['expectOne']>) => void): Promise<void> {
    flush(http.expectOne('/api/focus-areas'));
    await fixture.whenStable();
  }

  it('shows that it is loading until the API answers', async () => {
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Hämtar fokusområden…');
    expect(titles()).toEqual([]);
    await respond((req) => req.flush(focusAreas));
    expect(element().querySelector('[role="status"]')).toBeNull();
  });

  it('lists the focus areas with Swedish titles and descriptions', async () => {
    await respond((req) => req.flush(focusAreas));
    expect(element().querySelector('h1')?.textContent).toContain('Strategins fokusområden');
    expect(titles()).toEqual(['En infrastruktur i alla dimensioner', 'En grön omställning']);
    expect(element().textContent).toContain('Järnväg, elnät, vatten och fiber.');
    expect(element().querySelector('li#green-transition')).not.toBeNull();
  });

  it('switches the titles and descriptions to English without reloading', async () => {
    await respond((req) => req.flush(focusAreas));
    await firstValueFrom(TestBed.inject(LanguageService).use('en'));
    await fixture.whenStable();
    expect(element().querySelector('h1')?.textContent).toContain("The strategy's focus areas");
    expect(titles()).toEqual(['Infrastructure in every dimension', 'A green transition']);
    expect(element().textContent).toContain('Rail, power grid, water and fibre.');
    http.expectNone('/api/focus-areas');
  });

  it('says so when there are none', async () => {
    await respond((req) => req.flush([]));
    expect(element().textContent).toContain('Det finns inga fokusområden att visa just nu.');
    expect(titles()).toEqual([]);
  });

  it('shows the error and loads again on "try again"', async () => {
    await respond((req) => req.error(new ProgressEvent('error')));
    const alert = element().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Det gick inte att nå servern.');
    expect(titles()).toEqual([]);

    const retry = Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.includes('Försök igen'));
    expect(retry).toBeDefined();
    retry?.click();
    TestBed.tick();
    await respond((req) => req.flush(focusAreas));
    expect(element().querySelector('[role="alert"]')).toBeNull();
    expect(titles()).toHaveLength(2);
  });

  it("shows the API's message for a server error", async () => {
    await respond((req) =>
      req.flush({ statusCode: 503, message: 'Databasen svarar inte.' }, { status: 503, statusText: 'Service Unavailable' }),
    );
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Databasen svarar inte.');
  });
});

describe('FocusAreaLinks', () => {
  it('links each title to its place on the focus areas page', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts, strategyStartupTexts] }),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).init());
    const fixture = TestBed.createComponent(FocusAreaLinks);
    TestBed.tick();
    TestBed.inject(HttpTestingController).expectOne('/api/focus-areas').flush(focusAreas);
    await fixture.whenStable();
    const links = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a'));
    expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['En infrastruktur i alla dimensioner', '/fokusomraden#infrastructure'],
      ['En grön omställning', '/fokusomraden#green-transition'],
    ]);
  });
});
