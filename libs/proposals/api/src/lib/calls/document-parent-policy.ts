import type { EntityManager } from 'typeorm';

/*
 * A local copy of the documents helper's parent-policy types (`@samverkan/shared/api-documents`), until
 * that library is merged: the integrator switches these imports to the shared ones and registers
 * `CallSubmissionDocumentPolicy` with `DocumentParents` in `OpenCallsModule.onModuleInit`.
 */
export type DocumentParentType = 'meeting-item' | 'proposal' | 'agenda-item' | 'speaker' | 'call-submission';

/** Who asks: a signed-in user and/or a secret link token sent with the request. */
export interface DocumentActor {
  user?: { id: string; roles: readonly string[] };
  token?: string;
}

export interface DocumentParentPolicy {
  readonly parentType: DocumentParentType;
  mayRead(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean>;
  mayAttach(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean>;
  isPublic?(parentId: string, manager: EntityManager): Promise<boolean>;
}
