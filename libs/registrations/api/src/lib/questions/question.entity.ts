import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { BaseEntity } from '@samverkan/shared/api-database';
import { QUESTION_KINDS, type AnswerValue, type QuestionKind } from '@samverkan/registrations/contract';
import { Registration } from '../registration.entity';
import type { StoredOption } from './question-rules';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A conference's own question on the registration form. Its options live with it (they are always read
 * together); an option or question that someone has answered is archived instead of deleted, so the
 * answers keep reading with their labels.
 */
@Entity('conference_questions')
@Check('conference_questions_kind_check', `kind IN (${list(QUESTION_KINDS)})`)
@Check('conference_questions_options_check', `jsonb_typeof(options) = 'array'`)
@Index('conference_questions_conference_idx', ['conferenceId', 'position'])
export class ConferenceQuestion extends BaseEntity {
  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'conference_questions_conference_fk' })
  conference?: Conference;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: QuestionKind;

  @Column({ type: 'varchar', length: 300 })
  labelSv!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  labelEn!: string | null;

  @Column({ type: 'boolean', default: false })
  required!: boolean;

  /** `[{ id, labelSv, labelEn, archived }]` in the form's order. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  options!: StoredOption[];

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}

/** A person's answer to one question: a string, an array of option ids or a boolean (see the contract). */
@Entity('registration_answers')
@Index('registration_answers_question_idx', ['questionId'])
export class RegistrationAnswer {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'registration_answers_pk' })
  registrationId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'registration_answers_pk' })
  questionId!: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'registration_answers_registration_fk' })
  registration?: Registration;

  /** No cascade: a question with answers is archived, never deleted. */
  @ManyToOne(() => ConferenceQuestion)
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'registration_answers_question_fk' })
  question?: ConferenceQuestion;

  @Column({ type: 'jsonb' })
  value!: AnswerValue;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
