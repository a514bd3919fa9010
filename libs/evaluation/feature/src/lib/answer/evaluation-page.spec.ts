import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { evaluationUrl, type EvaluationForm } from '@samverkan/evaluation/contract';
import { LanguageService, errorInterceptor, provideI18n, sharedTexts } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { evaluationPagesTexts } from '../i18n/texts';
import { EvaluationPage } from './evaluation-page';

const TOKEN = 't'.repeat(43);

function aForm(overrides: Partial<EvaluationForm> = {}): EvaluationForm {
  return {
    state: 'open',
    conference: { id: 'c', titleSv: 'Höstkonferensen', titleEn: 'The autumn conference', startsAt: '2027-10-14T09:00:00+02:00', endsAt: '2027-10-15T16:00:00+02:00' },
    closesAt: '2027-11-14T16:00:00+01:00',
    sessions: [{ agendaItemId: 'item-1', titleSv: 'Workshop om kompetens', titleEn: null, startsAt: '2027-10-14T10:00:00+02:00', endsAt: null }],
    focusAreas: [{ code: 'skills', titleSv: 'Kompetensförsörjning', titleEn: 'Skills supply' }],
    answer: null,
    ...overrides,
  };
}

describe('EvaluationPage', () => {
  let fixture: ComponentFixture<EvaluationPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts, evaluationPagesTexts] }),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).init());
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EvaluationPage);
    fixture.componentRef.setInput('token', TOKEN);
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;

  async function load(form: EvaluationForm): Promise<void> {
    fixture.detectChanges();
    http.expectOne(evaluationUrl(TOKEN)).flush(form);
    await fixture.whenStable();
  }

  it('offers labelled radio groups for the whole and each programme item, texts and focus areas, and the close date', async () => {
    await load(aForm());
    const groups = element().querySelectorAll('[role="radiogroup"]');
    expect(groups).toHaveLength(2);
    for (const group of Array.from(groups)) expect(element().querySelector(`#${group.getAttribute('aria-labelledby')}`)).not.toBeNull();
    expect(element().querySelectorAll('input[type="radio"]')).toHaveLength(11);
    expect(element().querySelectorAll('textarea')).toHaveLength(2);
    expect(element().querySelector('input[type="checkbox"]')).not.toBeNull();
    expect(element().textContent).toContain('Du kan ändra ditt svar fram till');
    expect(element().textContent).toContain('14 november 2027');
  });

  it('asks for the overall answer before sending anything', async () => {
    await load(aForm());
    element().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
    http.expectNone(evaluationUrl(TOKEN));
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Välj hur nöjd du är');
  });

  it('sends the chosen answer and says it is saved', async () => {
    await load(aForm());
    const radios = element().querySelectorAll<HTMLInputElement>('input[type="radio"]');
    radios[3].click(); // overall 4
    radios[5 + 4].click(); // item-1: 5
    element().querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
    const [keep] = Array.from(element().querySelectorAll<HTMLTextAreaElement>('textarea'));
    keep.value = 'Workshopparna';
    keep.dispatchEvent(new Event('input'));
    element().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const request = http.expectOne(evaluationUrl(TOKEN));
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ overall: 4, sessions: { 'item-1': 5 }, keep: 'Workshopparna', change: null, focusAreaCodes: ['skills'] });
    request.flush(aForm({ answer: { overall: 4, sessions: { 'item-1': 5 }, keep: 'Workshopparna', change: null, focusAreaCodes: ['skills'], updatedAt: '2027-10-16T10:00:00+02:00' } }));
    await fixture.whenStable();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Ditt svar är sparat');
  });

  it('says clearly when the evaluation is not open yet, or has closed, and shows no form', async () => {
    await load(aForm({ state: 'not-ended' }));
    expect(element().querySelector('form')).toBeNull();
    expect(element().querySelector('[data-testid="evaluation-state"]')?.textContent).toContain('öppnar när konferensen har slutat');
  });

  it('says when it has closed', async () => {
    await load(aForm({ state: 'closed' }));
    expect(element().querySelector('form')).toBeNull();
    expect(element().querySelector('[data-testid="evaluation-state"]')?.textContent).toContain('Utvärderingen stängde');
  });
});
