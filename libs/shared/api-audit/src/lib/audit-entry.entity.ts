import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { AuditValue } from '@samverkan/shared/contract';

export type { AuditValue };

/** Who changed what, when, from what to what: shown on the object it concerns. */
@Entity('audit_entries')
@Index('audit_entries_subject_idx', ['subjectType', 'subjectId', 'createdAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: AuditValue | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: AuditValue | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
