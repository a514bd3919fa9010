import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import { Registration } from '../registration.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** One price of a conference (excluding VAT, in öre). A combination without a row costs nothing. */
@Entity('conference_fees')
@Check('conference_fees_organisation_type_check', `organisation_type IN (${list(ORGANISATION_TYPES)})`)
@Check('conference_fees_amount_ore_check', `amount_ore > 0`)
export class ConferenceFee {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'conference_fees_pk' })
  conferenceId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'conference_fees_pk' })
  organisationType!: OrganisationType;

  @PrimaryColumn({ type: 'boolean', primaryKeyConstraintName: 'conference_fees_pk' })
  member!: boolean;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'conference_fees_conference_fk' })
  conference?: Conference;

  @Column({ type: 'integer' })
  amountOre!: number;
}

/** A conference's late-cancellation rule; without a row: cancellations are free and no-shows invoiced. */
@Entity('conference_fee_rules')
export class ConferenceFeeRule {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'conference_fee_rules_pk' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'conference_fee_rules_conference_fk' })
  conference?: Conference;

  @Column({ type: 'timestamptz', nullable: true })
  invoicedAfter!: Date | null;

  @Column({ type: 'boolean', default: true })
  noShowInvoiced!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * Where a registration's invoice goes and the price it was registered at (excluding VAT, in öre), kept
 * when a fee applied at registration. Later price changes do not alter what someone signed up for.
 */
@Entity('registration_invoices')
@Check('registration_invoices_amount_ore_check', `amount_ore > 0`)
export class RegistrationInvoice {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'registration_invoices_pk' })
  registrationId!: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'registration_invoices_registration_fk' })
  registration?: Registration;

  /** NNNNNN-NNNN, checked with the Luhn digit. */
  @Column({ type: 'varchar', length: 11 })
  organisationNumber!: string;

  @Column({ type: 'varchar', length: 500 })
  address!: string;

  @Column({ type: 'varchar', length: 200 })
  reference!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  peppolId!: string | null;

  @Column({ type: 'integer' })
  amountOre!: number;

  /** Whether the member price applied. */
  @Column({ type: 'boolean' })
  member!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export const FEES_ENTITIES = [ConferenceFee, ConferenceFeeRule, RegistrationInvoice];
