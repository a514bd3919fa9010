import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { buildActionItemGroup, buildDecisionForm, toDecisionRequest } from './decision-form';

describe('decision form', () => {
  const fb = (): NonNullableFormBuilder => TestBed.inject(NonNullableFormBuilder);

  it('requires outcome and motivation for a proposal, but not for other items', () => {
    const proposal = buildDecisionForm(fb(), true);
    expect(proposal.valid).toBe(false);
    expect(proposal.controls.outcome.errors).toEqual({ required: true });
    expect(proposal.controls.motivation.errors).toEqual({ required: true });
    proposal.patchValue({ outcome: 'accept', motivation: 'Passar konferensens inriktning.' });
    expect(proposal.valid).toBe(true);

    expect(buildDecisionForm(fb(), false).valid).toBe(true);
  });

  it('sends outcome and motivation for a proposal, text and action items when filled in', () => {
    const form = buildDecisionForm(fb(), true);
    form.patchValue({ outcome: 'return', motivation: '  Förtydliga målgruppen.  ', decisionText: '' });
    const action = buildActionItemGroup(fb(), 'u-ulla');
    action.patchValue({ title: 'Kontakta förslagsställaren', dueDate: '2027-04-01' });
    form.controls.actionItems.push(action);
    expect(toDecisionRequest(form.getRawValue(), true)).toEqual({
      outcome: 'return',
      motivation: 'Förtydliga målgruppen.',
      actionItems: [{ title: 'Kontakta förslagsställaren', ownerId: 'u-ulla', dueDate: '2027-04-01', focusAreaCode: null }],
    });
  });

  it('sends no outcome for an item that is not a proposal', () => {
    const form = buildDecisionForm(fb(), false);
    form.patchValue({ decisionText: 'Ada Administratör valdes att justera protokollet.' });
    expect(toDecisionRequest(form.getRawValue(), false)).toEqual({ decisionText: 'Ada Administratör valdes att justera protokollet.' });
  });

  it('requires the outcome of a strategy adoption, and sends it without a motivation', () => {
    const form = buildDecisionForm(fb(), false, true);
    expect(form.controls.outcome.errors).toEqual({ required: true });
    expect(form.controls.motivation.errors).toBeNull();
    form.patchValue({ outcome: 'accept', decisionText: 'Strategin antas.' });
    expect(form.valid).toBe(true);
    expect(toDecisionRequest(form.getRawValue(), false, true)).toEqual({ outcome: 'accept', decisionText: 'Strategin antas.' });
  });

  it('requires a title and an owner for each action item', () => {
    const action = buildActionItemGroup(fb(), null);
    expect(action.controls.title.errors).toEqual({ required: true });
    expect(action.controls.ownerId.errors).toEqual({ required: true });
  });
});
