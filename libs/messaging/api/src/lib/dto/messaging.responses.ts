import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/messaging/contract';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import { REGISTRATION_STATUSES, type Language, type RegistrationStatus } from '@samverkan/registrations/contract';

const KINDS = ['message', 'reminder'] as const;

export class MessageFilterResponse implements C.MessageFilter {
  @Prop.enum(REGISTRATION_STATUSES, { optional: true })
  status?: RegistrationStatus;

  @Prop.enum(ORGANISATION_TYPES, { optional: true })
  organisationType?: OrganisationType;

  @Prop.uuid({ optional: true })
  agendaItemId?: string;

  @Prop.boolean({ optional: true })
  checkedIn?: boolean;
}

export class MessagePreviewResponse implements C.MessagePreview {
  @Prop.enum(['sv', 'en'])
  language!: Language;

  @Prop.string()
  subject!: string;

  @Prop.string({ description: 'The e-mail text; links have their secret part replaced by [borttaget].' })
  body!: string;
}

export class MessageDryRunResponse implements C.MessageDryRunResponse {
  @Prop.int()
  recipients!: number;

  @Prop.object(() => MessagePreviewResponse, { nullable: true })
  preview!: MessagePreviewResponse | null;
}

export class MessageSentResponse implements C.MessageSentResponse {
  @Prop.uuid()
  id!: string;

  @Prop.int()
  recipients!: number;
}

export class MessageSummaryResponse implements C.MessageSummary {
  @Prop.uuid()
  id!: string;

  @Prop.enum(KINDS)
  kind!: C.MessageKind;

  @Prop.string()
  subjectSv!: string;

  @Prop.string({ nullable: true })
  subjectEn!: string | null;

  @Prop.object(() => MessageFilterResponse)
  filter!: MessageFilterResponse;

  @Prop.int()
  recipients!: number;

  @Prop.int()
  mailed!: number;

  @Prop.int({ description: 'Over the per-recipient mail limit: not e-mailed, shown on their manage page.' })
  heldBack!: number;

  @Prop.string({ nullable: true })
  sentByName!: string | null;

  @Prop.dateTime()
  createdAt!: string;
}

export class MyMessageResponse implements C.MyMessage {
  @Prop.uuid()
  id!: string;

  @Prop.enum(KINDS)
  kind!: C.MessageKind;

  @Prop.string()
  subject!: string;

  @Prop.string()
  body!: string;

  @Prop.dateTime()
  createdAt!: string;

  @Prop.boolean()
  mailed!: boolean;
}

export class ReminderResponse implements C.ReminderResponse {
  @Prop.uuid()
  id!: string;

  @Prop.int({ nullable: true })
  daysBefore!: number | null;

  @Prop.dateTime()
  dueAt!: string;

  @Prop.string()
  textSv!: string;

  @Prop.string({ nullable: true })
  textEn!: string | null;

  @Prop.dateTime({ nullable: true })
  sentAt!: string | null;

  @Prop.uuid({ nullable: true })
  messageId!: string | null;
}
