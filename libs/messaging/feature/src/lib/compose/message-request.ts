import type { OrganisationType } from '@samverkan/identity/contract';
import { MERGE_FIELDS, type MergeFieldKey, type MessageFilter, type SendMessageRequest } from '@samverkan/messaging/contract';
import type { RegistrationStatus } from '@samverkan/registrations/contract';

export type TextField = 'subjectSv' | 'bodySv' | 'subjectEn' | 'bodyEn';

export interface MessageFormValue {
  subjectSv: string;
  bodySv: string;
  subjectEn: string;
  bodyEn: string;
  status: RegistrationStatus | '';
  organisationType: OrganisationType | '';
  agendaItemId: string;
  checkedIn: 'any' | 'yes' | 'no';
}

export const EMPTY_MESSAGE: MessageFormValue = {
  subjectSv: '',
  bodySv: '',
  subjectEn: '',
  bodyEn: '',
  status: '',
  organisationType: '',
  agendaItemId: '',
  checkedIn: 'any',
};

/** The request for a form: texts trimmed, English only when written, only the filters chosen. */
export function toMessageRequest(value: MessageFormValue): SendMessageRequest {
  const filter: MessageFilter = {};
  if (value.status) filter.status = value.status;
  if (value.organisationType) filter.organisationType = value.organisationType;
  if (value.agendaItemId) filter.agendaItemId = value.agendaItemId;
  if (value.checkedIn !== 'any') filter.checkedIn = value.checkedIn === 'yes';
  const request: SendMessageRequest = { subjectSv: value.subjectSv.trim(), bodySv: value.bodySv.trim(), filter };
  if (value.subjectEn.trim()) request.subjectEn = value.subjectEn.trim();
  if (value.bodyEn.trim()) request.bodyEn = value.bodyEn.trim();
  return request;
}

/** Same request: a preview still stands for what the form says. */
export function sameRequest(a: SendMessageRequest, b: SendMessageRequest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `{förnamn}` in a Swedish text, `{firstName}` in an English one. */
export function fieldToken(key: MergeFieldKey, field: TextField): string {
  const names = MERGE_FIELDS.find((f) => f.key === key) ?? MERGE_FIELDS[0];
  return `{${field.endsWith('En') ? names.en : names.sv}}`;
}

/** The text with `token` put in place of the selection, and where the cursor goes after it. */
export function insertAt(text: string, start: number | null, end: number | null, token: string): { text: string; caret: number } {
  const from = Math.min(Math.max(start ?? text.length, 0), text.length);
  const to = Math.min(Math.max(end ?? from, from), text.length);
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
}
