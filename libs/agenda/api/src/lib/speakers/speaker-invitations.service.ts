import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { SpeakerInvitationResponse, SpeakerInvitationSent } from '@samverkan/agenda/contract';
import { IDENTITY_OPTIONS, hashLinkToken, LINK_TOKEN_PATTERN, LinkTokens, type AuthenticatedUser, type IdentityOptions } from '@samverkan/identity/api';
import { audit } from '@samverkan/shared/api-audit';
import { notFound, refused } from '@samverkan/shared/api-http';
import { MailService } from '@samverkan/shared/api-mail';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import type { SpeakerInvitationAnswerDto, SpeakerInvitationDto } from './dto/speakers.dto';
import { invitationPageUrl, speakerInvitationMail } from './invitation-mail';

interface InvitationRow {
  id: string;
  agenda_item_id: string;
  speaker_id: string;
  status: 'invited' | 'confirmed' | 'declined';
  item_title_sv: string;
  item_title_en: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  room_name: string | null;
  conference_title_sv: string;
  conference_title_en: string | null;
  name: string;
  organisation: string | null;
  title: string | null;
  bio_sv: string | null;
  bio_en: string | null;
}

const INVITATION_SQL = `
  SELECT v.id, v.agenda_item_id, v.speaker_id, v.status, i.title_sv AS item_title_sv, i.title_en AS item_title_en,
         i.starts_at, i.ends_at, r.name AS room_name, c.title_sv AS conference_title_sv, c.title_en AS conference_title_en,
         s.name, s.organisation, s.title, s.bio_sv, s.bio_en
    FROM speaker_invitations v
    JOIN agenda_items i ON i.id = v.agenda_item_id
    JOIN conferences c ON c.id = i.conference_id
    JOIN speakers s ON s.id = v.speaker_id
    LEFT JOIN rooms r ON r.id = i.room_id
   WHERE v.token_hash = $1`;

/** The hash to look a presented invitation token up by, or null when it cannot be one of ours. */
export function invitationTokenHash(token: string | undefined): string | null {
  return token && LINK_TOKEN_PATTERN.test(token) ? hashLinkToken(token) : null;
}

/**
 * Invitations of speakers to programme items: staff send one by mail with a secret link (only its hash
 * is stored; sending again makes a new link and the old one stops working), and the speaker answers
 * through it, yes or no, with their biography. The mail is written to the outbox in the same transaction.
 */
