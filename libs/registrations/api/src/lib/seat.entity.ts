import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { Registration } from './registration.entity';

/**
 * One place at a conference (ADR 0009). A conference has as many rows as its capacity (a trigger keeps
 * them so, whoever writes the capacity); a registration holds one while it is confirmed. Claimed with
 * FOR UPDATE SKIP LOCKED (seats.ts), so registrations to one conference no longer queue on one row.
 */
@Entity('conference_seats')
@Index('conference_seats_registration_uq', ['registrationId'], { unique: true })
@Index('conference_seats_free_idx', ['conferenceId', 'seatNo'], { where: 'registration_id IS NULL' })
export class ConferenceSeat {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'conference_seats_pk' })
  conferenceId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'conference_seats_pk' })
  seatNo!: number;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'conference_seats_conference_fk' })
  conference?: Conference;

  /** Set in the claim, before the registration's row is inserted: the reference is checked at commit. */
  @Column({ type: 'uuid', nullable: true })
  registrationId!: string | null;

  @ManyToOne(() => Registration, { onDelete: 'SET NULL', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'conference_seats_registration_fk' })
  registration?: Registration;
}
