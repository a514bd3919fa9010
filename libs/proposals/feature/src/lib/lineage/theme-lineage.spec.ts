import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideI18n, sharedTexts } from '@samverkan/shared/ui';
import { proposalsTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { ThemeLineage } from './theme-lineage';

describe('ThemeLineage', () => {
  let fixture: ComponentFixture<ThemeLineage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: proposalsTestProviders() });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ThemeLineage);
    fixture.componentRef.setInput('conferenceId', 'c-1');
    // The component imports its own Swedish texts first.
    for (let i = 0; i < 20 && !(fixture.nativeElement as HTMLElement).textContent?.trim(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      TestBed.tick();
    }
  });

  afterEach(() => http.verify());

  const text = (): string => (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('says who proposed each theme and at which meeting and on which day it was decided, in both languages', async () => {
    expect(text()).toContain('Hämtar temanas ursprung…');
    http.expectOne('/api/conferences/c-1/lineage').flush([
      {
        themeId: 't-1',
        proposalId: 'p-1',
        proposalTitle: 'Attraktiva livsmiljöer för inflyttare',
        proposerName: 'Karin Kommunråd',
        meetingId: 'm-1',
        meetingTitle: 'Arbetsutskottets möte 1/2027',
        decidedAt: '2027-01-20T10:30:00+01:00',
      },
    ]);
    await fixture.whenStable();
    expect(text()).toBe(
      'Attraktiva livsmiljöer för inflyttare: Föreslaget av Karin Kommunråd, beslutat vid Arbetsutskottets möte 1/2027 den 20 januari 2027.',
    );
    await useLanguage('en');
    await fixture.whenStable();
    expect(text()).toContain('Proposed by Karin Kommunråd, decided at Arbetsutskottets möte 1/2027 on 20 January 2027.');
  });

  it('names the open call behind a proposal: who sent it to readers, only the day to the public', async () => {
    const line = { themeId: 't-1', proposalId: 'p-1', proposalTitle: 'Lärlingar', proposerName: 'Karin Kommunråd', meetingId: null, meetingTitle: null };
    const origin = { submitterName: 'Siv Sökande', organisationName: 'Gnosjö kommun', submittedAt: '2026-11-02T10:00:00+01:00' };
    http.expectOne('/api/conferences/c-1/lineage').flush([
      { ...line, decidedAt: '2027-01-20T10:30:00+01:00', origin },
      { ...line, themeId: 't-2', proposalId: null, proposalTitle: null, proposerName: null, decidedAt: '2027-01-20T10:30:00+01:00', origin: { ...origin, submitterName: null, organisationName: null } },
    ]);
    await fixture.whenStable();
    expect(text()).toContain('Från ett upprop: skickat av Siv Sökande, Gnosjö kommun, den 2 november 2026.');
    expect(text()).toContain('Kom in via ett upprop den 2 november 2026.');
    await useLanguage('en');
    await fixture.whenStable();
    expect(text()).toContain('From an open call: sent by Siv Sökande, Gnosjö kommun, on 2 November 2026.');
  });

  it('tells the public only that a proposal was decided, and when', async () => {
    http.expectOne('/api/conferences/c-1/lineage').flush([
      {
        themeId: 't-1',
        proposalId: null,
        proposalTitle: null,
        proposerName: null,
        meetingId: null,
        meetingTitle: null,
        decidedAt: '2027-01-20T10:30:00+01:00',
      },
    ]);
    await fixture.whenStable();
    expect(text()).toBe('Ett förslag från programrådet, beslutat den 20 januari 2027.');
  });

  it('says so when no theme came from a proposal', async () => {
    http.expectOne('/api/conferences/c-1/lineage').flush([]);
    await fixture.whenStable();
    expect(text()).toBe('Inget av konferensens teman har ännu kommit från programrådets förslag.');
  });

  it('shows an error with a way to try again', async () => {
    http.expectOne('/api/conferences/c-1/lineage').error(new ProgressEvent('error'));
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent).toContain('Det gick inte att nå servern.');
    ((fixture.nativeElement as HTMLElement).querySelector('button') as HTMLButtonElement).click();
    TestBed.tick();
    http.expectOne('/api/conferences/c-1/lineage').flush([]);
    await fixture.whenStable();
  });
});

describe('ThemeLineage in an app without its texts bundled', () => {
  it('loads its own Swedish texts (they are not in the start-up bundle)', async () => {
    TestBed.configureTestingModule({
      providers: [provideI18n({ texts: [sharedTexts] }), provideHttpClient(), provideHttpClientTesting()],
    });
    await useLanguage('sv');
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ThemeLineage);
    fixture.componentRef.setInput('conferenceId', 'c-2');
    for (let i = 0; i < 20 && !(fixture.nativeElement as HTMLElement).textContent?.trim(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      TestBed.tick();
    }
    http.expectOne('/api/conferences/c-2/lineage').flush([]);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe(
      'Inget av konferensens teman har ännu kommit från programrådets förslag.',
    );
    http.verify();
  });
});
