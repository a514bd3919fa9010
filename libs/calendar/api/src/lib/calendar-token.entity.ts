import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '@samverkan/identity/api';

/** A person's read-only token for their committee-meeting feed; rotating it ends old subscriptions. */
@Entity('calendar_tokens')
export class CalendarToken {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'calendar_tokens_user_fk' })
  user?: User;

  @Index('calendar_tokens_token_uq', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  token!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
