import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { can } from '@samverkan/identity/contract';
import type { DocumentActor, DocumentParentPolicy } from '@samverkan/shared/api-documents';
import { invitationTokenHash } from './speaker-invitations.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Staff: those who edit the programme. */
const isStaff = (actor: DocumentActor) => can(actor.user?.roles as Parameters<typeof can>[0], 'agenda.edit');

/**
 * A speaker is on a published programme when the latest version of a conference that is not a draft
 * names them, and they have confirmed or were never invited to that item (the public fields rule).
 */
const ON_PUBLISHED_PROGRAMME_SQL = `
  SELECT EXISTS (
    SELECT 1 FROM agenda_versions v
      JOIN conferences c ON c.id = v.conference_id AND c.status <> 'draft'
      CROSS JOIN LATERAL jsonb_array_elements(v.snapshot->'items') AS item
      LEFT JOIN speaker_invitations i ON i.agenda_item_id = (item->>'id')::uuid AND i.speaker_id = $1
     WHERE v.number = (SELECT max(number) FROM agenda_versions w WHERE w.conference_id = v.conference_id)
       AND item->'speakers' @> jsonb_build_array(jsonb_build_object('id', $1::text))
       AND (i.status IS NULL OR i.status = 'confirmed')
  ) AS published`;

/**
 * The documents of a speaker (`parentType: 'speaker'`, their photo): staff, or the speaker through one
 * of their invitation links (not a declined one), may add and remove them; staff, the speaker, and
 * anyone once the speaker is on a published programme may read them.
 * Registered with the documents library's `DocumentParents` in AgendaModule.onModuleInit.
 */
@Injectable()
export class SpeakerDocumentPolicy implements DocumentParentPolicy {
  readonly parentType = 'speaker' as const;

  async mayRead(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean> {
    if (!UUID.test(parentId)) return false;
    if (isStaff(actor)) return this.exists(parentId, manager);
    if (await this.isPublic(parentId, manager)) return true;
    return this.tokenOfSpeaker(actor.token, parentId, manager);
  }

  async mayAttach(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean> {
    if (!UUID.test(parentId)) return false;
    if (isStaff(actor)) return this.exists(parentId, manager);
    return this.tokenOfSpeaker(actor.token, parentId, manager);
  }

  async isPublic(parentId: string, manager: EntityManager): Promise<boolean> {
    if (!UUID.test(parentId)) return false;
    const [row] = await manager.query<{ published: boolean }[]>(ON_PUBLISHED_PROGRAMME_SQL, [parentId]);
    return row?.published === true;
  }

  /**
   * For the agenda item's policy (slides, `parentType: 'agenda-item'`): whether an invitation token
   * is a current link of a speaker of that item who has not declined.
   */
  async invitationTokenMayAttachTo(token: string | undefined, agendaItemId: string, manager: EntityManager): Promise<boolean> {
    const hash = invitationTokenHash(token);
    if (!hash || !UUID.test(agendaItemId)) return false;
    const [row] = await manager.query<{ ok: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM speaker_invitations WHERE token_hash = $1 AND agenda_item_id = $2 AND status <> 'declined') AS ok`,
      [hash, agendaItemId],
    );
    return row?.ok === true;
  }

  private async tokenOfSpeaker(token: string | undefined, speakerId: string, manager: EntityManager): Promise<boolean> {
    const hash = invitationTokenHash(token);
    if (!hash) return false;
    const [row] = await manager.query<{ ok: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM speaker_invitations WHERE token_hash = $1 AND speaker_id = $2 AND status <> 'declined') AS ok`,
      [hash, speakerId],
    );
    return row?.ok === true;
  }

  private async exists(speakerId: string, manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query<{ ok: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM speakers WHERE id = $1) AS ok`, [speakerId]);
    return row?.ok === true;
  }
}
