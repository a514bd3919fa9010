import { type AbstractControl, FormArray, NonNullableFormBuilder, type ValidationErrors, Validators } from '@angular/forms';
import type {
  CreateProposalRequest,
  ProposalFormat,
  ProposalKind,
  ProposalResponse,
  SuggestedSpeaker,
} from '@samverkan/proposals/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

/** At least one item in an array-valued control (focus areas). */
export function requireOne(control: AbstractControl<readonly unknown[]>): ValidationErrors | null {
  return control.value.length > 0 ? null : { requireOne: true };
}

/** A whole number (the API's durationMinutes is an integer). */
export function wholeNumber(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  return value === null || Number.isInteger(value) ? null : { integer: true };
}

/** The API's limits (CreateProposalDto), checked before sending. */
export const PROPOSAL_LIMITS = {
  titleMin: 3,
  titleMax: 300,
  summaryMin: 10,
  summaryMax: 2000,
  descriptionMax: 20000,
  durationMin: 5,
  durationMax: 1440,
  speakersMax: 20,
} as const;

export function buildSpeakerGroup(fb: NonNullableFormBuilder, speaker?: SuggestedSpeaker) {
  return fb.group({
    name: [speaker?.name ?? '', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    organisation: [speaker?.organisation ?? '', [Validators.maxLength(200)]],
    contact: [speaker?.contact ?? '', [Validators.maxLength(300)]],
  });
}

export type SpeakerGroup = ReturnType<typeof buildSpeakerGroup>;

/** The create/edit form of a proposal, typed; speakers are a FormArray of groups. */
export function buildProposalForm(fb: NonNullableFormBuilder) {
  const l = PROPOSAL_LIMITS;
  return fb.group({
    kind: ['theme' as ProposalKind, [Validators.required]],
    title: ['', [Validators.required, Validators.minLength(l.titleMin), Validators.maxLength(l.titleMax)]],
    summary: ['', [Validators.required, Validators.minLength(l.summaryMin), Validators.maxLength(l.summaryMax)]],
    description: ['', [Validators.maxLength(l.descriptionMax)]],
    focusAreaCodes: [[] as FocusAreaCode[], [requireOne]],
    targetConferenceId: [null as string | null],
    format: [null as ProposalFormat | null],
    durationMinutes: [null as number | null, [Validators.min(l.durationMin), Validators.max(l.durationMax), wholeNumber]],
    speakers: new FormArray<SpeakerGroup>([], [Validators.maxLength(l.speakersMax)]),
  });
}

export type ProposalForm = ReturnType<typeof buildProposalForm>;
export type ProposalFormValue = ReturnType<ProposalForm['getRawValue']>;

export function addSpeaker(form: ProposalForm, fb: NonNullableFormBuilder, speaker?: SuggestedSpeaker): void {
  form.controls.speakers.push(buildSpeakerGroup(fb, speaker));
  form.controls.speakers.markAsDirty();
}

export function removeSpeaker(form: ProposalForm, index: number): void {
  form.controls.speakers.removeAt(index);
  form.controls.speakers.markAsDirty();
}

const text = (value: string): string | null => value.trim() || null;

/** The request body for the form's value: trimmed texts, empty ones as null, speakers without blank fields. */
export function toProposalRequest(value: ProposalFormValue): CreateProposalRequest {
  return {
    kind: value.kind,
    title: value.title.trim(),
    summary: value.summary.trim(),
    description: text(value.description),
    focusAreaCodes: [...value.focusAreaCodes],
    targetConferenceId: value.targetConferenceId || null,
    format: value.format,
    durationMinutes: value.durationMinutes === null ? null : Number(value.durationMinutes),
    speakers: value.speakers.map((speaker) => ({
      name: speaker.name.trim(),
      organisation: text(speaker.organisation),
      contact: text(speaker.contact),
    })),
  };
}

/** Fills the form with an existing proposal, rebuilding the speakers array to match. */
export function fillProposalForm(form: ProposalForm, fb: NonNullableFormBuilder, proposal: ProposalResponse): void {
  form.controls.speakers.clear();
  for (const speaker of proposal.speakers) form.controls.speakers.push(buildSpeakerGroup(fb, speaker));
  form.reset({
    kind: proposal.kind,
    title: proposal.title,
    summary: proposal.summary,
    description: proposal.description ?? '',
    focusAreaCodes: [...proposal.focusAreaCodes],
    targetConferenceId: proposal.targetConferenceId,
    format: proposal.format,
    durationMinutes: proposal.durationMinutes,
    speakers: proposal.speakers.map((s) => ({ name: s.name, organisation: s.organisation ?? '', contact: s.contact ?? '' })),
  });
}

/** Checks or unchecks one code, keeping the focus areas' own order so the request does not depend on click order. */
export function toggleCode(
  selected: readonly FocusAreaCode[],
  code: FocusAreaCode,
  checked: boolean,
  order: readonly FocusAreaCode[],
): FocusAreaCode[] {
  const others = selected.filter((c) => c !== code);
  return checked ? order.filter((c) => c === code || others.includes(c)) : others;
}
