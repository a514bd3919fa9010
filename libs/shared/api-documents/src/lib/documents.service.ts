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
   * Stores the file of a multipart upload in one transaction, chunk by chunk as it arrives: nothing is
   * kept when any check refuses it (permission, name, size, type), and the request is read to its end
   * before the answer so the client sees the refusal, not a broken connection.
   */
  async upload(req: IncomingMessage, actor: DocumentActor): Promise<DocumentUploadedResponse> {
    const upload = await receiveUpload(req);
    try {
      return await this.dataSource.transaction((manager) => this.store(manager, upload, { ...actor, token: actor.token ?? upload.fields['token'] }));
    } finally {
      await upload.finish();
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
    const items = rows.map((r) => ({ id: r.id, fileName: r.fileName, contentType: r.contentType, size: r.size, createdAt: toStockholmIso(r.createdAt) }));
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
        before: { fileName: document.fileName, parentType: document.parentType, parentId: document.parentId, size: document.size, sha256: document.sha256 },
      });
    });
  }

  /** The parent's policy when it lets the actor through; 404 for an unknown type or parent and for a refusal. */
  private async allowed(manager: EntityManager, actor: DocumentActor, parentType: string, parentId: string, what: 'read' | 'attach'): Promise<DocumentParentPolicy> {
    const policy = this.parents.policy(parentType);
    if (!policy || !isUuid(parentId)) throw notFound('document.not-found');
    const ok = what === 'read' ? await policy.mayRead(actor, parentId, manager) : await policy.mayAttach(actor, parentId, manager);
    if (!ok) throw notFound('document.not-found');
    return policy;
  }

  private async store(manager: EntityManager, upload: IncomingUpload, actor: DocumentActor): Promise<DocumentUploadedResponse> {
    const { parentType = '', parentId = '' } = upload.fields;
    await this.allowed(manager, actor, parentType, parentId, 'attach');
    const name = cleanFileName(upload.fileName);
    if (!name) throw badRequest('document.file-name', { errors: { file: 'fileName' } });
    const chunks = manager.getRepository(DocumentChunk);
    const hash = createHash('sha256');
    let document: StoredDocument | undefined;
    let text: TextCheck | undefined;
    let size = 0;
    let seq = 0;
    const write = async (piece: Buffer) => {
      if (!document) {
        const type: AcceptedType | null = await acceptedType(piece, name.extension);
        if (!type) throw typeRefused();
        text = type.text ? new TextCheck() : undefined;
        document = await manager.getRepository(StoredDocument).save({
          parentType, parentId, fileName: name.name, contentType: type.contentType, size: 0, sha256: '', uploadedBy: actor.user?.id ?? null,
        });
      }
      if (text && !text.push(piece)) throw typeRefused();
      hash.update(piece);
      size += piece.length;
      await chunks.insert({ documentId: document.id, seq: seq++, data: piece });
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
        await write(all.subarray(0, DOCUMENT_CHUNK_BYTES));
        pending = [all.subarray(DOCUMENT_CHUNK_BYTES)];
        pendingBytes = pending[0].length;
      }
    }
    if (upload.tooLarge()) throw tooLarge();
    if (pendingBytes > 0) await write(Buffer.concat(pending));
    const stored = document as StoredDocument | undefined;
    if (!stored || (text && !(text as TextCheck).end())) throw typeRefused();
    const sha256 = hash.digest('hex');
    await manager.getRepository(StoredDocument).update({ id: stored.id }, { size, sha256 });
    return { id: stored.id, fileName: stored.fileName, contentType: stored.contentType, size };
  }

  /** The bytes of a document, one chunk (one query) at a time. */
  private async *chunks(document: StoredDocument): AsyncIterable<Buffer> {
    const count = Math.ceil(document.size / DOCUMENT_CHUNK_BYTES);
    for (let seq = 0; seq < count; seq++) {
      const [row]: { data: Buffer }[] = await this.dataSource.query('SELECT data FROM document_chunks WHERE document_id = $1 AND seq = $2', [document.id, seq]);
      if (!row) throw new Error(`document ${document.id} lost chunk ${seq}`);
      yield row.data;
    }
  }
}
