import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { AgendaItem } from '../agenda.entity';

/** A person in the speaker register: one entry per person, linked from any conference's programme items. */
@Entity('speakers')
export class Speaker {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'speakers_pk' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  bioSv!: string | null;

  @Column({ type: 'text', nullable: true })
  bioEn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Which register entries speak at a programme item, in order. */
@Entity('agenda_item_speakers')
@Index('agenda_item_speakers_speaker_idx', ['speakerId'])
export class AgendaItemSpeakerLink {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'agenda_item_speakers_pk' })
  agendaItemId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'agenda_item_speakers_pk' })
  speakerId!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'agenda_item_speakers_item_fk' })
  agendaItem?: AgendaItem;

  @ManyToOne(() => Speaker, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id', foreignKeyConstraintName: 'agenda_item_speakers_speaker_fk' })
  speaker?: Speaker;
}

export const STORED_INVITATION_STATUSES = ['invited', 'confirmed', 'declined'] as const;
export type StoredInvitationStatus = (typeof STORED_INVITATION_STATUSES)[number];

/**
 * An invitation of a speaker to speak at one item, with the hash of its secret link. It belongs to the
 * link: removing the speaker from the item removes it, and a merge moves it with the link (ON UPDATE CASCADE).
 */
@Entity('speaker_invitations')
@Check('speaker_invitations_status_check', `status IN (${STORED_INVITATION_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Unique('speaker_invitations_link_uq', ['agendaItemId', 'speakerId'])
@Index('speaker_invitations_token_hash_uq', ['tokenHash'], { unique: true })
export class SpeakerInvitation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'speaker_invitations_pk' })
  id!: string;

  @Column({ type: 'uuid' })
  agendaItemId!: string;

  @Column({ type: 'uuid' })
  speakerId!: string;

  @ManyToOne(() => AgendaItemSpeakerLink, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn([
    { name: 'agenda_item_id', referencedColumnName: 'agendaItemId', foreignKeyConstraintName: 'speaker_invitations_link_fk' },
    { name: 'speaker_id', referencedColumnName: 'speakerId', foreignKeyConstraintName: 'speaker_invitations_link_fk' },
  ])
  link?: AgendaItemSpeakerLink;

  @Column({ type: 'varchar', length: 10, default: 'invited' })
  status!: StoredInvitationStatus;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'integer', default: 1 })
  tokenVersion!: number;

  @Column({ type: 'timestamptz' })
  invitedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
