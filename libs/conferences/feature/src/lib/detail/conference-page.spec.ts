import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Meta, Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { aConference, conferencesTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { ConferencePage } from './conference-page';

describe('ConferencePage', () => {
  let fixture: ComponentFixture<ConferencePage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...conferencesTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ConferencePage);
    fixture.componentRef.setInput('id', 'c-1');
    TestBed.tick();
  });

  afterEach(() => http.verify());

  /** The page also asks where its themes came from; tests that do not look at it answer it empty. */
  function answerLineage(lineage: unknown[] = []): void {
    http.match((request) => request.url.endsWith('/lineage')).forEach((request) => request.flush(lineage));
  }

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (): string => element().textContent?.replace(/\s+/g, ' ') ?? '';

  async function answer(conference: ConferenceResponse, lineage: unknown[] = []): Promise<void> {
    answerLineage(lineage);
    http.expectOne(`/api/conferences/${conference.id}`).flush(conference);
    await fixture.whenStable();
  }

  it('shows the conference: title, Stockholm dates, place, host, description, focus areas and themes', async () => {
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Hämtar konferensen…');
    await answer(aConference({ id: 'c-1' }));
    expect(element().querySelector('h1')?.textContent?.trim()).toBe('Industrikommunernas vårkonferens');
    // The document names the conference, with its description for search results and link previews.
    expect(TestBed.inject(Title).getTitle()).toBe('Industrikommunernas vårkonferens – Samverkan');
    expect(TestBed.inject(Meta).getTag('name="description"')?.content).toBe('Två dagar om kompetens och infrastruktur.');
    expect(TestBed.inject(Meta).getTag('property="og:url"')?.content).toBe(
      `${document.location.origin}/konferenser/industrikommunernas-varkonferens-2027`,
    );
    const facts = Array.from(element().querySelectorAll('dl.sv-facts > div')).map((row) => [
      row.querySelector('dt')?.textContent?.trim(),
      row.querySelector('dd')?.textContent?.trim(),
    ]);
    expect(facts).toEqual([
      ['När', 'onsdag 14 april 2027 09:00 – torsdag 15 april 2027 16:00'],
      ['Var', 'Arena Finspång, Bergslagsvägen 1, Finspång'],
      ['Värdkommun', 'Finspångs kommun'],
    ]);
    expect(text()).toContain('Två dagar om kompetens och infrastruktur.');
    expect(Array.from(element().querySelectorAll('h3')).map((h) => h.textContent?.trim())).toEqual(['Elnätet som flaskhals']);
    expect(element().querySelector('ul[aria-label="Fokusområden för Elnätet som flaskhals"]')?.textContent).toContain(
      'En infrastruktur i alla dimensioner',
    );
    expect(text()).toContain('138 av 150 platser kvar');
    expect(element().querySelector('a[href="/konferenser/industrikommunernas-varkonferens-2027/anmalan"]')?.textContent?.trim()).toBe(
      'Anmäl dig',
    );
    // The programme page says itself when nothing is published yet.
    expect(element().querySelector('a[href="/konferenser/industrikommunernas-varkonferens-2027/program"]')?.textContent?.trim()).toBe(
      'Programmet',
    );
    expect(element().querySelector('[role="note"]')).toBeNull();
  });

  it('tells where a theme came from: proposer, meeting and date of the decision', async () => {
    await answer(aConference({ id: 'c-1' }), [
      {
        themeId: 't-1',
        proposalId: 'p-1',
        proposalTitle: 'Elnätet som flaskhals',
        proposerName: 'Karin Kommunråd',
        meetingId: 'm-1',
        meetingTitle: 'Arbetsutskottets möte',
        decidedAt: '2026-10-28T10:00:00+01:00',
      },
    ]);
    expect(element().querySelector('.sv-theme-origin')?.textContent?.trim()).toBe(
      'Föreslaget av Karin Kommunråd, beslutat vid Arbetsutskottets möte den 28 oktober 2026.',
    );
  });

  it('tells the public only that a proposal was decided, and when', async () => {
    await answer(aConference({ id: 'c-1' }), [
      {
        themeId: 't-1',
        proposalId: null,
        proposalTitle: null,
        proposerName: null,
        meetingId: null,
        meetingTitle: null,
        decidedAt: '2026-10-28T10:00:00+01:00',
      },
    ]);
    expect(element().querySelector('.sv-theme-origin')?.textContent?.trim()).toBe(
      'Temat kommer från ett förslag från programrådet, beslutat den 28 oktober 2026.',
    );
  });

  it('shows a cancelled banner and no way to register for a cancelled conference', async () => {
    await answer(aConference({ id: 'c-1', status: 'cancelled', registrationOpen: false }));
    expect(element().querySelector('.sv-banner--error')?.textContent).toContain('Konferensen är inställd.');
    expect(element().querySelector('a[href$="/anmalan"]')).toBeNull();
  });

  it('says when registration opens, and offers the waitlist when full', async () => {
    await answer(aConference({ id: 'c-1', registrationOpen: false, registrationOpensAt: '2099-01-07T09:00:00+01:00' }));
    expect(text()).toContain('Anmälan öppnar onsdag 7 januari 2099 09:00');
    expect(element().querySelector('a[href$="/anmalan"]')).toBeNull();

    fixture.componentRef.setInput('id', 'c-2');
    TestBed.tick();
    await answer(aConference({ id: 'c-2', seatsLeft: 0, confirmedCount: 150 }));
    expect(text()).toContain('Fullbokad – reservlista');
    expect(text()).toContain('blir en plats ledig går den till den som står först på reservlistan');
    expect(element().querySelector('a[href="/konferenser/industrikommunernas-varkonferens-2027/anmalan"]')?.textContent?.trim()).toBe(
      'Anmäl dig till reservlistan',
    );
  });

  it('shows a not-found page with a way to all conferences when the API says 404', async () => {
    http
      .expectOne('/api/conferences/c-1')
      .flush({ statusCode: 404, message: 'Konferensen finns inte.' }, { status: 404, statusText: 'Not Found' });
    answerLineage();
    await fixture.whenStable();
    expect(element().querySelector('h1')?.textContent).toContain('Konferensen finns inte');
    expect(element().querySelector('a[href="/konferenser"]')?.textContent).toContain('Alla konferenser');
    expect(element().querySelector('[role="alert"]')).toBeNull();
  });

  it('shows other errors with a way to try again', async () => {
    http.expectOne('/api/conferences/c-1').error(new ProgressEvent('error'));
    answerLineage();
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Det gick inte att nå servern.');
    (element().querySelector('sv-error-message button') as HTMLButtonElement).click();
    TestBed.tick();
    await answer(aConference({ id: 'c-1' }));
    expect(element().querySelector('h1')?.textContent?.trim()).toBe('Industrikommunernas vårkonferens');
  });

  describe('calendar links', () => {
    const calendar = (): HTMLElement | null => element().querySelector('sv-calendar-links');

    it("offer the conference's feed, named after the conference", async () => {
      await answer(aConference({ id: 'c-1' }));
      expect(calendar()?.querySelector('h2')?.textContent?.trim()).toBe('Till din kalender');
      const download = calendar()?.querySelector('a[download]');
      expect(download?.getAttribute('href')).toBe('http://localhost/api/conferences/c-1/calendar.ics');
      expect(download?.getAttribute('download')).toBe('konferens.ics');
      expect(calendar()?.querySelector('a[href^="https://calendar.google.com/"]')?.getAttribute('href')).toContain(
        encodeURIComponent('webcal://localhost/api/conferences/c-1/calendar.ics'),
      );
      expect(decodeURIComponent(calendar()?.querySelector('a[href*="outlook.office.com"]')?.getAttribute('href') ?? '')).toContain(
        'name=Industrikommunernas vårkonferens',
      );
    });

    it('ask for English texts in English', async () => {
      await useLanguage('en');
      await answer(aConference({ id: 'c-1' }));
      expect(calendar()?.querySelector('a[download]')?.getAttribute('href')).toBe(
        'http://localhost/api/conferences/c-1/calendar.ics?lang=en',
      );
    });

    it('are not offered for a draft (it has no public feed)', async () => {
      await answer(aConference({ id: 'c-1', status: 'draft' }));
      expect(calendar()).toBeNull();
    });
  });
});
