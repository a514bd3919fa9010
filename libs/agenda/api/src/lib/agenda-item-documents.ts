import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { can, type Role } from '@samverkan/identity/contract';
import type { DocumentActor, DocumentParentPolicy } from '@samverkan/shared/api-documents';
import { AgendaItem } from './agenda.entity';
import { SpeakerDocumentPolicy } from './speakers/speaker-document-policy';

/**
 * Whether a programme item is public: it is in its conference's latest published version (never of a
 * draft conference), or it was in a published version and has been held (slides stay up afterwards).
 */
const ITEM_PUBLIC_SQL = `
  SELECT EXISTS (
    SELECT 1 FROM agenda_versions v
      JOIN conferences c ON c.id = v.conference_id AND c.status <> 'draft'
     WHERE v.snapshot->'items' @> jsonb_build_array(jsonb_build_object('id', $1::text))
       AND (v.number = (SELECT max(number) FROM agenda_versions w WHERE w.conference_id = v.conference_id)
            OR EXISTS (SELECT 1 FROM agenda_items i WHERE i.id = $1::uuid AND i.ends_at < now()))
  ) AS public`;

/**
 * Files of a programme item (slides, background): staff with the agenda capability, and the item's
 * invited speakers through their invitation link (unless they declined), attach them and always read
 * them; everyone reads them once the item is public, and then they may be cached.
 */
@Injectable()
export class AgendaItemDocumentPolicy implements DocumentParentPolicy {
  readonly parentType = 'agenda-item' as const;

  constructor(private readonly speakers: SpeakerDocumentPolicy) {}

  async mayRead(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean> {
    return (await this.mayAttach(actor, parentId, manager)) || this.isPublic(parentId, manager);
  }

  async mayAttach(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean> {
    if (can(actor.user?.roles as readonly Role[] | undefined, 'agenda.edit')) return manager.getRepository(AgendaItem).existsBy({ id: parentId });
    return this.speakers.invitationTokenMayAttachTo(actor.token, parentId, manager);
  }

  async isPublic(parentId: string, manager: EntityManager): Promise<boolean> {
    const [row]: { public: boolean }[] = await manager.query(ITEM_PUBLIC_SQL, [parentId]);
    return row?.public ?? false;
  }
}
