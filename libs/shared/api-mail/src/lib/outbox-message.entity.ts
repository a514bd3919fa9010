import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const OUTBOX_STATUSES = ['pending', 'sent', 'stored', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  /**
   * Text as is; binary content (an image) in base64 with `encoding: 'base64'`; or, with `encoding: 'qr'`,
   * the text a QR code holds, drawn as a PNG only when the mail is sent (so a request that writes the
   * mail does not spend its time drawing).
   */
  content: string;
  encoding?: 'base64' | 'qr';
}

/**
 * Every e-mail is first written here, in the same transaction as the change it reports; it is sent
 * after commit and retried until it goes. Without SMTP it stays here as `stored` (the demo outbox).
 */
@Entity('outbox_messages')
@Check('outbox_messages_status_check', `status IN (${OUTBOX_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Index('outbox_messages_pending_idx', ['status', 'nextAttemptAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  to!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: OutboxAttachment[];

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** What the mail is about, e.g. `registration:<id>`, to find and erase it with the person's data. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  subjectRef!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
