import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { AnswerResponse, QuestionResponse } from '@samverkan/registrations/contract';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { registrationsTestProviders } from '../../testing/fixtures';
import { answerErrorKey, buildAnswersGroup, toAnswers, type AnswersGroup } from './answers-form';
import { QuestionFields } from './question-fields';

const QUESTIONS: QuestionResponse[] = [
  { id: 'q-dept', kind: 'text', labelSv: 'Förvaltning', labelEn: 'Department', required: true, options: [] },
  { id: 'q-more', kind: 'long-text', labelSv: 'Något mer?', labelEn: null, required: false, options: [] },
  {
    id: 'q-bus',
    kind: 'choice',
    labelSv: 'Buss',
    labelEn: 'Bus',
    required: true,
    options: [
      { id: 'o-there', labelSv: 'Dit', labelEn: 'There' },
      { id: 'o-home', labelSv: 'Hem', labelEn: 'Home' },
    ],
  },
  {
    id: 'q-visits',
    kind: 'choices',
    labelSv: 'Studiebesök',
    labelEn: null,
    required: true,
    options: [
      { id: 'o-mill', labelSv: 'Bruket', labelEn: null },
      { id: 'o-port', labelSv: 'Hamnen', labelEn: null },
    ],
  },
  { id: 'q-dinner', kind: 'yes-no', labelSv: 'Middag', labelEn: 'Dinner', required: true, options: [] },
];

@Component({
  imports: [QuestionFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<sv-question-fields [questions]="questions" [group]="group()" />`,
})
class Host {
  readonly questions = QUESTIONS;
  readonly group = signal<AnswersGroup>(buildAnswersGroup(QUESTIONS));
}

describe('QuestionFields', () => {
  let fixture: ComponentFixture<Host>;
  const element = () => fixture.nativeElement as HTMLElement;
  const fieldset = (id: string) => element().querySelector(`fieldset[data-question="${id}"]`) as HTMLElement;

  async function render(language: 'sv' | 'en' = 'sv', answers: AnswerResponse[] = []): Promise<AnswersGroup> {
    TestBed.configureTestingModule({ providers: registrationsTestProviders() });
    await useLanguage(language);
    fixture = TestBed.createComponent(Host);
    const group = buildAnswersGroup(QUESTIONS, answers);
    fixture.componentInstance.group.set(group);
    await fixture.whenStable();
    return group;
  }

  it('renders each kind as its field: text, text area, radio buttons, checkboxes and yes/no, required ones marked', async () => {
    await render();
    expect(element().querySelector('input[data-question="q-dept"]')?.hasAttribute('required')).toBe(true);
    expect(element().querySelector('textarea[data-question="q-more"]')).not.toBeNull();
    expect(fieldset('q-bus').querySelectorAll('mat-radio-button')).toHaveLength(2);
    expect(fieldset('q-bus').querySelector('legend')?.textContent).toMatch(/Buss\s+\*/);
    expect(fieldset('q-bus').querySelector('legend')?.textContent).toContain('(obligatorisk)');
    expect(fieldset('q-visits').querySelectorAll('mat-checkbox')).toHaveLength(2);
    expect(Array.from(fieldset('q-dinner').querySelectorAll('mat-radio-button')).map((b) => b.textContent?.trim())).toEqual(['Ja', 'Nej']);
  });

  it('shows the English labels in English, the Swedish where there is none', async () => {
    await render('en');
    expect(fieldset('q-bus').querySelector('legend')?.textContent).toContain('Bus');
    expect(fieldset('q-bus').textContent).toContain('Home');
    expect(fieldset('q-visits').querySelector('legend')?.textContent).toContain('Studiebesök');
    expect(fieldset('q-dinner').textContent).toContain('Yes');
  });

  it('collects the answers of every kind, options in the question’s order', async () => {
    const group = await render();
    const dept = element().querySelector('input[data-question="q-dept"]') as HTMLInputElement;
    dept.value = ' Socialtjänsten ';
    dept.dispatchEvent(new Event('input'));
    (fieldset('q-bus').querySelectorAll('mat-radio-button input')[1] as HTMLInputElement).click();
    const boxes = fieldset('q-visits').querySelectorAll('mat-checkbox input');
    (boxes[1] as HTMLInputElement).click();
    (boxes[0] as HTMLInputElement).click();
    (fieldset('q-dinner').querySelectorAll('mat-radio-button input')[1] as HTMLInputElement).click();
    await fixture.whenStable();
    expect(group.valid).toBe(true);
    expect(toAnswers(QUESTIONS, group)).toEqual({
      'q-dept': 'Socialtjänsten',
      'q-more': null,
      'q-bus': 'o-home',
      'q-visits': ['o-mill', 'o-port'],
      'q-dinner': false,
    });
  });

  it('marks unanswered required questions once touched, with an announced message at the question', async () => {
    const group = await render();
    expect(group.invalid).toBe(true);
    expect(fieldset('q-visits').querySelector('[role="alert"]')).toBeNull();
    group.markAllAsTouched();
    fixture.componentInstance.group.set(group);
    fixture.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    for (const id of ['q-bus', 'q-visits', 'q-dinner']) {
      expect(fieldset(id).querySelector('[role="alert"]')?.textContent).toContain('Svara på frågan.');
      expect(fieldset(id).getAttribute('aria-describedby')).toBe(`answer-error-${id}`);
    }
  });

  it('starts from the person’s answers, leaving out an option no longer on the form', async () => {
    const answer = (questionId: string, part: Partial<AnswerResponse>): AnswerResponse => ({
      questionId,
      kind: 'text',
      labelSv: '',
      labelEn: null,
      text: null,
      options: [],
      yes: null,
      archived: false,
      ...part,
    });
    const group = await render('sv', [
      answer('q-dept', { text: 'Kultur' }),
      answer('q-bus', { kind: 'choice', options: [{ id: 'o-gone', labelSv: 'Borta', labelEn: null }] }),
      answer('q-visits', {
        kind: 'choices',
        options: [
          { id: 'o-port', labelSv: 'Hamnen', labelEn: null },
          { id: 'o-gone', labelSv: 'x', labelEn: null },
        ],
      }),
      answer('q-dinner', { kind: 'yes-no', yes: true }),
    ]);
    expect(group.getRawValue()).toEqual({ 'q-dept': 'Kultur', 'q-more': '', 'q-bus': '', 'q-visits': ['o-port'], 'q-dinner': true });
    expect((fieldset('q-visits').querySelectorAll('mat-checkbox input')[1] as HTMLInputElement).checked).toBe(true);
  });
});

describe('answerErrorKey', () => {
  it('names a server code, a missing answer or a too long one', () => {
    expect(answerErrorKey({ server: { code: 'unknownOption', message: 'x' } })).toEqual({ key: 'questions.errors.unknownOption' });
    expect(answerErrorKey({ required: true })).toEqual({ key: 'questions.errors.required' });
    expect(answerErrorKey({ maxlength: { requiredLength: 200 } })).toEqual({ key: 'questions.errors.maxLength', params: { max: 200 } });
    expect(answerErrorKey(null)).toBeNull();
  });
});
