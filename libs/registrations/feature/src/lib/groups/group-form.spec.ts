import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import type { QuestionResponse } from '@samverkan/registrations/contract';
import { buildAnswersGroup } from '../questions/answers-form';
import { buildGroupForm, buildMemberForm, answerErrorsAt, toGroupRequest, withAnswers } from './group-form';

describe('group form', () => {
  const fb = () => TestBed.inject(NonNullableFormBuilder);

  it('starts with one member row and is invalid until filled in', () => {
    const form = buildGroupForm(fb(), 'sv');
    expect(form.controls.members.length).toBe(1);
    expect(form.valid).toBe(false);
  });

  it('builds the request with trimmed values, the members in order and the contact in the page language', () => {
    const form = buildGroupForm(fb(), 'sv');
    form.controls.members.push(buildMemberForm(fb(), 'en'));
    form.patchValue({
      contact: { firstName: ' Karin ', lastName: 'Lund', email: 'karin@finspang.se' },
      organisationName: ' Finspångs kommun ',
      organisationType: 'municipality',
      consent: true,
      members: [
        { firstName: 'Anna', lastName: 'Berg', email: 'anna@finspang.se', language: 'sv' },
        { firstName: 'Bo', lastName: 'Ek', email: 'bo@finspang.se', language: 'en' },
      ],
    });
    expect(form.valid).toBe(true);
    expect(toGroupRequest(form.getRawValue(), 'en')).toEqual({
      contact: { firstName: 'Karin', lastName: 'Lund', email: 'karin@finspang.se', language: 'en' },
      organisationName: 'Finspångs kommun',
      organisationType: 'municipality',
      consent: true,
      members: [
        { firstName: 'Anna', lastName: 'Berg', email: 'anna@finspang.se', language: 'sv' },
        { firstName: 'Bo', lastName: 'Ek', email: 'bo@finspang.se', language: 'en' },
      ],
    });
  });

  it('keeps the invoice details out of validation until a fee applies', () => {
    const form = buildGroupForm(fb(), 'sv');
    expect(form.controls.invoice.disabled).toBe(true);
    form.controls.invoice.enable();
    expect(form.controls.invoice.controls.organisationNumber.valid).toBe(false);
    form.controls.invoice.controls.organisationNumber.setValue('212000-0142');
    expect(form.controls.invoice.controls.organisationNumber.valid).toBe(true);
  });

  it('gives each member their own answers, in member order, and none without questions', () => {
    const questions: QuestionResponse[] = [
      { id: 'q1', kind: 'yes-no', labelSv: 'Deltar du i middagen?', labelEn: null, required: true, options: [] },
      { id: 'q2', kind: 'text', labelSv: 'Önskemål', labelEn: null, required: false, options: [] },
    ];
    const members = [
      { firstName: 'Anna', lastName: 'Berg', email: 'anna@finspang.se' },
      { firstName: 'Bo', lastName: 'Ek', email: 'bo@finspang.se' },
    ];
    const answers = [buildAnswersGroup(questions), buildAnswersGroup(questions)];
    expect(answers[0].valid).toBe(false);
    answers[0].setValue({ q1: true, q2: ' Fönsterplats ' });
    answers[1].setValue({ q1: false, q2: '' });
    expect(withAnswers(members, questions, answers)).toEqual([
      { ...members[0], answers: { q1: true, q2: 'Fönsterplats' } },
      { ...members[1], answers: { q1: false, q2: null } },
    ]);
    expect(withAnswers(members, [], [])).toBe(members);
  });

  it("picks one person's answer errors out of the server's answer, keyed by question", () => {
    const error = {
      statusCode: 400,
      code: 'registration-questions.answer-required',
      message: 'Svara på frågan.',
      errors: { 'members.1.answers.q1': 'required', 'members.10.answers.q2': 'required', 'members.1.email': 'alreadyRegistered' },
    };
    expect(answerErrorsAt(error, 'members.1.answers.').errors).toEqual({ q1: 'required' });
    expect(answerErrorsAt(error, 'members.10.answers.').errors).toEqual({ q2: 'required' });
    expect(answerErrorsAt(error, 'members.0.answers.').errors).toEqual({});
    expect(answerErrorsAt({ ...error, errors: { 'answers.q1': 'unknownOption' } }, 'answers.').errors).toEqual({ q1: 'unknownOption' });
  });
});
