import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { AnswerResponse, QuestionResponse } from '@samverkan/registrations/contract';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { CONFERENCE_ID, aRegistration, registrationsTestProviders } from '../../testing/fixtures';
import { MyAnswers } from './my-answers';

const QUESTIONS_URL = `/api/conferences/${CONFERENCE_ID}/questions`;
const QUESTIONS: QuestionResponse[] = [
  { id: 'q-dinner', kind: 'yes-no', labelSv: 'Middag', labelEn: 'Dinner', required: true, options: [] },
];
const answer = (part: Partial<AnswerResponse>): AnswerResponse => ({
  questionId: 'q-dinner',
  kind: 'yes-no',
  labelSv: 'Middag',
  labelEn: 'Dinner',
  text: null,
  options: [],
  yes: true,
  archived: false,
  ...part,
});
const archived = answer({
  questionId: 'q-old',
  kind: 'choice',
  labelSv: 'Buss',
  yes: null,
  options: [{ id: 'o', labelSv: 'Hem', labelEn: null }],
  archived: true,
});

describe('MyAnswers', () => {
  let fixture: ComponentFixture<MyAnswers>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;

  async function render(answers: AnswerResponse[], questions = QUESTIONS): Promise<void> {
    TestBed.configureTestingModule({ providers: registrationsTestProviders() });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyAnswers);
    fixture.componentRef.setInput('token', 'tok-1');
    fixture.componentRef.setInput('registration', aRegistration({ conferenceEndsAt: '2099-01-01T16:00:00+01:00', answers }));
    TestBed.tick();
    http.expectOne(QUESTIONS_URL).flush(questions);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('starts from the person’s answers and saves a change through the manage link', async () => {
    await render([answer({ yes: true })]);
    const radios = element().querySelectorAll<HTMLInputElement>('mat-radio-button input');
    expect(radios[0].checked).toBe(true);
    radios[1].click();
    await fixture.whenStable();
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    const request = http.expectOne('/api/registrations/tok-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ answers: { 'q-dinner': false } });
    request.flush(aRegistration({ answers: [answer({ yes: false })] }));
    await fixture.whenStable();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Svaren är sparade.');
  });

  it('shows the answers read-only once registration has closed, an answer to a removed question included', async () => {
    await render([answer({ yes: true }), archived]);
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/registrations/tok-1')
      .flush(
        { statusCode: 422, code: 'registration-questions.answers-closed', message: 'Anmälan har stängt.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await fixture.whenStable();
    expect(element().querySelector('form')).toBeNull();
    expect(element().querySelector('[role="note"]')?.textContent).toContain('Anmälan har stängt, så svaren går inte längre att ändra.');
    const text = element().querySelector('dl')?.textContent ?? '';
    expect(text).toContain('Middag');
    expect(text).toContain('Ja');
    expect(text).toContain('Hem');
    expect(text).toContain('Frågan finns inte längre i formuläret.');
  });

  it('shows nothing when the conference has no questions and the person no answers', async () => {
    await render([], []);
    expect(element().querySelector('section')).toBeNull();
  });
});
