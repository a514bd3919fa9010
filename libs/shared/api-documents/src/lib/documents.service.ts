import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { DataSource, type EntityManager } from 'typeorm';
import type { DocumentSummary, DocumentUploadedResponse } from '@samverkan/shared/contract';
import { audit } from '@samverkan/shared/api-audit';
import { AppError, badRequest, isUuid, notFound } from '@samverkan/shared/api-http';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { DocumentChunk, StoredDocument } from './document.entity';
import { DocumentParents, type DocumentActor, type DocumentParentPolicy, type DocumentParentType } from './document-parents';
import { cleanFileName } from './file-name';
import { acceptedType, TextCheck, type AcceptedType } from './file-types';
import { Spool } from './spool';
import { receiveUpload, type IncomingUpload } from './upload';

/** Bytes per stored chunk: large enough for few rows, small enough that a file is never held whole. */
export const DOCUMENT_CHUNK_BYTES = 256 * 1024;

/**
 * Deletes every file of a parent (their chunks go with them), in the caller's transaction: the owning
 * domain calls it where it deletes the parent, so no file outlives what it was attached to.
 */
export async function deleteDocumentsOf(manager: EntityManager, parentType: DocumentParentType, parentId: string): Promise<void> {
  await manager.getRepository(StoredDocument).delete({ parentType, parentId });
}

/**
 * Moves every file of one parent to another of the same type, in the caller's transaction: the owning
 * domain calls it where two parents become one (two register entries of one speaker merged).
 */
export async function moveDocumentsOf(manager: EntityManager, parentType: DocumentParentType, fromId: string, toId: string): Promise<void> {
  await manager.getRepository(StoredDocument).update({ parentType, parentId: fromId }, { parentId: toId });
}

/** A file about to be sent: its row, whether its parent's files are public, and its bytes chunk by chunk. */
export interface DocumentListing {
  items: DocumentSummary[];
  isPublic: boolean;
}

export interface OpenedDocument {
  document: StoredDocument;
  isPublic: boolean;
  inline: boolean;
  chunks: AsyncIterable<Buffer>;
}

