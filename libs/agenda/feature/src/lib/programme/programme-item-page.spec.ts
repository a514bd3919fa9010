import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CONFERENCE_ID, aProgrammeItem, agendaTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import type { PublishedItemResponse } from '@samverkan/agenda/contract';
import { ProgrammeItemPage } from './programme-item-page';

const item: PublishedItemResponse = {
  ...aProgrammeItem({ signupRequired: true, signupCapacity: 40 }),
  conferenceId: CONFERENCE_ID,
  version: 1,
  speakers: [
    { id: 's-1', name: 'Anna Berg', title: 'Kommunchef', organisation: 'Finspångs kommun', bioSv: 'Anna leder kommunen.', bioEn: null },
    { id: 's-2', name: 'Ola Ek', title: null, organisation: null, bioSv: 'Ola bygger nät.', bioEn: 'Ola builds grids.' },
    { id: 's-3', name: 'Eva Lund', title: null, organisation: null, bioSv: null, bioEn: null },
  ],
};

describe('ProgrammeItemPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...agendaTestProviders(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // The item lists its files (sv-documents): answered here, checked in the component's own spec.
    for (const request of http.match((req) => req.url === '/api/documents')) request.flush([]);
    http.verify();
  });

  async function render(answer: PublishedItemResponse | 404) {
    const fixture = TestBed.createComponent(ProgrammeItemPage);
    fixture.componentRef.setInput('itemId', 'i-1');
    TestBed.tick();
    http.expectOne('/api/focus-areas').flush([]);
    const request = http.expectOne('/api/agenda-items/i-1');
    if (answer === 404) request.flush({ statusCode: 404, message: 'Finns inte' }, { status: 404, statusText: 'Not Found' });
    else request.flush(answer);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const outlookName = (element: HTMLElement) =>
    decodeURIComponent(element.querySelector('sv-calendar-links a[href*="outlook.office.com"]')?.getAttribute('href') ?? '');

  it("shows the item with the links to take it into a calendar: the item's own feed, named after it", async () => {
    await useLanguage('sv');
    const element = await render(item);
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Elnätet som flaskhals');
    const calendar = element.querySelector('sv-calendar-links') as HTMLElement;
    expect(calendar.querySelector('h2')?.textContent?.trim()).toBe('Till din kalender');
    expect(calendar.textContent).toContain('En prenumeration visar programpunkten i din kalender');
    const download = calendar.querySelector('a[download]');
    expect(download?.getAttribute('href')).toBe('http://localhost/api/agenda-items/i-1/calendar.ics');
    expect(download?.getAttribute('download')).toBe('programpunkt.ics');
    expect(outlookName(element)).toContain('name=Elnätet som flaskhals');
  });

  it('shows each speaker with title and organisation, and the biographies in the page language, falling back to Swedish', async () => {
    await useLanguage('en');
    const element = await render(item);
    expect(Array.from(element.querySelectorAll('.sv-plain-list li')).map((li) => li.textContent?.trim())).toEqual([
      'Anna Berg, Kommunchef, Finspångs kommun',
      'Ola Ek',
      'Eva Lund',
    ]);
    const bios = Array.from(element.querySelectorAll('[data-speaker-bio]'));
    expect(bios.map((b) => [b.querySelector('h3')?.textContent?.trim(), b.querySelector('p')?.textContent, b.querySelector('p')?.getAttribute('lang')])).toEqual([
      ['Anna Berg, Kommunchef, Finspångs kommun', 'Anna leder kommunen.', 'sv'],
      ['Ola Ek', 'Ola builds grids.', null],
    ]);
    await useLanguage('sv');
    const swedish = await render(item);
    expect(Array.from(swedish.querySelectorAll('[data-speaker-bio] p')).map((p) => p.textContent)).toEqual(['Anna leder kommunen.', 'Ola bygger nät.']);
  });

  it('asks the feed for English texts in English', async () => {
    await useLanguage('en');
    const element = await render(item);
    expect(element.querySelector('sv-calendar-links a[download]')?.getAttribute('href')).toBe(
      'http://localhost/api/agenda-items/i-1/calendar.ics?lang=en',
    );
    expect(outlookName(element)).toContain('name=The power grid as a bottleneck');
    expect(element.querySelector('sv-calendar-links')?.textContent).toContain('A subscription shows the programme item');
  });

  it('offers no calendar for an item that is not published', async () => {
    await useLanguage('sv');
    const element = await render(404);
    expect(element.querySelector('h1')?.textContent).toContain('Programpunkten finns inte');
    expect(element.querySelector('sv-calendar-links')).toBeNull();
  });
});
