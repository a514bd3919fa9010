import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { COVERAGE_URL } from '@samverkan/coverage/contract';
import { LanguageService, errorInterceptor, provideI18n, sharedTexts } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { aReport } from '../../testing/report';
import { coveragePagesTexts } from '../i18n/texts';
import { AuthService } from '@samverkan/identity/feature';
import { CoverageDashboard, toQuery } from './coverage-dashboard';

describe('CoverageDashboard', () => {
  let fixture: ComponentFixture<CoverageDashboard>;
  let http: HttpTestingController;

  let capabilities: string[] = [];

  beforeEach(async () => {
    localStorage.clear();
    capabilities = ['coverage.read', 'calls.manage'];
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts, coveragePagesTexts] }),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: AuthService, useValue: { can: (capability: string) => capabilities.includes(capability) } },
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).init());
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CoverageDashboard);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const reportRequests = (): TestRequest[] => http.match((req) => req.url === COVERAGE_URL);

  async function answer(report = aReport()): Promise<void> {
    for (const req of reportRequests()) req.flush(report);
    await fixture.whenStable();
  }

  it('shows the loading state, then the heat map with the gap highlighted, gaps and suggestions', async () => {
    expect(element().textContent).toContain('Hämtar rapporten…');
    const requests = reportRequests();
    const list = requests.find((r) => r.request.params.keys().length === 0) as TestRequest;
    const report = requests.find((r) => r !== list) as TestRequest;
    expect(report.request.params.toString()).toBe('minShare=0.1&lastN=3');
    list.flush(aReport());
    report.flush(aReport());
    await fixture.whenStable();

    const gapCells = element().querySelectorAll('.sv-heatmap__cell--gap');
    expect(gapCells).toHaveLength(1);
    expect(gapCells[0].querySelector('button')?.getAttribute('aria-label')).toContain(
      'En attraktiv livsmiljö, Vårkonferens 2024, 2024-04-17',
    );
    expect(gapCells[0].querySelector('button')?.getAttribute('aria-label')).toContain('lucka');
    expect(element().querySelector('[data-gap="living-environment"]')?.textContent).toContain('En attraktiv livsmiljö: saknas helt');
    const suggestions = Array.from(element().querySelectorAll('ol li')).map((li) => li.textContent?.trim());
    expect(suggestions[0]).toContain('Lyft fram En attraktiv livsmiljö igen');
    expect(suggestions[1]).toContain('Bjud in fler från statliga myndigheter');
    // Every chart has its table: trend per year and participant mix.
    const tables = Array.from(element().querySelectorAll('details table caption')).map((c) => c.textContent?.trim());
    expect(tables).toEqual([
      'Andel av programtiden per fokusområde',
      'Andel av programtiden per fokusområde och år.',
      expect.stringContaining('Deltagare per organisationstyp'),
    ]);
    expect(element().querySelector('[data-testid="coverage-table"] tbody tr')?.textContent).toContain('180');
  });

  it('shows the evaluation wishes beside what was offered: in the heat map and the totals table', async () => {
    await answer(aReport());
    const table = element().querySelector('[data-testid="coverage-table"]') as HTMLElement;
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim());
    expect(headers.at(-1)).toBe('Önskemål i utvärderingen');
    const cell = Array.from(element().querySelectorAll<HTMLButtonElement>('.sv-heatmap__button')).find((b) =>
      b.getAttribute('aria-label')?.startsWith('En attraktiv livsmiljö, Höstkonferens 2022'),
    ) as HTMLButtonElement;
    // Shown beside the button, not in it: the button's name holds all the text the button shows.
    expect(cell.parentElement?.querySelector('.sv-heatmap__wishes')?.textContent).toContain('3 önskemål');
    expect(cell.textContent).not.toContain('önskemål');
    expect(cell.getAttribute('aria-label')).toContain('3 önskemål i utvärderingen');
  });

  it('shows the empty state and an error with retry', async () => {
    await answer(aReport({ conferences: [], cells: [], byYear: [], participantMix: [], years: [], gaps: [], suggestions: [] }));
    expect(element().textContent).toContain('Det finns inga konferenser i urvalet.');

    element().querySelectorAll<HTMLButtonElement>('.sv-coverage__filter-actions button')[0].click();
    await new Promise((resolve) => setTimeout(resolve, 350));
    const year = new Date().getFullYear();
    const filtered = http.expectOne((req) => req.url === COVERAGE_URL && req.params.get('fromYear') === String(year - 2));
    expect(filtered.request.params.get('toYear')).toBe(String(year));
    filtered.flush({ statusCode: 500, message: 'Något gick fel hos oss.' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Något gick fel hos oss.');
  });

  it('exports the table with the current filters and says where it went', async () => {
    await answer();
    const createObjectURL = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const buttons = Array.from(element().querySelectorAll<HTMLButtonElement>('.sv-coverage__toolbar button'));
    buttons.find((b) => b.textContent?.includes('Exportera CSV'))?.click();
    const req = http.expectOne((r) => r.url === `${COVERAGE_URL}/export.csv`);
    expect(req.request.params.toString()).toBe('minShare=0.1&lastN=3');
    req.flush(new Blob(['År,Konferens']), { headers: { 'Content-Disposition': 'attachment; filename="fokusomraden-tackning.csv"' } });
    await fixture.whenStable();
    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    click.mockRestore();
    expect(element().querySelector('.sv-status')?.textContent).toContain('fokusomraden-tackning.csv');
  });

  it('opens what lies behind a cell', async () => {
    await answer();
    element().querySelector<HTMLButtonElement>('.sv-heatmap__cell button')?.click();
    TestBed.tick();
    const req = http.expectOne((r) => r.url === `${COVERAGE_URL}/items`);
    expect(req.request.params.toString()).toBe('focusArea=infrastructure&conferenceId=c-1');
    req.flush([
      {
        kind: 'session',
        id: 's-1',
        conferenceId: 'c-1',
        conferenceTitle: 'Höstkonferens 2022',
        title: 'Järnvägen',
        minutes: 60,
        state: 'seminar',
        signups: 3,
        link: null,
      },
    ]);
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain('Bakom siffrorna: En infrastruktur i alla dimensioner');
    expect(dialog?.textContent).toContain('Järnvägen');
    expect(dialog?.textContent).toContain('60 min');
  });

  it('from the gaps, opens a call for the next conference pre-filled with the short areas (calls.manage only)', async () => {
    const base = aReport();
    // The live conference of the report, moved to the future (a draft still being planned).
    const upcoming = { ...base.conferences[1], title: 'Vårkonferens 2099', startsOn: '2099-04-20', status: 'draft' };
    await answer({ ...base, conferences: [base.conferences[0], upcoming] });
    const link = element().querySelector('a[data-open-call]') as HTMLAnchorElement;
    expect(link.textContent?.replace(/\s+/g, ' ').trim()).toBe('send Öppna ett upprop för Vårkonferens 2099 med dessa fokusområden');
    expect(link.getAttribute('href')).toBe('/arbetsutskottet/upprop/c-2?omraden=living-environment');
  });

  it('says so when there is no upcoming conference to open a call for', async () => {
    await answer(aReport());
    expect(element().querySelector('a[data-open-call]')).toBeNull();
    expect(element().textContent).toContain('Det finns ingen kommande konferens att öppna ett upprop för.');
  });

  it('offers no call to someone without calls.manage', async () => {
    capabilities = ['coverage.read'];
    await answer(aReport());
    expect(element().querySelector('[data-gap="living-environment"]')).not.toBeNull();
    expect(element().querySelector('a[data-open-call]')).toBeNull();
    expect(element().textContent).not.toContain('upprop');
  });
});

describe('toQuery', () => {
  it('turns the form into a query, leaving out what is unset or out of range', () => {
    expect(toQuery({ fromYear: null, toYear: 2025, conferenceIds: [], minSharePercent: 15, lastN: 0 })).toEqual({
      toYear: 2025,
      minShare: 0.15,
    });
  });
});
