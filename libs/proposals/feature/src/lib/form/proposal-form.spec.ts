import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { aProposal } from '../../testing/fixtures';
import { addSpeaker, buildProposalForm, fillProposalForm, removeSpeaker, toProposalRequest, toggleCode } from './proposal-form';

describe('proposal form', () => {
  const fb = (): NonNullableFormBuilder => TestBed.inject(NonNullableFormBuilder);

  function validForm() {
    const form = buildProposalForm(fb());
    form.patchValue({
      title: 'Attraktiva livsmiljöer',
      summary: 'Hur kommunerna lockar nya invånare.',
      focusAreaCodes: ['living-environment'],
    });
    return form;
  }

  it('requires at least one focus area', () => {
    const form = validForm();
    expect(form.valid).toBe(true);
    form.controls.focusAreaCodes.setValue([]);
    expect(form.controls.focusAreaCodes.errors).toEqual({ requireOne: true });
    expect(form.valid).toBe(false);
  });

  it('checks the API limits before sending: title, summary, duration', () => {
    const form = validForm();
    form.patchValue({ title: 'Ab', summary: 'Kort', durationMinutes: 3 });
    expect(form.controls.title.errors).toEqual({ minlength: { requiredLength: 3, actualLength: 2 } });
    expect(form.controls.summary.errors).toEqual({ minlength: { requiredLength: 10, actualLength: 4 } });
    expect(form.controls.durationMinutes.errors).toEqual({ min: { min: 5, actual: 3 } });
    form.controls.durationMinutes.setValue(7.5);
    expect(form.controls.durationMinutes.errors).toEqual({ integer: true });
  });

  it('holds speakers in a FormArray: each needs a name, and they can be added and removed', () => {
    const form = validForm();
    addSpeaker(form, fb());
    addSpeaker(form, fb(), { name: 'Maria Lind', organisation: 'Sandvik Coromant AB' });
    expect(form.controls.speakers.length).toBe(2);
    expect(form.controls.speakers.at(0).controls.name.errors).toEqual({ required: true });
    expect(form.valid).toBe(false);
    expect(form.controls.speakers.dirty).toBe(true);

    removeSpeaker(form, 0);
    expect(form.controls.speakers.length).toBe(1);
    expect(form.controls.speakers.at(0).controls.name.value).toBe('Maria Lind');
    expect(form.valid).toBe(true);
  });

  it('makes the request: trimmed texts, empty ones as null, speakers without blank fields', () => {
    const form = validForm();
    form.patchValue({ kind: 'session', description: '   ', format: 'panel', durationMinutes: 60, targetConferenceId: 'c-1' });
    addSpeaker(form, fb(), { name: '  Maria Lind ', organisation: ' ', contact: 'maria@example.se' });
    expect(toProposalRequest(form.getRawValue())).toEqual({
      kind: 'session',
      title: 'Attraktiva livsmiljöer',
      summary: 'Hur kommunerna lockar nya invånare.',
      description: null,
      focusAreaCodes: ['living-environment'],
      targetConferenceId: 'c-1',
      format: 'panel',
      durationMinutes: 60,
      speakers: [{ name: 'Maria Lind', organisation: null, contact: 'maria@example.se' }],
    });
  });

  it('fills the form from a proposal, with one group per speaker', () => {
    const form = validForm();
    addSpeaker(form, fb());
    addSpeaker(form, fb());
    addSpeaker(form, fb());
    fillProposalForm(
      form,
      fb(),
      aProposal({ speakers: [{ name: 'Maria Lind', organisation: null, contact: null }], description: 'Mer text' }),
    );
    expect(form.controls.speakers.length).toBe(1);
    expect(form.getRawValue()).toMatchObject({
      title: 'Elnätet som flaskhals',
      description: 'Mer text',
      focusAreaCodes: ['infrastructure', 'skills'],
      speakers: [{ name: 'Maria Lind', organisation: '', contact: '' }],
    });
    expect(form.pristine).toBe(true);
  });

  it('keeps the focus areas in their own order whatever the click order', () => {
    const order = ['infrastructure', 'digitalisation', 'skills'] as const;
    expect(toggleCode(['skills'], 'infrastructure', true, order)).toEqual(['infrastructure', 'skills']);
    expect(toggleCode(['infrastructure', 'skills'], 'skills', false, order)).toEqual(['infrastructure']);
  });
});
