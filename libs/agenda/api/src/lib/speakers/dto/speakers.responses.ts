import type * as C from '@samverkan/agenda/contract';
import { INVITATION_STATUSES } from '@samverkan/agenda/contract';
import { Prop } from '@samverkan/shared/api-http';

export class SpeakerResponse implements C.SpeakerResponse {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  name!: string;

  @Prop.string({ nullable: true })
  email!: string | null;

  @Prop.string({ nullable: true })
  organisation!: string | null;

  @Prop.string({ nullable: true })
  title!: string | null;

  @Prop.string({ nullable: true })
  bioSv!: string | null;

  @Prop.string({ nullable: true })
  bioEn!: string | null;

  @Prop.int({ description: 'How many programme items (of any conference) link this speaker.' })
  itemCount!: number;

  @Prop.dateTime()
  createdAt!: string;

  @Prop.dateTime()
  updatedAt!: string;
}

export class SpeakerRef implements C.SpeakerRef {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  name!: string;

  @Prop.string({ nullable: true })
  title!: string | null;

  @Prop.string({ nullable: true })
  organisation!: string | null;
}

export class AgendaItemSpeaker extends SpeakerRef implements C.AgendaItemSpeaker {
  @Prop.enum(INVITATION_STATUSES)
  invitation!: C.InvitationStatus;
}

export class PublicSpeaker extends SpeakerRef implements C.PublicSpeaker {
  @Prop.string({ nullable: true })
  bioSv!: string | null;

  @Prop.string({ nullable: true })
  bioEn!: string | null;
}

export class SpeakerInvitationSent implements C.SpeakerInvitationSent {
  @Prop.enum(INVITATION_STATUSES)
  status!: C.InvitationStatus;

  @Prop.dateTime()
  invitedAt!: string;

  @Prop.string()
  email!: string;
}

export class InvitedSpeaker {
  @Prop.string()
  name!: string;

  @Prop.string({ nullable: true })
  organisation!: string | null;

  @Prop.string({ nullable: true })
  title!: string | null;

  @Prop.string({ nullable: true })
  bioSv!: string | null;

  @Prop.string({ nullable: true })
  bioEn!: string | null;
}

export class SpeakerInvitationResponse implements C.SpeakerInvitationResponse {
  @Prop.uuid()
  agendaItemId!: string;

  @Prop.enum(INVITATION_STATUSES.filter((s) => s !== 'not-invited'))
  status!: Exclude<C.InvitationStatus, 'not-invited'>;

  @Prop.string()
  conferenceTitleSv!: string;

  @Prop.string({ nullable: true })
  conferenceTitleEn!: string | null;

  @Prop.string()
  itemTitleSv!: string;

  @Prop.string({ nullable: true })
  itemTitleEn!: string | null;

  @Prop.dateTime({ nullable: true })
  startsAt!: string | null;

  @Prop.dateTime({ nullable: true })
  endsAt!: string | null;

  @Prop.string({ nullable: true })
  roomName!: string | null;

  @Prop.object(() => InvitedSpeaker)
  speaker!: InvitedSpeaker;
}
