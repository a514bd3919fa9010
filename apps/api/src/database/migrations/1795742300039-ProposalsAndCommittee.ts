import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalsAndCommittee1795742300039 implements MigrationInterface {
  name = 'ProposalsAndCommittee1795742300039';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(20) NOT NULL, "title" character varying(300) NOT NULL, "summary" character varying(2000) NOT NULL, "description" text, "state" character varying(20) NOT NULL DEFAULT 'draft', "format" character varying(20), "duration_minutes" integer, "speakers" jsonb NOT NULL DEFAULT '[]', "target_conference_id" uuid, "proposer_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "decision_outcome" character varying(10), "decision_motivation" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "decision_meeting_id" uuid, CONSTRAINT "proposals_duration_check" CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 5 AND 1440), CONSTRAINT "proposals_decision_check" CHECK (decision_outcome IS NULL OR decision_outcome IN ('accept', 'reject', 'return')), CONSTRAINT "proposals_format_check" CHECK (format IS NULL OR format IN ('keynote', 'panel', 'seminar', 'workshop', 'study-visit', 'other')), CONSTRAINT "proposals_state_check" CHECK (state IN ('draft', 'submitted', 'in-review', 'accepted', 'rejected', 'returned', 'withdrawn')), CONSTRAINT "proposals_kind_check" CHECK (kind IN ('theme', 'session', 'speaker')), CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "proposals_conference_idx" ON "proposals"  ("target_conference_id") `);
    await queryRunner.query(`CREATE INDEX "proposals_proposer_idx" ON "proposals"  ("proposer_id") `);
    await queryRunner.query(`CREATE INDEX "proposals_state_idx" ON "proposals"  ("state", "created_at") `);
    await queryRunner.query(`CREATE TABLE "proposal_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" character varying(5000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3dad96e1019f8d511df6b116cc7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "proposal_comments_proposal_idx" ON "proposal_comments"  ("proposal_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "proposal_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "relevance" smallint NOT NULL, "quality" smallint NOT NULL, "feasibility" smallint NOT NULL, "text" character varying(5000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_reviews_proposal_reviewer_uq" UNIQUE ("proposal_id", "reviewer_id"), CONSTRAINT "proposal_reviews_scores_check" CHECK (relevance BETWEEN 1 AND 5 AND quality BETWEEN 1 AND 5 AND feasibility BETWEEN 1 AND 5), CONSTRAINT "PK_3968b82324fb6bc7e98455159ce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "audit_entries" ("id" BIGSERIAL NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "action" character varying(60) NOT NULL, "actor_id" uuid, "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_entries_subject_idx" ON "audit_entries"  ("subject_type", "subject_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(300) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "place" character varying(300), "video_link" character varying(500), "chair_id" uuid NOT NULL, "minutes_approver_id" uuid, "minutes_status" character varying(10) NOT NULL DEFAULT 'draft', "chair_approved_at" TIMESTAMP WITH TIME ZONE, "approver_approved_at" TIMESTAMP WITH TIME ZONE, "locked_at" TIMESTAMP WITH TIME ZONE, "notice_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "meetings_minutes_status_check" CHECK (minutes_status IN ('draft', 'locked')), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "meetings_starts_at_idx" ON "meetings"  ("starts_at") `);
    await queryRunner.query(`CREATE TABLE "meeting_participants" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "present" boolean, CONSTRAINT "PK_1bb0b6aa22bca1e77bfcafb6c38" PRIMARY KEY ("meeting_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "meeting_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" character varying(20) NOT NULL, "title" character varying(300) NOT NULL, "proposal_id" uuid, "action_item_id" uuid, "decision_text" text, "outcome" character varying(10), "motivation" text, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "meeting_items_outcome_check" CHECK (outcome IS NULL OR outcome IN ('accept', 'reject', 'return')), CONSTRAINT "meeting_items_kind_check" CHECK (kind IN ('standard', 'proposal', 'action-item', 'other')), CONSTRAINT "PK_2ba832f3bd7788130a530f53457" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "meeting_items_meeting_idx" ON "meeting_items"  ("meeting_id", "position") `);
    await queryRunner.query(`CREATE TABLE "action_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "owner_id" uuid NOT NULL, "due_date" date, "focus_area_id" uuid, "status" character varying(10) NOT NULL DEFAULT 'open', "source_item_id" uuid, "meeting_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "action_items_status_check" CHECK (status IN ('open', 'closed')), CONSTRAINT "PK_5a84b168b001636b379312104ab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "action_items_status_idx" ON "action_items"  ("status", "due_date") `);
    await queryRunner.query(`CREATE TABLE "proposal_focus_areas" ("proposal_id" uuid NOT NULL, "focus_area_id" uuid NOT NULL, CONSTRAINT "PK_1f3affb54718bd27e92e2cfee2d" PRIMARY KEY ("proposal_id", "focus_area_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a80f44fa975cf75a51ad03990b" ON "proposal_focus_areas"  ("proposal_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a5f408f7526053bd135c2f2a34" ON "proposal_focus_areas"  ("focus_area_id") `);
    await queryRunner.query(`ALTER TABLE "themes" ADD "source_proposal_id" uuid`);
    await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "proposals_target_conference_fk" FOREIGN KEY ("target_conference_id") REFERENCES "conferences"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposals" ADD CONSTRAINT "proposals_proposer_fk" FOREIGN KEY ("proposer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal_comments" ADD CONSTRAINT "proposal_comments_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal_comments" ADD CONSTRAINT "proposal_comments_author_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal_reviews" ADD CONSTRAINT "proposal_reviews_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal_reviews" ADD CONSTRAINT "proposal_reviews_reviewer_fk" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_fk" FOREIGN KEY ("chair_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "meetings_minutes_approver_fk" FOREIGN KEY ("minutes_approver_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_action_item_fk" FOREIGN KEY ("action_item_id") REFERENCES "action_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_fk" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "action_items_focus_area_fk" FOREIGN KEY ("focus_area_id") REFERENCES "focus_areas"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal_focus_areas" ADD CONSTRAINT "proposal_focus_areas_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "proposal_focus_areas" ADD CONSTRAINT "proposal_focus_areas_focus_area_fk" FOREIGN KEY ("focus_area_id") REFERENCES "focus_areas"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    // Written by hand: approved (locked) minutes can never change, whatever code runs against the database.
    await queryRunner.query(`CREATE FUNCTION refuse_change_to_locked_minutes() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE meeting uuid;
      BEGIN
        IF TG_TABLE_NAME = 'meetings' THEN
          IF OLD.minutes_status = 'locked' THEN
            RAISE EXCEPTION 'the minutes of meeting % are locked', OLD.id USING ERRCODE = 'check_violation', CONSTRAINT = 'meetings_minutes_locked';
          END IF;
        ELSE
          meeting := CASE WHEN TG_OP = 'DELETE' THEN OLD.meeting_id ELSE NEW.meeting_id END;
          IF EXISTS (SELECT 1 FROM meetings WHERE id = meeting AND minutes_status = 'locked') THEN
            RAISE EXCEPTION 'the minutes of meeting % are locked', meeting USING ERRCODE = 'check_violation', CONSTRAINT = 'meetings_minutes_locked';
          END IF;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER meetings_locked BEFORE UPDATE OR DELETE ON "meetings" FOR EACH ROW EXECUTE FUNCTION refuse_change_to_locked_minutes()`);
    await queryRunner.query(`CREATE TRIGGER meeting_items_locked BEFORE INSERT OR UPDATE OR DELETE ON "meeting_items" FOR EACH ROW EXECUTE FUNCTION refuse_change_to_locked_minutes()`);
    await queryRunner.query(`CREATE TRIGGER meeting_participants_locked BEFORE INSERT OR UPDATE OR DELETE ON "meeting_participants" FOR EACH ROW EXECUTE FUNCTION refuse_change_to_locked_minutes()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER meeting_participants_locked ON "meeting_participants"`);
    await queryRunner.query(`DROP TRIGGER meeting_items_locked ON "meeting_items"`);
    await queryRunner.query(`DROP TRIGGER meetings_locked ON "meetings"`);
    await queryRunner.query(`DROP FUNCTION refuse_change_to_locked_minutes()`);
    await queryRunner.query(`ALTER TABLE "proposal_focus_areas" DROP CONSTRAINT "proposal_focus_areas_focus_area_fk"`);
    await queryRunner.query(`ALTER TABLE "proposal_focus_areas" DROP CONSTRAINT "proposal_focus_areas_proposal_fk"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "action_items_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "action_items_focus_area_fk"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "action_items_owner_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_items" DROP CONSTRAINT "meeting_items_action_item_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_items" DROP CONSTRAINT "meeting_items_proposal_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_items" DROP CONSTRAINT "meeting_items_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_participants" DROP CONSTRAINT "meeting_participants_user_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_participants" DROP CONSTRAINT "meeting_participants_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_minutes_approver_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_chair_fk"`);
    await queryRunner.query(`ALTER TABLE "proposal_reviews" DROP CONSTRAINT "proposal_reviews_reviewer_fk"`);
    await queryRunner.query(`ALTER TABLE "proposal_reviews" DROP CONSTRAINT "proposal_reviews_proposal_fk"`);
    await queryRunner.query(`ALTER TABLE "proposal_comments" DROP CONSTRAINT "proposal_comments_author_fk"`);
    await queryRunner.query(`ALTER TABLE "proposal_comments" DROP CONSTRAINT "proposal_comments_proposal_fk"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "proposals_proposer_fk"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "proposals_target_conference_fk"`);
    await queryRunner.query(`ALTER TABLE "themes" DROP COLUMN "source_proposal_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a5f408f7526053bd135c2f2a34"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a80f44fa975cf75a51ad03990b"`);
    await queryRunner.query(`DROP TABLE "proposal_focus_areas"`);
    await queryRunner.query(`DROP INDEX "public"."action_items_status_idx"`);
    await queryRunner.query(`DROP TABLE "action_items"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_items_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_items"`);
    await queryRunner.query(`DROP TABLE "meeting_participants"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_starts_at_idx"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entries_subject_idx"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
    await queryRunner.query(`DROP TABLE "proposal_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_comments_proposal_idx"`);
    await queryRunner.query(`DROP TABLE "proposal_comments"`);
    await queryRunner.query(`DROP INDEX "public"."proposals_state_idx"`);
    await queryRunner.query(`DROP INDEX "public"."proposals_proposer_idx"`);
    await queryRunner.query(`DROP INDEX "public"."proposals_conference_idx"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
  }
}
