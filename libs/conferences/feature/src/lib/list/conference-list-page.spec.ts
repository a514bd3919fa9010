import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aConference, conferencesTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { ConferenceListPage } from './conference-list-page';

describe('ConferenceListPage', () => {
  let fixture: ComponentFixture<ConferenceListPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...conferencesTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ConferenceListPage);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const section = (id: string): HTMLElement => element().querySelector(`section[aria-labelledby="${id}"]`) as HTMLElement;
  const cards = (id: string): HTMLElement[] => Array.from(section(id).querySelectorAll('article'));

  function request(when: 'upcoming' | 'past'): TestRequest {
    return http.expectOne((req) => req.url === '/api/conferences' && req.params.get('when') === when);
  }

  async function answer(upcoming: (req: TestRequest) => void, past: (req: TestRequest) => void): Promise<void> {
    upcoming(request('upcoming'));
    past(request('past'));
    await fixture.whenStable();
  }

  it('asks for published conferences only, also when staff is signed in, and shows that it is loading', () => {
    expect(element().querySelectorAll('[role="status"]')).toHaveLength(2);
    const upcoming = request('upcoming');
    expect(upcoming.request.params.get('status')).toBe('published');
    upcoming.flush([]);
    request('past').flush([]);
  });

  it('shows each upcoming conference as a card with dates, place, focus areas, seats and "Anmäl dig"', async () => {
    await answer(
      (req) => req.flush([aConference()]),
      (req) => req.flush([]),
    );
    const [card] = cards('conferences-upcoming');
    expect(card.querySelector('h3 a')?.getAttribute('href')).toBe(`/konferenser/${aConference().slug}`);
    expect(card.querySelector('h3')?.textContent?.trim()).toBe('Industrikommunernas vårkonferens');
    expect(card.textContent).toContain('onsdag 14 april 2027 09:00 – torsdag 15 april 2027 16:00');
    expect(card.textContent).toContain('Arena Finspång, Bergslagsvägen 1, Finspång');
    expect(card.textContent).toContain('Finspångs kommun');
    expect(Array.from(card.querySelectorAll('.sv-chip')).map((chip) => chip.textContent?.trim())).toEqual([
      'Kompetensförsörjning för konkurrenskraft',
      'En infrastruktur i alla dimensioner',
    ]);
    expect(card.textContent).toContain('138 av 150 platser kvar');
    const register = card.querySelector('a[href$="/anmalan"]');
    expect(register?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Anmäl dig – Industrikommunernas vårkonferens');
    expect(section('conferences-past').textContent).toContain('Det finns inga tidigare konferenser.');
  });

  it('says "fullbokad – reservlista" and offers the waitlist when the seats are gone; no action when closed', async () => {
    await answer(
      (req) =>
        req.flush([aConference({ id: 'full', seatsLeft: 0, confirmedCount: 150 }), aConference({ id: 'closed', registrationOpen: false })]),
      (req) =>
        req.flush([
          aConference({ id: 'old', titleSv: 'Höstkonferensen 2025', registrationOpen: false, endsAt: '2025-10-02T16:00:00+02:00' }),
        ]),
    );
    const [full, closed] = cards('conferences-upcoming');
    expect(full.textContent).toContain('Fullbokad – reservlista');
    expect(full.querySelector('a[href="/konferenser/industrikommunernas-varkonferens-2027/anmalan"]')?.textContent).toContain(
      'Anmäl dig till reservlistan',
    );
    expect(closed.textContent).toContain('Anmälan är stängd');
    expect(closed.querySelector('a[href$="/anmalan"]')).toBeNull();
    const [old] = cards('conferences-past');
    expect(old.textContent).toContain('Konferensen är avslutad');
    expect(old.querySelector('a[href$="/anmalan"]')).toBeNull();
  });

  it('shows an empty state, and an error with a way to try again for the list that failed', async () => {
    await answer(
      (req) => req.flush({ statusCode: 503, message: 'Databasen svarar inte.' }, { status: 503, statusText: 'Unavailable' }),
      (req) => req.flush([]),
    );
    expect(section('conferences-upcoming').querySelector('[role="alert"]')?.textContent).toContain('Databasen svarar inte.');
    (section('conferences-upcoming').querySelector('sv-error-message button') as HTMLButtonElement).click();
    TestBed.tick();
    request('upcoming').flush([]);
    await fixture.whenStable();
    expect(section('conferences-upcoming').querySelector('[role="alert"]')).toBeNull();
    expect(section('conferences-upcoming').textContent).toContain('Det finns inga kommande konferenser just nu.');
  });

  it('follows a language switch: English texts and titles without asking the API again', async () => {
    await answer(
      (req) => req.flush([aConference()]),
      (req) => req.flush([]),
    );
    await useLanguage('en');
    await fixture.whenStable();
    const [card] = cards('conferences-upcoming');
    expect(element().querySelector('h1')?.textContent).toContain('Conferences');
    expect(card.querySelector('h3')?.textContent?.trim()).toBe("Industrial municipalities' spring conference");
    expect(card.textContent).toContain('138 of 150 seats left');
    expect(card.textContent).toContain('Skills supply for competitiveness');
  });
});
