import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '@samverkan/identity/api';

/**
 * A person's read-only link to their committee-meeting feed: the SHA-256 of its token and the version
 * it was made at (LinkTokens). Rotating raises the version, which ends old subscriptions.
 */
@Entity('calendar_tokens')
export class CalendarToken {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'calendar_tokens_user_fk' })
  user?: User;

  @Index('calendar_tokens_token_hash_uq', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
