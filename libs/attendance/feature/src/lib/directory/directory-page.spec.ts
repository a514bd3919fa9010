import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AttendeeDirectoryResponse } from '@samverkan/attendance/contract';
import { identityStartupTexts } from '@samverkan/identity/feature';
import { testProviders, useLanguage } from '@samverkan/shared/ui-testing';
import { ATTENDANCE_TEXTS } from '../i18n/texts';
import { DirectoryPage } from './directory-page';

const URL_OF = '/api/registrations/tok-1/attendees';

const directory = (items: AttendeeDirectoryResponse['items']): AttendeeDirectoryResponse => ({
  conferenceId: '7f0c7a4e-0000-4000-8000-000000000001',
  conferenceTitleSv: 'Industrikommunernas vårkonferens',
  conferenceTitleEn: 'Spring conference',
  items,
});

describe('DirectoryPage', () => {
  let fixture: ComponentFixture<DirectoryPage>;
  let http: HttpTestingController;

  async function render(language: 'sv' | 'en' = 'sv'): Promise<void> {
    TestBed.configureTestingModule({ providers: [...testProviders({ texts: [identityStartupTexts, ...ATTENDANCE_TEXTS] }), provideRouter([])] });
    await useLanguage(language);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DirectoryPage);
    fixture.componentRef.setInput('token', 'tok-1');
    TestBed.tick();
  }

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    await fixture.whenStable();
  };
  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = () => element().textContent?.replace(/\s+/g, ' ') ?? '';

  afterEach(() => http.verify());

  it('shows the participants by organisation with its type, and how many', async () => {
    await render();
    expect(text()).toContain('Hämtar deltagarlistan…');
    http.expectOne(URL_OF).flush(
      directory([
        { firstName: 'Åsa', lastName: 'Öhrn', organisationName: 'Säffle kommun', organisationType: 'municipality' },
        { firstName: 'Per', lastName: 'Ek', organisationName: 'Säffle kommun', organisationType: 'municipality' },
        { firstName: 'René', lastName: 'Éclair', organisationName: 'Västerås Energi AB', organisationType: 'business' },
      ]),
    );
    await settle();
    expect(element().querySelector('h1')?.textContent).toContain('Deltagarlista');
    expect(text()).toContain('Industrikommunernas vårkonferens');
    expect(element().querySelector('[role="status"]')?.textContent).toContain('3 deltagare visas');
    const headings = Array.from(element().querySelectorAll('h2')).map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(headings).toEqual(['Säffle kommun (Kommun)', 'Västerås Energi AB (Företag)']);
    expect(Array.from(element().querySelectorAll('section li')).map((li) => li.textContent?.trim())).toEqual(['Åsa Öhrn', 'Per Ek', 'René Éclair']);
    expect(element().querySelector('a[href="/anmalan/tok-1"]')).not.toBeNull();
  });

  it('has an empty state, in English too', async () => {
    await render('en');
    http.expectOne(URL_OF).flush(directory([]));
    await settle();
    expect(text()).toContain('No other participant is shown on the attendee list yet.');
    expect(text()).toContain('Spring conference');
    expect(element().querySelector('[role="status"]')?.textContent).toContain('0 participants shown');
  });

  it('says why the list is closed, in the words of the refusal', async () => {
    await render();
    http.expectOne(URL_OF).flush(
      { statusCode: 403, code: 'attendance.directory-not-shown', message: 'Du ser deltagarlistan när du själv visas på den.' },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Du ser deltagarlistan när du själv visas på den.');
    expect(element().querySelector('section')).toBeNull();
  });

  it('says the link does not work for an unknown token', async () => {
    await render();
    http.expectOne(URL_OF).flush({ statusCode: 404, code: 'registrations.not-found', message: 'Anmälan finns inte.' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(element().querySelector('h1')?.textContent).toContain('Länken fungerar inte');
  });
});
