import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * conference_fees: a conference's prices (excluding VAT, öre) per organisation type and membership;
 * conference_fee_rules: its late-cancellation rule; registration_invoices: the invoice details and the
 * price a registration was made at, when a fee applied.
 */
export class Fees1795900000000 implements MigrationInterface {
  name = 'Fees1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conference_fees" ("conference_id" uuid NOT NULL, "organisation_type" character varying(20) NOT NULL, "member" boolean NOT NULL, "amount_ore" integer NOT NULL, CONSTRAINT "conference_fees_amount_ore_check" CHECK (amount_ore > 0), CONSTRAINT "conference_fees_organisation_type_check" CHECK (organisation_type IN ('municipality', 'business', 'region', 'state-agency', 'other')), CONSTRAINT "conference_fees_pk" PRIMARY KEY ("conference_id", "organisation_type", "member"))`);
    await queryRunner.query(`CREATE TABLE "conference_fee_rules" ("conference_id" uuid NOT NULL, "invoiced_after" TIMESTAMP WITH TIME ZONE, "no_show_invoiced" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conference_fee_rules_pk" PRIMARY KEY ("conference_id"))`);
    await queryRunner.query(`CREATE TABLE "registration_invoices" ("registration_id" uuid NOT NULL, "organisation_number" character varying(11) NOT NULL, "address" character varying(500) NOT NULL, "reference" character varying(200) NOT NULL, "peppol_id" character varying(100), "amount_ore" integer NOT NULL, "member" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "registration_invoices_amount_ore_check" CHECK (amount_ore > 0), CONSTRAINT "registration_invoices_pk" PRIMARY KEY ("registration_id"))`);
    await queryRunner.query(`ALTER TABLE "conference_fees" ADD CONSTRAINT "conference_fees_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conference_fee_rules" ADD CONSTRAINT "conference_fee_rules_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registration_invoices" ADD CONSTRAINT "registration_invoices_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registration_invoices" DROP CONSTRAINT "registration_invoices_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "conference_fee_rules" DROP CONSTRAINT "conference_fee_rules_conference_fk"`);
    await queryRunner.query(`ALTER TABLE "conference_fees" DROP CONSTRAINT "conference_fees_conference_fk"`);
    await queryRunner.query(`DROP TABLE "registration_invoices"`);
    await queryRunner.query(`DROP TABLE "conference_fee_rules"`);
    await queryRunner.query(`DROP TABLE "conference_fees"`);
  }
}
