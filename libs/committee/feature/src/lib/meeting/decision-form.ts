import { FormArray, NonNullableFormBuilder, Validators } from '@angular/forms';
import type { NewActionItem, RecordDecisionRequest } from '@samverkan/committee/contract';
import type { DecisionOutcome } from '@samverkan/proposals/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

export function buildActionItemGroup(fb: NonNullableFormBuilder, ownerId: string | null) {
  return fb.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    ownerId: [ownerId, [Validators.required]],
    dueDate: [''],
    focusAreaCode: [null as FocusAreaCode | null],
  });
}

export type ActionItemGroup = ReturnType<typeof buildActionItemGroup>;

/**
 * The decision on one agenda item. For a proposal, outcome and motivation are required (as the API
 * requires); for a strategy adoption, the outcome.
 */
export function buildDecisionForm(fb: NonNullableFormBuilder, isProposal: boolean, isStrategy = false) {
  return fb.group({
    outcome: [null as DecisionOutcome | null, isProposal || isStrategy ? [Validators.required] : []],
    motivation: [
      '',
      isProposal ? [Validators.required, Validators.minLength(3), Validators.maxLength(5000)] : [Validators.maxLength(5000)],
    ],
    decisionText: ['', [Validators.maxLength(10000)]],
    actionItems: new FormArray<ActionItemGroup>([]),
  });
}

export type DecisionForm = ReturnType<typeof buildDecisionForm>;

/** The request body: only what was filled in; outcome and motivation only for a proposal, the outcome for a strategy adoption. */
export function toDecisionRequest(
  value: ReturnType<DecisionForm['getRawValue']>,
  isProposal: boolean,
  isStrategy = false,
): RecordDecisionRequest {
  const body: RecordDecisionRequest = {};
  if (isProposal) {
    if (value.outcome) body.outcome = value.outcome;
    body.motivation = value.motivation.trim();
  }
  if (isStrategy && value.outcome) body.outcome = value.outcome;
  const text = value.decisionText.trim();
  if (text) body.decisionText = text;
  const actions: NewActionItem[] = value.actionItems.map((a) => ({
    title: a.title.trim(),
    ownerId: a.ownerId ?? '',
    dueDate: a.dueDate || null,
    focusAreaCode: a.focusAreaCode,
  }));
  if (actions.length) body.actionItems = actions;
  return body;
}
