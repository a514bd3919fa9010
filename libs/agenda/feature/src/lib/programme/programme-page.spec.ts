import { Meta, Title } from '@angular/platform-browser';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ProgrammeResponse, SignupCountsResponse } from '@samverkan/agenda/contract';
import { CONFERENCE_ID, aProgrammeItem, aRoom, agendaTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { ProgrammePage } from './programme-page';

const programme: ProgrammeResponse = {
  conferenceId: CONFERENCE_ID,
  version: 2,
  publishedAt: '2027-03-01T10:00:00+01:00',
  rooms: [aRoom(), aRoom({ id: 'r-2', name: 'Verkstaden', position: 1 })],
  items: [
    aProgrammeItem(),
    aProgrammeItem({
      id: 'i-2',
      titleSv: 'Kompetensverkstad',
      type: 'workshop',
      roomId: 'r-2',
      roomName: 'Verkstaden',
      focusAreaCodes: ['skills'],
      startsAt: '2027-04-15T13:00:00+02:00',
      endsAt: '2027-04-15T14:30:00+02:00',
      speakers: [],
    }),
  ],
};

describe('ProgrammePage', () => {
  let http: HttpTestingController;

  async function render() {
    const fixture = TestBed.createComponent(ProgrammePage);
    fixture.componentRef.setInput('id', CONFERENCE_ID);
    TestBed.tick();
    return fixture;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...agendaTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** The conference (for the calendar's name) and the live counts: extras the page shows without. */
  function answerExtras(counts: SignupCountsResponse | 'error', conference: 'ok' | 'error') {
    const error = (request: ReturnType<HttpTestingController['expectOne']>) =>
      request.flush({ statusCode: 503, message: 'Databasen svarar inte.' }, { status: 503, statusText: 'Unavailable' });
    const conferenceRequest = http.expectOne(`/api/conferences/${CONFERENCE_ID}`);
    if (conference === 'ok')
      conferenceRequest.flush({
        id: CONFERENCE_ID,
        slug: 'varkonferensen-2027',
        titleSv: 'Vårkonferensen',
        titleEn: 'The spring conference',
        startsAt: '2027-04-14T09:00:00+02:00',
      });
    else error(conferenceRequest);
    const countsRequest = http.expectOne(`/api/conferences/${CONFERENCE_ID}/programme/signups`);
    if (counts === 'error') error(countsRequest);
    else countsRequest.flush(counts);
  }

  async function answer(
    fixture: Awaited<ReturnType<typeof render>>,
    body: ProgrammeResponse | null,
    counts: SignupCountsResponse | 'error' = {},
    conference: 'ok' | 'error' = 'ok',
  ) {
    answerExtras(counts, conference);
    http.expectOne('/api/focus-areas').flush([
      { code: 'skills', titleSv: 'Kompetensförsörjning', titleEn: 'Skills supply', descriptionSv: '', descriptionEn: '' },
      { code: 'infrastructure', titleSv: 'Infrastruktur', titleEn: 'Infrastructure', descriptionSv: '', descriptionEn: '' },
    ]);
    const request = http.expectOne(`/api/conferences/${CONFERENCE_ID}/programme`);
    if (body) request.flush(body);
    else request.flush({ statusCode: 404, message: 'Inget publicerat program' }, { status: 404, statusText: 'Not Found' });
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/programme/changes`).flush([
      {
        version: 2,
        publishedAt: '2027-03-01T10:00:00+01:00',
        changes: [
          {
            kind: 'moved',
            itemId: 'i-1',
            titleSv: 'Elnätet som flaskhals',
            before: { startsAt: '2027-04-14T10:00:00+02:00', endsAt: '2027-04-14T11:00:00+02:00', roomName: 'Verkstaden' },
            after: { startsAt: '2027-04-14T09:00:00+02:00', endsAt: '2027-04-14T10:00:00+02:00', roomName: 'Stora salen' },
          },
        ],
      },
    ]);
    await fixture.whenStable();
  }

  it('shows the programme day by day, each item with time, room, speakers, focus areas and a link', async () => {
    const fixture = await render();
    await answer(fixture, programme);
    const element: HTMLElement = fixture.nativeElement;
    const days = Array.from(element.querySelectorAll('.sv-programme__day h2')).map((h) => h.textContent?.trim());
    expect(days).toEqual(['onsdag 14 april 2027', 'torsdag 15 april 2027']);
    const first = element.querySelector('.sv-programme__item') as HTMLElement;
    expect(first.textContent).toContain('09:00–10:00');
    expect(first.textContent).toContain('Stora salen');
    expect(first.textContent).toContain('Anna Berg (Finspångs kommun)');
    expect(first.textContent).toContain('Infrastruktur');
    expect(first.querySelector('a')?.getAttribute('href')).toBe('/program/punkt/i-1');
    expect(element.querySelector('#andringar')?.parentElement?.textContent).toContain('Flyttad');
  });

  it('filters by type and says how many items are shown', async () => {
    const fixture = await render();
    await answer(fixture, programme);
    const element: HTMLElement = fixture.nativeElement;
    const typeSelect = element.querySelectorAll('select')[1] as HTMLSelectElement;
    typeSelect.value = 'workshop';
    typeSelect.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const titles = Array.from(element.querySelectorAll('.sv-programme__item h3')).map((h) => h.textContent?.trim());
    expect(titles).toEqual(['Kompetensverkstad']);
    expect(element.querySelector('[role=status]')?.textContent).toContain('1 programpunkt visas');
  });

  it('says the programme is not published yet on 404', async () => {
    const fixture = await render();
    await answer(fixture, null);
    const element: HTMLElement = fixture.nativeElement;
    expect(element.textContent).toContain('Programmet är inte publicerat ännu.');
    expect(element.querySelector('.sv-programme__item')).toBeNull();
  });

  describe('with sign-up sessions', () => {
    const withSignup: ProgrammeResponse = {
      ...programme,
      items: [
        aProgrammeItem({ signupRequired: true, signupCapacity: 40 }),
        aProgrammeItem({
          id: 'i-2',
          titleSv: 'Kompetensverkstad',
          type: 'workshop',
          startsAt: '2027-04-15T13:00:00+02:00',
          endsAt: '2027-04-15T14:30:00+02:00',
          signupRequired: true,
          signupCapacity: 12,
        }),
        aProgrammeItem({ id: 'i-3', titleSv: 'Studiebesök', startsAt: '2027-04-15T15:00:00+02:00', endsAt: '2027-04-15T16:00:00+02:00' }),
      ],
    };
    const typeLine = (element: HTMLElement, title: string) =>
      Array.from(element.querySelectorAll('.sv-programme__item'))
        .find((item) => item.querySelector('h3')?.textContent?.trim() === title)
        ?.querySelector('.sv-programme__type')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim();

    it('says how many places are left, or that a session is full', async () => {
      const fixture = await render();
      await answer(fixture, withSignup, { 'i-1': { taken: 15, capacity: 40 }, 'i-2': { taken: 12, capacity: 12 } });
      const element: HTMLElement = fixture.nativeElement;
      expect(typeLine(element, 'Elnätet som flaskhals')).toBe('Seminarium · Kräver anmälan · 25 platser kvar');
      expect(typeLine(element, 'Kompetensverkstad')).toBe('Workshop · Kräver anmälan · Fullt');
      expect(typeLine(element, 'Studiebesök')).toBe('Seminarium');
    });

    it('says "1 plats kvar" for the last place', async () => {
      const fixture = await render();
      await answer(fixture, withSignup, { 'i-2': { taken: 11, capacity: 12 } });
      expect(typeLine(fixture.nativeElement, 'Kompetensverkstad')).toBe('Workshop · Kräver anmälan · 1 plats kvar');
    });

    it('shows the programme as before when the counts fail', async () => {
      const fixture = await render();
      await answer(fixture, withSignup, 'error');
      const element: HTMLElement = fixture.nativeElement;
      expect(typeLine(element, 'Kompetensverkstad')).toBe('Workshop · Kräver anmälan');
      expect(element.querySelector('[role="alert"]')).toBeNull();
    });
  });

  describe('calendar links', () => {
    const links = (fixture: Awaited<ReturnType<typeof render>>) =>
      (fixture.nativeElement as HTMLElement).querySelector('sv-calendar-links') as HTMLElement | null;

    it("offer the conference's feed, named after the conference", async () => {
      const fixture = await render();
      await answer(fixture, programme);
      const calendar = links(fixture);
      expect(calendar?.querySelector('h2')?.textContent?.trim()).toBe('Till din kalender');
      expect(calendar?.querySelector('a[download]')?.getAttribute('href')).toBe(
        `http://localhost/api/conferences/${CONFERENCE_ID}/calendar.ics`,
      );
      expect(decodeURIComponent(calendar?.querySelector('a[href*="outlook.office.com"]')?.getAttribute('href') ?? '')).toContain(
        'name=Vårkonferensen',
      );
      // The head names the conference, for search results and link previews.
      expect(TestBed.inject(Title).getTitle()).toBe('Program för Vårkonferensen – Samverkan');
      expect(TestBed.inject(Meta).getTag('name="description"')?.content).toBe(
        'Programmet för Vårkonferensen den onsdag 14 april 2027: tider, salar, talare och ändringar.',
      );
      expect(TestBed.inject(Meta).getTag('property="og:url"')?.content).toBe('http://localhost/konferenser/varkonferensen-2027/program');
    });

    it('ask for English texts in English, and are named "Programme" without the conference', async () => {
      await useLanguage('en');
      const fixture = await render();
      await answer(fixture, programme, {}, 'error');
      const calendar = links(fixture);
      expect(calendar?.querySelector('a[download]')?.getAttribute('href')).toBe(
        `http://localhost/api/conferences/${CONFERENCE_ID}/calendar.ics?lang=en`,
      );
      expect(decodeURIComponent(calendar?.querySelector('a[href*="outlook.office.com"]')?.getAttribute('href') ?? '')).toContain(
        'name=Programme',
      );
    });

    it('are not offered while nothing is published', async () => {
      const fixture = await render();
      await answer(fixture, null);
      expect(links(fixture)).toBeNull();
    });
  });
});
