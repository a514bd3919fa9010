import type { OrganisationType } from '@samverkan/identity/contract';
import type { Language, RegistrationStatus } from '@samverkan/registrations/contract';

/**
 * The merge fields a message may use, each with its Swedish and English name: `{förnamn}` and
 * `{firstName}` are the same field, in either language's text.
 */
export const MERGE_FIELDS = [
  { key: 'firstName', sv: 'förnamn', en: 'firstName' },
  { key: 'conference', sv: 'konferens', en: 'conference' },
  { key: 'manageLink', sv: 'hanteringslänk', en: 'manageLink' },
  { key: 'programmeLink', sv: 'programlänk', en: 'programmeLink' },
] as const;
export type MergeFieldKey = (typeof MERGE_FIELDS)[number]['key'];

/** Who a message goes to. No status: confirmed and waitlisted; cancelled only when asked; anonymised never. */
export interface MessageFilter {
  status?: RegistrationStatus;
  organisationType?: OrganisationType;
  /** Signed up for this programme item. */
  agendaItemId?: string;
  /** Checked in (true) or not (false); absent: either. */
  checkedIn?: boolean;
}

export interface SendMessageRequest {
  subjectSv: string;
  bodySv: string;
  subjectEn?: string;
  bodyEn?: string;
  filter: MessageFilter;
  /** Count and preview only; nothing is stored or sent. */
  dryRun?: boolean;
}

/** One rendered example: the first recipient's e-mail, links with their secret part removed. */
export interface MessagePreview {
  language: Language;
  subject: string;
  body: string;
}

export interface MessageDryRunResponse {
  recipients: number;
  /** Null when nobody matches. */
  preview: MessagePreview | null;
}

export interface MessageSentResponse {
  id: string;
  recipients: number;
}

export type MessageKind = 'message' | 'reminder';

export interface MessageSummary {
  id: string;
  kind: MessageKind;
  subjectSv: string;
  subjectEn: string | null;
  filter: MessageFilter;
  /** Everyone the filter matched. */
  recipients: number;
  /** E-mails queued in the outbox. */
  mailed: number;
  /** Over the per-recipient limit: no e-mail, the message is on their manage page. */
  heldBack: number;
  sentByName: string | null;
  createdAt: string;
}

/** A message as the person got it, for their manage page. */
export interface MyMessage {
  id: string;
  kind: MessageKind;
  subject: string;
  body: string;
  createdAt: string;
  /** False when it was held back by the per-recipient limit (not e-mailed). */
  mailed: boolean;
}

/** A reminder: sent `daysBefore` days before the conference starts (same wall time) or at `sendAt`. */
export interface ReminderInput {
  daysBefore?: number;
  sendAt?: string;
  textSv: string;
  textEn?: string;
}

export interface PutRemindersRequest {
  reminders: ReminderInput[];
}

export interface ReminderResponse {
  id: string;
  daysBefore: number | null;
  /** When it goes (or went) out, Stockholm time with offset. */
  dueAt: string;
  textSv: string;
  textEn: string | null;
  sentAt: string | null;
  /** The message it became once sent. */
  messageId: string | null;
}
