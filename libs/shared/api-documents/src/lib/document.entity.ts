import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file attached to an object of some domain (`parentType`, `parentId`: no foreign key, the parent
 * lives in the owning domain's table). Its bytes are in `document_chunks`. `uploadedBy` is a user id
 * when a signed-in person uploaded it (none for uploads through a secret link).
 */
@Entity('documents')
@Index('documents_parent_idx', ['parentType', 'parentId', 'createdAt'])
export class StoredDocument {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'documents_pk' })
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  parentType!: string;

  @Column({ type: 'uuid' })
  parentId!: string;

  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  /** The type read from the bytes when it was uploaded. */
  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One piece of a document's bytes, `seq` from 0; every piece but the last is DOCUMENT_CHUNK_BYTES long. */
@Entity('document_chunks')
export class DocumentChunk {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'document_chunks_pk' })
  documentId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'document_chunks_pk' })
  seq!: number;

  @ManyToOne(() => StoredDocument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_chunks_document_fk' })
  document?: StoredDocument;

  @Column({ type: 'bytea' })
  data!: Buffer;
}

export const DOCUMENTS_ENTITIES = [StoredDocument, DocumentChunk];
