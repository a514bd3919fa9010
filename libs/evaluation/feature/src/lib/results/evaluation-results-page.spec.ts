import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
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
});
