import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seats without a hot row (ADR 0009): one row per place, claimed with FOR UPDATE SKIP LOCKED, instead
 * of a counter on the conference row that every registration had to lock until commit. Waitlist ranks
 * come from one sequence. A trigger keeps a conference's seat rows equal to its capacity, whoever
 * writes the conference (services, seed, import, copy): it adds rows when the capacity grows and
 * deletes free ones when it shrinks, refusing (check_violation) when too few are free. Existing
 * confirmed registrations get seats 1..n in the order they were made; existing ranks stay, below every
 * new one. The counter columns and their CHECK go: nothing reads them any more.
 */
export class SeatRows1796050000000 implements MigrationInterface {
  name = 'SeatRows1796050000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conference_seats" (
      "conference_id" uuid NOT NULL,
      "seat_no" integer NOT NULL,
      "registration_id" uuid,
      CONSTRAINT "conference_seats_pk" PRIMARY KEY ("conference_id", "seat_no"),
      CONSTRAINT "conference_seats_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "conference_seats_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE SET NULL ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "conference_seats_registration_uq" ON "conference_seats" ("registration_id")`);
    await queryRunner.query(`CREATE INDEX "conference_seats_free_idx" ON "conference_seats" ("conference_id", "seat_no") WHERE registration_id IS NULL`);
    await queryRunner.query(`INSERT INTO conference_seats (conference_id, seat_no) SELECT c.id, g FROM conferences c, generate_series(1, c.capacity) g`);
    await queryRunner.query(`UPDATE conference_seats s SET registration_id = r.id
      FROM (SELECT id, conference_id, row_number() OVER (PARTITION BY conference_id ORDER BY created_at, id) AS n
              FROM registrations WHERE status = 'confirmed') r
     WHERE s.conference_id = r.conference_id AND s.seat_no = r.n`);
    await queryRunner.query(`CREATE SEQUENCE "registration_waitlist_ranks" AS bigint`);
    await queryRunner.query(
      `SELECT setval('registration_waitlist_ranks', (SELECT coalesce(max(waitlist_seq), 0) + 1 FROM conferences), false)`,
    );
    await queryRunner.query(`CREATE FUNCTION conference_seats_follow_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  have integer;
  gone integer;
BEGIN
  SELECT count(*) INTO have FROM conference_seats WHERE conference_id = NEW.id;
  IF NEW.capacity > have THEN
    INSERT INTO conference_seats (conference_id, seat_no)
    SELECT NEW.id, coalesce((SELECT max(seat_no) FROM conference_seats WHERE conference_id = NEW.id), 0) + g
      FROM generate_series(1, NEW.capacity - have) g;
  ELSIF NEW.capacity < have THEN
    WITH doomed AS (SELECT seat_no FROM conference_seats WHERE conference_id = NEW.id AND registration_id IS NULL
                     ORDER BY seat_no DESC LIMIT have - NEW.capacity FOR UPDATE)
    DELETE FROM conference_seats s USING doomed d WHERE s.conference_id = NEW.id AND s.seat_no = d.seat_no;
    GET DIAGNOSTICS gone = ROW_COUNT;
    IF gone < have - NEW.capacity THEN
      RAISE EXCEPTION 'capacity % is below the seats taken', NEW.capacity
        USING ERRCODE = 'check_violation', CONSTRAINT = 'conferences_capacity_check';
    END IF;
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "conference_seats_follow_capacity" AFTER INSERT OR UPDATE OF "capacity" ON "conferences" FOR EACH ROW EXECUTE FUNCTION conference_seats_follow_capacity()`,
    );
    await queryRunner.query(`ALTER TABLE "conferences" DROP CONSTRAINT "conferences_confirmed_count_check"`);
    await queryRunner.query(`ALTER TABLE "conferences" DROP COLUMN "confirmed_count"`);
    await queryRunner.query(`ALTER TABLE "conferences" DROP COLUMN "waitlist_seq"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conferences" ADD "waitlist_seq" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "conferences" ADD "confirmed_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`UPDATE conferences c SET
      confirmed_count = (SELECT count(*) FROM conference_seats s WHERE s.conference_id = c.id AND s.registration_id IS NOT NULL),
      waitlist_seq = (SELECT coalesce(max(waitlist_rank), 0) FROM registrations r WHERE r.conference_id = c.id)`);
    await queryRunner.query(
      `ALTER TABLE "conferences" ADD CONSTRAINT "conferences_confirmed_count_check" CHECK (confirmed_count >= 0 AND confirmed_count <= capacity)`,
    );
    await queryRunner.query(`DROP TRIGGER "conference_seats_follow_capacity" ON "conferences"`);
    await queryRunner.query(`DROP FUNCTION conference_seats_follow_capacity()`);
    await queryRunner.query(`DROP SEQUENCE "registration_waitlist_ranks"`);
    await queryRunner.query(`DROP TABLE "conference_seats"`);
  }
}
