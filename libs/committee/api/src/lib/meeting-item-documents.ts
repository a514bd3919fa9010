import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { can, type Role } from '@samverkan/identity/contract';
import type { DocumentActor, DocumentParentPolicy } from '@samverkan/shared/api-documents';
import { MeetingItem } from './meeting.entity';

/**
 * Files of a meeting's agenda items (background papers): only those who run meetings (working
 * committee, admin) know they exist, and they read and attach alike.
 */
@Injectable()
export class MeetingItemDocumentPolicy implements DocumentParentPolicy {
  readonly parentType = 'meeting-item' as const;

  async mayRead(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean> {
    return can(actor.user?.roles as readonly Role[] | undefined, 'meetings.manage') && manager.getRepository(MeetingItem).existsBy({ id: parentId });
  }

  mayAttach(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean> {
    return this.mayRead(actor, parentId, manager);
  }
}
