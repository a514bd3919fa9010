import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { Registration } from '@samverkan/registrations/api';
import { BaseEntity } from '@samverkan/shared/api-database';

/**
 * One person's evaluation of a conference: one row per registration (a new answer replaces it). The
 * scores per programme item are `{ agendaItemId: 1–5 }`; the wished focus areas are codes of the
 * strategy current when the answer was given.
 */
@Entity('evaluation_answers')
@Unique('evaluation_answers_registration_uq', ['registrationId'])
@Check('evaluation_answers_overall_check', `overall BETWEEN 1 AND 5`)
@Check('evaluation_answers_session_scores_check', `jsonb_typeof(session_scores) = 'object'`)
export class EvaluationAnswerRow extends BaseEntity {
  @Column({ type: 'uuid' })
  registrationId!: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'evaluation_answers_registration_fk' })
  registration?: Registration;

  @Index('evaluation_answers_conference_idx')
  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'evaluation_answers_conference_fk' })
  conference?: Conference;

  @Column({ type: 'smallint' })
  overall!: number;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  sessionScores!: Record<string, number>;

  @Column({ type: 'text', nullable: true })
  keepText!: string | null;

  @Column({ type: 'text', nullable: true })
  changeText!: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  focusAreaCodes!: string[];
}

/** A conference's evaluation: its close time when staff set one (else the default), and when the invitations went out. */
@Entity('conference_evaluations')
export class ConferenceEvaluation {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'conference_evaluations_pk' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'conference_evaluations_conference_fk' })
  conference?: Conference;

  @Column({ type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  invitedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

export const EVALUATION_ENTITIES = [EvaluationAnswerRow, ConferenceEvaluation];
