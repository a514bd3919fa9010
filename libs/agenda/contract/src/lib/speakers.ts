/** A person in the speaker register (talarregistret), as staff see and edit them. */
export interface SpeakerRequest {
  name: string;
  email?: string | null;
  organisation?: string | null;
  title?: string | null;
  bioSv?: string | null;
  bioEn?: string | null;
}

export type UpdateSpeakerRequest = Partial<SpeakerRequest>;

export interface SpeakerResponse {
  id: string;
  name: string;
  email: string | null;
  organisation: string | null;
  title: string | null;
  bioSv: string | null;
  bioEn: string | null;
  /** How many programme items (of any conference) link this speaker. */
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/speakers?q=: a part of the name or organisation (empty or absent: everyone, by name). */
export interface SpeakerSearchQuery {
  q?: string;
}

/** POST /api/speakers/:id/merge: the entry `:id` goes into `intoId`, with its links and invitations. */
export interface MergeSpeakersRequest {
  intoId: string;
}

/** A speaker as a programme item names them: the public fields of the register entry. */
export interface SpeakerRef {
  id: string;
  name: string;
  title: string | null;
  organisation: string | null;
}

export const INVITATION_STATUSES = ['not-invited', 'invited', 'confirmed', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** A speaker of a draft item, with where their invitation stands (for the editor). */
export interface AgendaItemSpeaker extends SpeakerRef {
  invitation: InvitationStatus;
}

/** A speaker on a published item's own page: public fields and the biography in both languages. */
export interface PublicSpeaker extends SpeakerRef {
  bioSv: string | null;
  bioEn: string | null;
}

/** POST /api/agenda-items/:id/speakers/:speakerId/invitation: the language of the mail (Swedish unless told). */
export interface SpeakerInvitationRequest {
  language?: 'sv' | 'en';
}

export interface SpeakerInvitationSent {
  status: InvitationStatus;
  invitedAt: string;
  /** The address the mail went to. */
  email: string;
}

/** GET /api/speaker-invitations/:token: what the invited speaker sees. */
export interface SpeakerInvitationResponse {
  agendaItemId: string;
  status: Exclude<InvitationStatus, 'not-invited'>;
  conferenceTitleSv: string;
  conferenceTitleEn: string | null;
  itemTitleSv: string;
  itemTitleEn: string | null;
  startsAt: string | null;
  endsAt: string | null;
  roomName: string | null;
  speaker: {
    name: string;
    organisation: string | null;
    title: string | null;
    bioSv: string | null;
    bioEn: string | null;
  };
}

export const INVITATION_ANSWERS = ['confirmed', 'declined'] as const;
export type InvitationAnswer = (typeof INVITATION_ANSWERS)[number];

/** POST /api/speaker-invitations/:token/answer. The texts are kept only with a confirmation. */
export interface SpeakerInvitationAnswerRequest {
  answer: InvitationAnswer;
  bioSv?: string | null;
  bioEn?: string | null;
  organisation?: string | null;
  title?: string | null;
}
