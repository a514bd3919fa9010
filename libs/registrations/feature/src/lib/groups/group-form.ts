import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { OrganisationType } from '@samverkan/identity/contract';
import {
  MAX_GROUP_MEMBERS,
  type CreateGroupRegistrationRequest,
  type GroupMemberRequest,
  type Language,
  type QuestionResponse,
} from '@samverkan/registrations/contract';
import type { ApiErrorBody } from '@samverkan/shared/contract';
import { buildInvoiceGroup } from '../fees/invoice-form';
import { toAnswers, type AnswersGroup } from '../questions/answers-form';

/** One person's row: name, e-mail and the language of their mails. */
export function buildMemberForm(fb: NonNullableFormBuilder, language: Language) {
  return fb.group({
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    language: [language],
  });
}

export type MemberForm = ReturnType<typeof buildMemberForm>;

/**
 * The group registration form: the contact, the organisation, the invoice details (disabled until a fee
 * applies), the members (starting with one row) and the consent. Each member's answers to the
 * conference's own questions live beside it (`AnswersGroup`, built once the questions are known).
 */
export function buildGroupForm(fb: NonNullableFormBuilder, language: Language) {
  return fb.group({
    contact: fb.group({
      firstName: ['', [Validators.required, Validators.maxLength(100)]],
      lastName: ['', [Validators.required, Validators.maxLength(100)]],
      email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    }),
    organisationName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    organisationType: ['' as OrganisationType | '', [Validators.required]],
    invoice: buildInvoiceGroup(fb),
    members: fb.array([buildMemberForm(fb, language)], [Validators.minLength(1), Validators.maxLength(MAX_GROUP_MEMBERS)]),
    consent: [false, [Validators.requiredTrue]],
  });
}

export type GroupForm = ReturnType<typeof buildGroupForm>;
export type GroupFormValue = ReturnType<GroupForm['getRawValue']>;

export function toMemberRequest(value: ReturnType<MemberForm['getRawValue']>): GroupMemberRequest {
  return { firstName: value.firstName.trim(), lastName: value.lastName.trim(), email: value.email.trim(), language: value.language };
}

/** The request for a valid form; the contact's mail goes out in the page's language. */
export function toGroupRequest(value: GroupFormValue, language: Language): CreateGroupRegistrationRequest {
  if (!value.consent || !value.organisationType) {
    throw new Error('The form is not valid: consent and organisation type are required.');
  }
  return {
    contact: {
      firstName: value.contact.firstName.trim(),
      lastName: value.contact.lastName.trim(),
      email: value.contact.email.trim(),
      language,
    },
    organisationName: value.organisationName.trim(),
    organisationType: value.organisationType,
    consent: true,
    members: value.members.map(toMemberRequest),
  };
}

/** Each member's answers, in member order; nothing is added when the conference has no questions. */
export function withAnswers(
  members: GroupMemberRequest[],
  questions: readonly QuestionResponse[],
  answers: readonly AnswersGroup[],
): GroupMemberRequest[] {
  if (!questions.length) return members;
  return members.map((member, i) => ({ ...member, answers: toAnswers(questions, answers[i]) }));
}

/** The server's errors about one person's answers (`members.2.answers.<id>`, `answers.<id>`), keyed by question id. */
export function answerErrorsAt(error: ApiErrorBody, prefix: string): ApiErrorBody {
  const errors = Object.fromEntries(
    Object.entries(error.errors ?? {})
      .filter(([field]) => field.startsWith(prefix))
      .map(([field, code]) => [field.slice(prefix.length), code]),
  );
  return { ...error, errors };
}
