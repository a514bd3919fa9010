import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DocumentParentType } from '@samverkan/shared/contract';

export type { DocumentParentType };

/** Who asks: a signed-in user and/or a secret link token sent with the request (multipart field `token`, or `?token=` on GET). */
export interface DocumentActor {
  user?: { id: string; roles: readonly string[] };
  token?: string;
}

/** One per parent type, implemented in the domain that owns the parent, registered at module init. */
export interface DocumentParentPolicy {
  readonly parentType: DocumentParentType;
  /** May this actor see the parent and its files? false → 404 (as if nothing were there). */
  mayRead(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean>;
  /** May this actor add files to / delete files of the parent? */
  mayAttach(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean>;
  /** Are the parent's files public right now (cache headers)? */
  isPublic?(parentId: string, manager: EntityManager): Promise<boolean>;
}

/**
 * The parent types files can be attached to, each with its owner's policy. Global provider: a domain
 * calls `register(policy)` from its module's `onModuleInit`; nothing else is needed for a new type.
 * A type nobody registered has no files (every request about it is 404).
 */
@Injectable()
export class DocumentParents {
  private readonly policies = new Map<string, DocumentParentPolicy>();

  register(policy: DocumentParentPolicy): void {
    if (this.policies.has(policy.parentType)) throw new Error(`A document policy for "${policy.parentType}" is already registered`);
    this.policies.set(policy.parentType, policy);
  }

  /** The policy of a parent type, or undefined for a type nobody registered (or that does not exist). */
  policy(parentType: string): DocumentParentPolicy | undefined {
    return this.policies.get(parentType);
  }

  registeredTypes(): string[] {
    return [...this.policies.keys()];
  }
}
