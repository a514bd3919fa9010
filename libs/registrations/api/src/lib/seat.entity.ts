import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgendaItem } from '@samverkan/agenda/api';
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

/**
 * One place in a session that takes sign-ups (a workshop, a study visit): the same design as a
 * conference's seats (ADR 0009). An item has as many rows as its sign-up capacity (a trigger keeps them
 * so); a sign-up holds one. Claimed with FOR UPDATE SKIP LOCKED (session-seats.ts).
 */
@Entity('session_seats')
@Index('session_seats_holder_uq', ['agendaItemId', 'registrationId'], { unique: true })
@Index('session_seats_free_idx', ['agendaItemId', 'seatNo'], { where: 'registration_id IS NULL' })
export class SessionSeat {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_seats_pk' })
  agendaItemId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'session_seats_pk' })
  seatNo!: number;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'session_seats_agenda_item_fk' })
  agendaItem?: AgendaItem;

  /** Set in the claim, before the sign-up's row is inserted: the reference is checked at commit. */
  @Column({ type: 'uuid', nullable: true })
  registrationId!: string | null;

  @ManyToOne(() => Registration, { onDelete: 'SET NULL', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'session_seats_registration_fk' })
  registration?: Registration;
}
