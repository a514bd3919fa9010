import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { User } from '@samverkan/identity/api';
import { Registration } from '@samverkan/registrations/api';
import type { Language } from '@samverkan/registrations/contract';
import type { MessageFilter, MessageKind } from '@samverkan/messaging/contract';

/** A message to a conference's participants (staff wrote it, or a reminder became it), kept as written. */
@Entity('messages')
@Check('messages_kind_check', `kind IN ('message', 'reminder')`)
@Index('messages_conference_created_idx', ['conferenceId', 'createdAt'])
export class Message {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'messages_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'messages_conference_fk' })
  conference?: Conference;

  @Column({ type: 'varchar', length: 20 })
  kind!: MessageKind;

  @Column({ type: 'varchar', length: 200 })
  subjectSv!: string;

  @Column({ type: 'text' })
  bodySv!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  subjectEn!: string | null;

  @Column({ type: 'text', nullable: true })
  bodyEn!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  filter!: MessageFilter;

  @Column({ type: 'integer' })
  recipientCount!: number;

  /** Recipients over the per-recipient mail limit: no e-mail, the message is on their manage page. */
  @Column({ type: 'integer', default: 0 })
  heldBackCount!: number;

  @Column({ type: 'uuid', nullable: true })
  sentBy!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sent_by', foreignKeyConstraintName: 'messages_sent_by_fk' })
  sender?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Who a message went to, in which language, and whether it was e-mailed (or held back by the limit). */
@Entity('message_recipients')
@Index('message_recipients_registration_idx', ['registrationId'])
export class MessageRecipient {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'message_recipients_pkey' })
  messageId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'message_recipients_pkey' })
  registrationId!: string;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'message_recipients_message_fk' })
  message?: Message;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'message_recipients_registration_fk' })
  registration?: Registration;

  @Column({ type: 'varchar', length: 2 })
  language!: Language;

  @Column({ type: 'boolean' })
  mailed!: boolean;
}

/**
 * A reminder staff set for a conference: `daysBefore` days before it starts (the same Stockholm wall
 * time) or at `sendAt`. `sentAt` is set once, by the conditional UPDATE that sends it.
 */
@Entity('conference_reminders')
@Check('conference_reminders_when_check', `(days_before IS NULL) <> (send_at IS NULL)`)
@Check('conference_reminders_days_before_check', `days_before IS NULL OR days_before BETWEEN 0 AND 365`)
@Index('conference_reminders_conference_idx', ['conferenceId'])
@Index('conference_reminders_unsent_idx', ['sentAt'])
export class ConferenceReminder {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'conference_reminders_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'conference_reminders_conference_fk' })
  conference?: Conference;

  @Column({ type: 'integer', nullable: true })
  daysBefore!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  sendAt!: Date | null;

  @Column({ type: 'text' })
  textSv!: string;

  @Column({ type: 'text', nullable: true })
  textEn!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  messageId!: string | null;

  @ManyToOne(() => Message, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'conference_reminders_message_fk' })
  message?: Message | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
