import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService } from '@samverkan/identity/feature';
import { conferenceEvaluationUrl, type EvaluationResults } from '@samverkan/evaluation/contract';
import { LanguageService, errorInterceptor, provideI18n, sharedTexts } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { evaluationStaffTexts } from '../i18n/texts';
import { EvaluationResultsPage, barWidths } from './evaluation-results-page';

const results: EvaluationResults = {
  conference: { id: 'c1', titleSv: 'Höstkonferensen', titleEn: null, startsAt: '2027-10-14T09:00:00+02:00', endsAt: '2027-10-15T16:00:00+02:00' },
  state: 'open',
  closesAt: '2027-11-14T16:00:00+01:00',
  invitedAt: null,
  invited: 40,
  answers: 2,
  overall: { mean: 4.5, distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: score >= 4 ? 1 : 0 })) },
  sessions: [{ agendaItemId: 'i1', titleSv: 'Workshop', titleEn: null, startsAt: null, count: 2, mean: 3.5 }],
  keep: ['Mötena'],
  change: [],
  focusAreaWishes: [{ code: 'skills', titleSv: 'Kompetensförsörjning', titleEn: 'Skills supply', count: 2 }],
};

describe('barWidths', () => {
  it('scales counts to the largest', () => {
    expect(barWidths([0, 1, 4])).toEqual([0, 25, 100]);
    expect(barWidths([0, 0])).toEqual([0, 0]);
  });
});

describe('EvaluationResultsPage', () => {
  let fixture: ComponentFixture<EvaluationResultsPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts, evaluationStaffTexts] }),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).init());
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EvaluationResultsPage);
    fixture.componentRef.setInput('id', 'c1');
    fixture.detectChanges();
    http.expectOne(conferenceEvaluationUrl('c1')).flush(results);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows counts, the mean, the item table, the texts with an empty state, and the wishes', () => {
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('2 svar av 40 deltagare');
    expect(text).toContain('Medelvärde: 4,5 av 5');
    expect(text).toContain('Workshop');
    expect(text).toContain('Mötena');
    expect(text).toContain('Inga svar med text.');
    expect(text).toContain('Kompetensförsörjning');
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('table caption')).toHaveLength(3);
  });

  it('shows no close-time form or send button to those without conferences.manage', () => {
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('form')).toBeNull();
    expect(element.textContent).not.toContain('Skicka inbjudan nu');
  });
});

describe('EvaluationResultsPage for those who manage conferences', () => {
  let fixture: ComponentFixture<EvaluationResultsPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts, evaluationStaffTexts] }),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    await firstValueFrom(TestBed.inject(LanguageService).init());
    http = TestBed.inject(HttpTestingController);
    const login = firstValueFrom(TestBed.inject(AuthService).login({ email: 'utskott@example.se', password: 'x' }));
    http
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', expiresIn: 900, user: { id: 'u', email: 'utskott@example.se', name: 'Ulla', roles: ['working-committee'] } });
    await login;
    fixture = TestBed.createComponent(EvaluationResultsPage);
    fixture.componentRef.setInput('id', 'c1');
    fixture.detectChanges();
    http.expectOne(conferenceEvaluationUrl('c1')).flush(results);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    sessionStorage.clear();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;

  it('fills the close time in Stockholm time and saves a new one with its offset', async () => {
    const date = element().querySelector<HTMLInputElement>('input[type="date"]') as HTMLInputElement;
    const time = element().querySelector<HTMLInputElement>('input[type="time"]') as HTMLInputElement;
    expect([date.value, time.value]).toEqual(['2027-11-14', '16:00']);
    date.value = '2027-12-01';
    date.dispatchEvent(new Event('input'));
    time.value = '12:00';
    time.dispatchEvent(new Event('input'));
    element().querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    const request = http.expectOne(`${conferenceEvaluationUrl('c1')}/settings`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ closesAt: '2027-12-01T12:00:00+01:00' });
    request.flush({ closesAt: '2027-12-01T12:00:00+01:00', defaultClosesAt: '2027-11-14T16:00:00+01:00', invitedAt: null });
    TestBed.tick();
    http.expectOne(conferenceEvaluationUrl('c1')).flush({ ...results, closesAt: '2027-12-01T12:00:00+01:00' });
    await fixture.whenStable();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Stängningstiden är sparad.');
    expect(element().textContent).toContain('Öppen för svar till onsdag 1 december 2027 12:00');
  });

  it('sends the invitation now and says how many got it', async () => {
    const send = Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.includes('Skicka inbjudan nu')) as HTMLButtonElement;
    send.click();
    http.expectOne(`${conferenceEvaluationUrl('c1')}/invitations`).flush({ invitedAt: '2027-10-16T09:00:00+02:00', recipients: 40, alreadySent: false });
    TestBed.tick();
    http.expectOne(conferenceEvaluationUrl('c1')).flush({ ...results, invitedAt: '2027-10-16T09:00:00+02:00' });
    await fixture.whenStable();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('40 inbjudningar skickades.');
    expect(element().textContent).toContain('Inbjudan skickades');
  });
});
