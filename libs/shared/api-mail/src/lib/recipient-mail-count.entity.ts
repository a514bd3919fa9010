import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * How many mails nobody asked for went to one recipient (or one recipient in a narrower scope) in the
 * current window. Keyed by a hash of the folded address (recipient-key.ts); rows outside their window
 * are deleted as new ones are counted.
 */
@Entity('recipient_mail_counts')
@Index('recipient_mail_counts_window_idx', ['windowStartedAt'])
export class RecipientMailCount {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'recipient_mail_counts_pkey' })
  key!: string;

  @Column({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'integer' })
  count!: number;
}