const tooLarge = () => new AppError(413, 'document.too-large');
const typeRefused = () => new AppError(415, 'document.type-refused');
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * Files attached to other domains' objects, stored in PostgreSQL in chunks and streamed both ways.
 * Every request names a parent (or a file, and so its parent) whose owner's policy decides: anyone
 * it does not let through gets 404, as if nothing were there.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parents: DocumentParents,
  ) {}

  /**
   * Stores the file of a multipart upload: the permission is checked before any byte is kept; the bytes
   * are checked as they arrive (type, text, size) and spooled to local disk, so no database connection
   * waits on the client; then one short transaction checks the permission again and writes the file in
   * chunks. Nothing is kept when any check refuses it, and the request is read to its end before the
   * answer so the client sees the refusal, not a broken connection.
   */
  async upload(req: IncomingMessage, actor: DocumentActor): Promise<DocumentUploadedResponse> {
    const upload = await receiveUpload(req);
    let spool: Spool | undefined;
    try {
      const who = { ...actor, token: actor.token ?? upload.fields['token'] };
      const { parentType = '', parentId = '' } = upload.fields;
      await this.allowedDryRun(who, parentType, parentId);
      const name = cleanFileName(upload.fileName);
      if (!name) throw badRequest('document.file-name', { errors: { file: 'fileName' } });
      spool = await Spool.create();
      const received = await receiveChecked(upload, name.extension, spool);
      const file = spool;
      return await this.dataSource.transaction(async (manager) => {
        await this.allowed(manager, who, parentType, parentId, 'attach');
        const document = await manager.getRepository(StoredDocument).save({
          parentType,
          parentId,
          fileName: name.name,
          contentType: received.contentType,
          size: file.size,
          sha256: received.sha256,
          uploadedBy: who.user?.id ?? null,
        });
        const chunks = manager.getRepository(DocumentChunk);
        let seq = 0;
        for await (const data of file.pieces(DOCUMENT_CHUNK_BYTES)) await chunks.insert({ documentId: document.id, seq: seq++, data });
        return { id: document.id, fileName: document.fileName, contentType: document.contentType, size: document.size };
      });
    } finally {
      await upload.finish();
      await spool?.remove();
    }
  }

  /** The files of a parent, oldest first, and whether they are public (the same list for everyone, so it may be cached). */
  async list(actor: DocumentActor, parentType: string, parentId: string): Promise<DocumentListing> {
    const manager = this.dataSource.manager;
    const policy = await this.allowed(manager, actor, parentType, parentId, 'read');
    const isPublic = (await policy.isPublic?.(parentId, manager)) ?? false;
    const rows = await manager.getRepository(StoredDocument).find({
      where: { parentType, parentId },
      order: { createdAt: 'ASC', id: 'ASC' },
      select: { id: true, fileName: true, contentType: true, size: true, createdAt: true },
    });
    const items = rows.map((r) => ({
      id: r.id,
      fileName: r.fileName,
      contentType: r.contentType,
      size: r.size,
      createdAt: toStockholmIso(r.createdAt),
    }));
    return { items, isPublic };
  }

  /** A file to send, if the actor may read its parent. */
  async open(actor: DocumentActor, id: string): Promise<OpenedDocument> {
    const manager = this.dataSource.manager;
    const document = await manager.getRepository(StoredDocument).findOneBy({ id });
    if (!document) throw notFound('document.not-found');
    const policy = await this.allowed(manager, actor, document.parentType, document.parentId, 'read');
    const isPublic = (await policy.isPublic?.(document.parentId, manager)) ?? false;
    return { document, isPublic, inline: INLINE_TYPES.has(document.contentType), chunks: this.chunks(document) };
  }

  /** Deletes a file (its chunks go with it), by those who may attach files to its parent; audited. */
  async remove(actor: DocumentActor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const document = await manager.getRepository(StoredDocument).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!document) throw notFound('document.not-found');
      await this.allowed(manager, actor, document.parentType, document.parentId, 'attach');
      await manager.getRepository(StoredDocument).delete({ id });
      await audit(manager, {
        subjectType: 'document',
        subjectId: id,
        action: 'deleted',
        actorId: actor.user?.id ?? null,
        before: {
          fileName: document.fileName,
          parentType: document.parentType,
          parentId: document.parentId,
          size: document.size,
          sha256: document.sha256,
        },
      });
    });
  }

  /**
   * The attach check before any byte is read, as a dry run: what the policy changes (a one-time upload
   * token used up) is rolled back; the transaction that stores the file checks again for real.
   */
  private async allowedDryRun(actor: DocumentActor, parentType: string, parentId: string): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await this.allowed(runner.manager, actor, parentType, parentId, 'attach');
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }

  /** The parent's policy when it lets the actor through; 404 for an unknown type or parent and for a refusal. */
  private async allowed(
    manager: EntityManager,
    actor: DocumentActor,
    parentType: string,
    parentId: string,
    what: 'read' | 'attach',
  ): Promise<DocumentParentPolicy> {
    const policy = this.parents.policy(parentType);
    if (!policy || !isUuid(parentId)) throw notFound('document.not-found');
    const ok = what === 'read' ? await policy.mayRead(actor, parentId, manager) : await policy.mayAttach(actor, parentId, manager);
    if (!ok) throw notFound('document.not-found');
    return policy;
  }

  /** The bytes of a document, one chunk (one query) at a time. */
  private async *chunks(document: StoredDocument): AsyncIterable<Buffer> {
    const count = Math.ceil(document.size / DOCUMENT_CHUNK_BYTES);
    for (let seq = 0; seq < count; seq++) {
      const [row]: { data: Buffer }[] = await this.dataSource.query(
        'SELECT data FROM document_chunks WHERE document_id = $1 AND seq = $2',
        [document.id, seq],
      );
      if (!row) throw new Error(`document ${document.id} lost chunk ${seq}`);
      yield row.data;
    }
  }
}

/**
 * Reads the file part to its end into the spool, checking as it goes: the type from the first chunk's
 * bytes (which must match the extension), text as UTF-8 throughout, the size limit. Throws the refusal.
 */
async function receiveChecked(upload: IncomingUpload, extension: string, spool: Spool): Promise<{ contentType: string; sha256: string }> {
  const hash = createHash('sha256');
  let type: AcceptedType | undefined;
  let text: TextCheck | undefined;
  const take = async (piece: Buffer) => {
    if (!type) {
      const accepted = await acceptedType(piece, extension);
      if (!accepted) throw typeRefused();
      type = accepted;
      text = accepted.text ? new TextCheck() : undefined;
    }
    if (text && !text.push(piece)) throw typeRefused();
    hash.update(piece);
    await spool.append(piece);
  };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // Not destroyed when a check throws: upload.finish() then reads the rest of the request away.
  for await (const data of upload.file.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    if (upload.tooLarge()) continue;
    pending.push(data);
    pendingBytes += data.length;
    while (pendingBytes >= DOCUMENT_CHUNK_BYTES) {
      const all = Buffer.concat(pending);
      await take(all.subarray(0, DOCUMENT_CHUNK_BYTES));
      pending = [all.subarray(DOCUMENT_CHUNK_BYTES)];
      pendingBytes = pending[0].length;
    }
  }
  if (upload.tooLarge()) throw tooLarge();
  if (pendingBytes > 0) await take(Buffer.concat(pending));
  const accepted = type as AcceptedType | undefined;
  if (!accepted || (text && !(text as TextCheck).end())) throw typeRefused();
  return { contentType: accepted.contentType, sha256: hash.digest('hex') };
}