@Injectable()
export class SpeakerInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly links: LinkTokens,
    @Inject(IDENTITY_OPTIONS) private readonly identity: Pick<IdentityOptions, 'publicUrl'>,
  ) {}

  async invite(itemId: string, speakerId: string, body: SpeakerInvitationDto, user: AuthenticatedUser): Promise<SpeakerInvitationSent> {
    const sent = await this.dataSource.transaction(async (manager) => {
      const [link] = await manager.query<
        {
          email: string | null;
          name: string;
          title_sv: string;
          title_en: string | null;
          starts_at: Date | null;
          conference_title_sv: string;
          conference_title_en: string | null;
        }[]
      >(
        `SELECT s.email, s.name, i.title_sv, i.title_en, i.starts_at, c.title_sv AS conference_title_sv, c.title_en AS conference_title_en
           FROM agenda_item_speakers l
           JOIN speakers s ON s.id = l.speaker_id
           JOIN agenda_items i ON i.id = l.agenda_item_id
           JOIN conferences c ON c.id = i.conference_id
          WHERE l.agenda_item_id = $1 AND l.speaker_id = $2
          FOR UPDATE OF l`,
        [itemId, speakerId],
      );
      if (!link) throw notFound('agenda.speaker-not-on-item');
      if (!link.email) throw refused('agenda.speaker-without-email', { errors: { email: 'required' } });
      const now = new Date();
      const [existing] = await manager.query<{ id: string; token_version: number; status: string }[]>(
        `SELECT id, token_version, status FROM speaker_invitations WHERE agenda_item_id = $1 AND speaker_id = $2`,
        [itemId, speakerId],
      );
      const invitationId =
        existing?.id ??
        (
          await manager.query<{ id: string }[]>(
            `INSERT INTO speaker_invitations (agenda_item_id, speaker_id, status, token_hash, token_version, invited_at)
             VALUES ($1, $2, 'invited', $3, 0, $4) RETURNING id`,
            // A placeholder hash of no token until the row has its id (the token is made from it).
            [itemId, speakerId, hashLinkToken(`pending:${itemId}:${speakerId}:${now.getTime()}`), now],
          )
        )[0].id;
      const issued = this.links.issue('speaker-invitation', invitationId, (existing?.token_version ?? 0) + 1);
      // Sending again keeps an answer already given: the new link only replaces the old one.
      await manager.query(`UPDATE speaker_invitations SET token_hash = $2, token_version = $3, invited_at = $4, updated_at = now() WHERE id = $1`, [
        invitationId,
        issued.hash,
        issued.version,
        now,
      ]);
      const [row] = await manager.query<{ status: string; invited_at: Date }[]>(`SELECT status, invited_at FROM speaker_invitations WHERE id = $1`, [
        invitationId,
      ]);
      await this.mail.enqueue(manager, [
        speakerInvitationMail({
          to: link.email,
          language: body.language ?? 'sv',
          speakerName: link.name,
          speakerId,
          itemTitleSv: link.title_sv,
          itemTitleEn: link.title_en,
          conferenceTitleSv: link.conference_title_sv,
          conferenceTitleEn: link.conference_title_en,
          startsAt: link.starts_at,
          invitationUrl: invitationPageUrl(this.identity.publicUrl, issued.token),
          publicUrl: this.identity.publicUrl,
        }),
      ]);
      await audit(manager, {
        subjectType: 'agenda-item',
        subjectId: itemId,
        action: existing ? 'speaker-invited-again' : 'speaker-invited',
        actorId: user.id,
        after: { speakerId, version: issued.version },
      });
      return { status: row.status as SpeakerInvitationSent['status'], invitedAt: toStockholmIso(row.invited_at), email: link.email };
    });
    void this.mail.flush();
    return sent;
  }

  /** What the invited speaker sees behind their link; 404 for any token that is not a current one. */
  async view(token: string, manager: EntityManager = this.dataSource.manager): Promise<SpeakerInvitationResponse> {
    const hash = invitationTokenHash(token);
    const [row] = hash ? await manager.query<InvitationRow[]>(INVITATION_SQL, [hash]) : [];
    if (!row) throw notFound('agenda.invitation-not-found');
    return toInvitation(row);
  }

  /**
   * The speaker's answer. A confirmation keeps the texts given (biography, organisation, title) in the
   * register; a "no" changes nothing else. They may change their mind through the same link.
   */
  async answer(token: string, body: SpeakerInvitationAnswerDto): Promise<SpeakerInvitationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const hash = invitationTokenHash(token);
      const [row] = hash ? await manager.query<InvitationRow[]>(`${INVITATION_SQL} FOR UPDATE OF v`, [hash]) : [];
      if (!row) throw notFound('agenda.invitation-not-found');
      await manager.query(`UPDATE speaker_invitations SET status = $2, answered_at = now(), updated_at = now() WHERE id = $1`, [row.id, body.answer]);
      if (body.answer === 'confirmed') {
        const fields = { bio_sv: body.bioSv, bio_en: body.bioEn, organisation: body.organisation, title: body.title };
        const given = Object.entries(fields).filter(([, value]) => value !== undefined);
        if (given.length) {
          await manager.query(
            `UPDATE speakers SET ${given.map(([column], i) => `${column} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
            [row.speaker_id, ...given.map(([, value]) => value)],
          );
        }
      }
      await audit(manager, {
        subjectType: 'agenda-item',
        subjectId: row.agenda_item_id,
        action: `speaker-${body.answer}`,
        actorId: null,
        after: { speakerId: row.speaker_id },
      });
      return this.view(token, manager);
    });
  }
}

function toInvitation(r: InvitationRow): SpeakerInvitationResponse {
  return {
    agendaItemId: r.agenda_item_id,
    status: r.status,
    conferenceTitleSv: r.conference_title_sv,
    conferenceTitleEn: r.conference_title_en,
    itemTitleSv: r.item_title_sv,
    itemTitleEn: r.item_title_en,
    startsAt: r.starts_at ? toStockholmIso(r.starts_at) : null,
    endsAt: r.ends_at ? toStockholmIso(r.ends_at) : null,
    roomName: r.room_name,
    speaker: { name: r.name, organisation: r.organisation, title: r.title, bioSv: r.bio_sv, bioEn: r.bio_en },
  };
}
