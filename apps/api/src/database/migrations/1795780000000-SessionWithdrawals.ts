import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * session_withdrawals remembers session places given up (withdrawn, cancelled registration, or the item
 * deleted from the programme, which cascades), so personal calendar feeds can show those sessions as
 * CANCELLED and the publish mail can reach people whose session was removed. Triggers keep it in step
 * with session_signups on every path, the foreign-key cascade included, which no service code sees.
 */

export class SessionWithdrawals1795780000000 implements MigrationInterface {
  name = 'SessionWithdrawals1795780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "session_withdrawals" ("registration_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "item_removed" boolean NOT NULL DEFAULT false, "withdrawn_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c650660981853999b24434be23" PRIMARY KEY ("registration_id", "agenda_item_id"))`);
    await queryRunner.query(`ALTER TABLE "session_withdrawals" ADD CONSTRAINT "session_withdrawals_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // A deleted sign-up leaves a withdrawal, unless its registration is being deleted too (retention).
    // item_removed: the agenda item itself is gone (the cascade from agenda_items), not the person's choice.
    await queryRunner.query(`CREATE FUNCTION session_signup_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO session_withdrawals (registration_id, agenda_item_id, item_removed)
  SELECT OLD.registration_id, OLD.agenda_item_id, NOT EXISTS (SELECT 1 FROM agenda_items WHERE id = OLD.agenda_item_id)
   WHERE EXISTS (SELECT 1 FROM registrations WHERE id = OLD.registration_id)
  ON CONFLICT (registration_id, agenda_item_id) DO UPDATE SET item_removed = EXCLUDED.item_removed, withdrawn_at = now();
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER session_signups_gone AFTER DELETE ON session_signups FOR EACH ROW EXECUTE FUNCTION session_signup_gone()`);
    // Signing up again takes the withdrawal back.
    await queryRunner.query(`CREATE FUNCTION session_signup_made() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM session_withdrawals WHERE registration_id = NEW.registration_id AND agenda_item_id = NEW.agenda_item_id;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER session_signups_made AFTER INSERT ON session_signups FOR EACH ROW EXECUTE FUNCTION session_signup_made()`);
    await queryRunner.query(`CREATE INDEX "session_withdrawals_item_idx" ON "session_withdrawals" ("agenda_item_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER session_signups_made ON session_signups`);
    await queryRunner.query(`DROP FUNCTION session_signup_made()`);
    await queryRunner.query(`DROP TRIGGER session_signups_gone ON session_signups`);
    await queryRunner.query(`DROP FUNCTION session_signup_gone()`);
    await queryRunner.query(`ALTER TABLE "session_withdrawals" DROP CONSTRAINT "session_withdrawals_registration_fk"`);
    await queryRunner.query(`DROP TABLE "session_withdrawals"`);
  }
}
