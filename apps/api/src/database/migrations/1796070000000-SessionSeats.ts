import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Session sign-ups on the seat design of conference registrations (ADR 0009): one row per place in a
 * session that takes sign-ups, claimed with FOR UPDATE SKIP LOCKED, instead of the counter on the
 * agenda item's row that every sign-up locked until commit. A trigger keeps an item's seat rows equal
 * to its sign-up capacity, whoever writes the item (editor, copy, seed, import, tests): it adds rows
 * when the capacity grows and deletes free ones when it shrinks. Too few free: refused (check_violation)
 * while the item requires sign-up, as the old CHECK did; an item that no longer requires sign-up keeps
 * the seats still held. Existing sign-ups get seats 1..n in the order they were made. The counter
 * column goes, and the CHECK keeps only its first half (a capacity when sign-up is required).
 */
export class SessionSeats1796070000000 implements MigrationInterface {
  name = 'SessionSeats1796070000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "session_seats" (
      "agenda_item_id" uuid NOT NULL,
      "seat_no" integer NOT NULL,
      "registration_id" uuid,
      CONSTRAINT "session_seats_pk" PRIMARY KEY ("agenda_item_id", "seat_no"),
      CONSTRAINT "session_seats_agenda_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "session_seats_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE SET NULL ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "session_seats_holder_uq" ON "session_seats" ("agenda_item_id", "registration_id")`);
    await queryRunner.query(`CREATE INDEX "session_seats_free_idx" ON "session_seats" ("agenda_item_id", "seat_no") WHERE registration_id IS NULL`);
    await queryRunner.query(
      `INSERT INTO session_seats (agenda_item_id, seat_no) SELECT i.id, g FROM agenda_items i, generate_series(1, i.signup_capacity) g WHERE i.signup_capacity > 0`,
    );
    await queryRunner.query(`UPDATE session_seats s SET registration_id = u.registration_id
      FROM (SELECT registration_id, agenda_item_id, row_number() OVER (PARTITION BY agenda_item_id ORDER BY created_at, registration_id) AS n
              FROM session_signups) u
     WHERE s.agenda_item_id = u.agenda_item_id AND s.seat_no = u.n`);
    await queryRunner.query(`CREATE FUNCTION session_seats_follow_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  wanted integer := greatest(coalesce(NEW.signup_capacity, 0), 0);
  have integer;
  gone integer;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.signup_capacity IS NOT DISTINCT FROM NEW.signup_capacity
     AND OLD.signup_required IS NOT DISTINCT FROM NEW.signup_required THEN
    RETURN NULL;
  END IF;
  SELECT count(*) INTO have FROM session_seats WHERE agenda_item_id = NEW.id;
  IF wanted > have THEN
    INSERT INTO session_seats (agenda_item_id, seat_no)
    SELECT NEW.id, coalesce((SELECT max(seat_no) FROM session_seats WHERE agenda_item_id = NEW.id), 0) + g
      FROM generate_series(1, wanted - have) g;
  ELSIF wanted < have THEN
    WITH doomed AS (SELECT seat_no FROM session_seats WHERE agenda_item_id = NEW.id AND registration_id IS NULL
                     ORDER BY seat_no DESC LIMIT have - wanted FOR UPDATE)
    DELETE FROM session_seats s USING doomed d WHERE s.agenda_item_id = NEW.id AND s.seat_no = d.seat_no;
    GET DIAGNOSTICS gone = ROW_COUNT;
    IF gone < have - wanted AND NEW.signup_required THEN
      RAISE EXCEPTION 'sign-up capacity % is below the places taken', NEW.signup_capacity
        USING ERRCODE = 'check_violation', CONSTRAINT = 'agenda_items_signup_check';
    END IF;
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "session_seats_follow_capacity" AFTER INSERT OR UPDATE OF "signup_capacity", "signup_required" ON "agenda_items" FOR EACH ROW EXECUTE FUNCTION session_seats_follow_capacity()`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_signup_check"`);
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_signup_check" CHECK (NOT signup_required OR signup_capacity IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "signup_count"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "signup_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `UPDATE agenda_items i SET signup_count = (SELECT count(*) FROM session_signups s WHERE s.agenda_item_id = i.id)`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_signup_check"`);
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_signup_check" CHECK (NOT signup_required OR (signup_capacity IS NOT NULL AND signup_count <= signup_capacity))`,
    );
    await queryRunner.query(`DROP TRIGGER "session_seats_follow_capacity" ON "agenda_items"`);
    await queryRunner.query(`DROP FUNCTION session_seats_follow_capacity()`);
    await queryRunner.query(`DROP TABLE "session_seats"`);
  }
}
