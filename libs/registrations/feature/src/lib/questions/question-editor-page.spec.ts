import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { QuestionResponse } from '@samverkan/registrations/contract';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { CONFERENCE_ID, aConference, registrationsTestProviders } from '../../testing/fixtures';
import { QuestionEditorPage } from './question-editor-page';

const URL = `/api/conferences/${CONFERENCE_ID}/questions`;
const STORED: QuestionResponse[] = [
  { id: 'q-1', kind: 'yes-no', labelSv: 'Middag', labelEn: null, required: true, options: [] },
  {
    id: 'q-2',
    kind: 'choice',
    labelSv: 'Buss',
    labelEn: 'Bus',
    required: false,
    options: [
      { id: 'o-1', labelSv: 'Dit', labelEn: null },
      { id: 'o-2', labelSv: 'Hem', labelEn: null },
    ],
  },
];

describe('QuestionEditorPage', () => {
  let fixture: ComponentFixture<QuestionEditorPage>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;
  const button = (text: string) =>
    Array.from(element().querySelectorAll('button')).find((b) =>
      (b.getAttribute('aria-label') ?? b.textContent ?? '').includes(text),
    ) as HTMLButtonElement;
  const legends = () =>
    Array.from(element().querySelectorAll('.sv-question input[formcontrolname="labelSv"]')).map((i) => (i as HTMLInputElement).value);

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...registrationsTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QuestionEditorPage);
    fixture.componentRef.setInput('id', CONFERENCE_ID);
    TestBed.tick();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}`).flush(aConference());
    http.expectOne(URL).flush(STORED);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists the stored questions in order, with their options, under the conference’s title', () => {
    expect(element().querySelector('h1')?.textContent).toContain('Frågor i anmälan: Industrikommunernas vårkonferens');
    expect(legends()).toEqual(['Middag', 'Buss', 'Dit', 'Hem']);
  });

  it('reorders, adds a choice question with options, and saves the whole list with the ids kept', async () => {
    button('Flytta ner fråga 1').click();
    await fixture.whenStable();
    button('Lägg till fråga').click();
    await fixture.whenStable();
    const kind = element().querySelectorAll<HTMLSelectElement>('select[formcontrolname="kind"]')[2];
    kind.value = 'choices';
    kind.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const inputs = element()
      .querySelectorAll<HTMLInputElement>('.sv-question')[2]
      .querySelectorAll<HTMLInputElement>('input[formcontrolname="labelSv"]');
    expect(inputs).toHaveLength(3);
    for (const [i, text] of ['Studiebesök', 'Bruket', 'Hamnen'].entries()) {
      inputs[i].value = text;
      inputs[i].dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
    await submit();
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual([
      {
        id: 'q-2',
        kind: 'choice',
        labelSv: 'Buss',
        labelEn: 'Bus',
        required: false,
        options: [
          { id: 'o-1', labelSv: 'Dit', labelEn: null },
          { id: 'o-2', labelSv: 'Hem', labelEn: null },
        ],
      },
      { id: 'q-1', kind: 'yes-no', labelSv: 'Middag', labelEn: null, required: true },
      {
        kind: 'choices',
        labelSv: 'Studiebesök',
        labelEn: null,
        required: false,
        options: [
          { labelSv: 'Bruket', labelEn: null },
          { labelSv: 'Hamnen', labelEn: null },
        ],
      },
    ]);
    request.flush(STORED);
    await fixture.whenStable();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Frågorna är sparade.');
  });

  it('sends nothing while a choice question has too few options, and says so at the question', async () => {
    button('Ta bort alternativ 2').click();
    await fixture.whenStable();
    await submit();
    await fixture.whenStable();
    http.expectNone(URL);
    expect(element().querySelectorAll('.sv-question')[1].querySelector('[role="alert"]')?.textContent).toContain(
      'Ange minst två alternativ.',
    );
  });

  it('removes a question and shows the server’s refusal as a message', async () => {
    button('Ta bort fråga 1').click();
    await fixture.whenStable();
    expect(legends()).toEqual(['Buss', 'Dit', 'Hem']);
    await submit();
    http.expectOne(URL).flush(
      {
        statusCode: 422,
        code: 'registration-questions.kind-locked',
        message: 'Frågan har redan svar.',
        params: { question: 'Buss', questionEn: 'Bus', questionId: 'q-2' },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(element().querySelector('.sv-banner--error')?.textContent).toContain('Frågan har redan svar.');
  });
});
