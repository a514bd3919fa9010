import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { COVERAGE_IMPORT_URL, type ImportResult } from '@samverkan/coverage/contract';
import { LanguageService, errorInterceptor, provideI18n, sharedTexts } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { coveragePagesTexts } from '../i18n/texts';
import { HistoryImportPage } from './history-import-page';

const counts = (created: number, updated = 0, unchanged = 0) => ({ created, updated, unchanged });

function aResult(overrides: Partial<ImportResult> = {}): ImportResult {
  return {
    dryRun: true,
    applied: false,
    rows: 3,
    conferences: counts(1),
    sessions: counts(1),
    participants: counts(1),
    preview: [{ key: 'k-2019', title: 'Vårkonferens 2019', startsOn: '2019-04-10', sessions: 1, participants: 40, change: 'created' }],
    errors: [],
    ...overrides,
  };
}

describe('HistoryImportPage', () => {
  let fixture: ComponentFixture<HistoryImportPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts, coveragePagesTexts] }),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).init());
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HistoryImportPage);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const button = (text: string) =>
    Array.from(element().querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.includes(text)) as HTMLButtonElement;

  async function choose(): Promise<void> {
    const input = element().querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    const file = new File(['record,conference\n'], 'historik.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  it('imports only after a clean dry run, and shows the preview', async () => {
    expect(button('Provkör').disabled).toBe(true);
    await choose();
    expect(button('Importera').disabled).toBe(true);
    button('Provkör').click();
    const dry = http.expectOne((r) => r.url === COVERAGE_IMPORT_URL);
    expect(dry.request.params.get('dryRun')).toBe('true');
    expect((dry.request.body as FormData).get('file')).toBeInstanceOf(File);
    dry.flush(aResult());
    await fixture.whenStable();
    expect(element().textContent).toContain('Filen har inga fel. Importera för att spara.');
    expect(element().querySelector('table')?.textContent).toContain('Vårkonferens 2019');

    button('Importera').click();
    const real = http.expectOne((r) => r.url === COVERAGE_IMPORT_URL);
    expect(real.request.params.get('dryRun')).toBe('false');
    real.flush(aResult({ dryRun: false, applied: true }));
    await fixture.whenStable();
    expect(element().textContent).toContain('Importen är klar');
    expect(button('Importera').disabled).toBe(true);
  });

  it('lists every row error with its line and keeps the import button off', async () => {
    await choose();
    button('Provkör').click();
    http
      .expectOne((r) => r.url === COVERAGE_IMPORT_URL)
      .flush(aResult({ errors: [{ line: 4, column: 'minutes', code: 'required', message: 'Ange programpunktens längd i minuter.' }] }));
    await fixture.whenStable();
    expect(element().querySelector('#import-errors')?.textContent).toContain('1 fel: inget har importerats');
    const row = element().querySelector('.sv-import__errors tbody tr');
    expect(row?.textContent).toContain('4');
    expect(row?.textContent).toContain('minutes');
    expect(button('Importera').disabled).toBe(true);
  });
});
