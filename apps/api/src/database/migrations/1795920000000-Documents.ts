import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * documents: files attached to objects of several domains (parent_type, parent_id; no foreign key, the
 * owning domain's policy checks the parent). document_chunks: their bytes, 256 kB a row, in order.
 */
export class Documents1795920000000 implements MigrationInterface {
  name = 'Documents1795920000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_type" character varying(30) NOT NULL, "parent_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "documents_pk" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "documents_parent_idx" ON "documents" ("parent_type", "parent_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "document_chunks" ("document_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "document_chunks_pk" PRIMARY KEY ("document_id", "seq"))`);
    await queryRunner.query(`ALTER TABLE "document_chunks" ADD CONSTRAINT "document_chunks_document_fk" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document_chunks" DROP CONSTRAINT "document_chunks_document_fk"`);
    await queryRunner.query(`DROP TABLE "document_chunks"`);
    await queryRunner.query(`DROP INDEX "public"."documents_parent_idx"`);
    await queryRunner.query(`DROP TABLE "documents"`);
  }
}
