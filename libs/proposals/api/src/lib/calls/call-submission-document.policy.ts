import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashLinkToken } from '@samverkan/identity/api';
import { can, ROLES, type Role } from '@samverkan/identity/contract';
import { isUuid } from '@samverkan/shared/api-http';
import type { DocumentActor, DocumentParentPolicy } from '@samverkan/shared/api-documents';

function reviews(actor: DocumentActor): boolean {
  const roles = (actor.user?.roles ?? []).filter((role): role is Role => (ROLES as readonly string[]).includes(role));
  return can(roles, 'calls.review');
}

/**
 * Files of an open call's submission. The council (`calls.review`) reads them and may add or remove
 * some. The sender's browser attaches ONE file with the upload token of the 202 answer, within the hour:
 * the check uses the token up (one conditional UPDATE, so two uploads at once cannot both pass), in the
 * documents route's transaction.
 */
@Injectable()
export class CallSubmissionDocumentPolicy implements DocumentParentPolicy {
  readonly parentType = 'call-submission' as const;

  async mayRead(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean> {
    return reviews(actor) && isUuid(parentId) && (await exists(manager, parentId));
  }

  async mayAttach(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean> {
    if (!isUuid(parentId)) return false;
    if (reviews(actor)) return exists(manager, parentId);
    if (!actor.token) return false;
    const [rows] = await manager.query<[unknown[], number]>(
      `UPDATE call_submissions SET upload_used_at = now()
        WHERE id = $1 AND upload_token_hash = $2 AND upload_expires_at > now() AND upload_used_at IS NULL
        RETURNING id`,
      [parentId, hashLinkToken(actor.token)],
    );
    return rows.length === 1;
  }

  async isPublic(): Promise<boolean> {
    return false;
  }
}

async function exists(manager: EntityManager, id: string): Promise<boolean> {
  const rows = await manager.query<unknown[]>(`SELECT 1 FROM call_submissions WHERE id = $1`, [id]);
  return rows.length > 0;
}
