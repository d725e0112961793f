-- Initial schema. Written in Prisma's own conventions (names of keys, indexes
-- and constraints) so `prisma migrate diff` agrees where an engine exists.
-- Portable to PostgreSQL 14+ and PGlite: no extensions.

-- CreateEnum
CREATE TYPE "OrgUnitKind" AS ENUM ('PROVINCE', 'CITY', 'COUNTY', 'DEPARTMENT', 'OFFICE');
CREATE TYPE "Role" AS ENUM ('RESPONDENT', 'DEPT_ADMIN', 'REVIEWER', 'OVERSIGHT', 'SYS_ADMIN', 'AUDITOR');
CREATE TYPE "ContentStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');
CREATE TYPE "CycleStatus" AS ENUM ('PLANNED', 'OPEN', 'CLOSED');
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');
CREATE TYPE "EvidenceKind" AS ENUM ('FILE', 'LINK', 'TEXT');

-- CreateTable
CREATE TABLE "org_unit" (
    "id" UUID NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "name_zh" VARCHAR(200) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "kind" "OrgUnitKind" NOT NULL,
    "parent_id" UUID,
    "path" VARCHAR(2000) NOT NULL,
    "region_code" VARCHAR(12),
    "sector_tag" VARCHAR(64),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "org_unit_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "display_name" VARCHAR(120) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "password_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "locale" VARCHAR(10) NOT NULL DEFAULT 'zh-CN',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "user_session" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "session_version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "ip" VARCHAR(64),
    "user_agent" VARCHAR(400),
    CONSTRAINT "user_session_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "role_grant" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "org_unit_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "role_grant_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "framework_version" (
    "id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "version" VARCHAR(20) NOT NULL,
    "name_zh" VARCHAR(200) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "description_zh" TEXT NOT NULL DEFAULT '',
    "description_en" TEXT NOT NULL DEFAULT '',
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "content_hash" VARCHAR(64) NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "framework_version_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "dimension" (
    "id" UUID NOT NULL,
    "framework_version_id" UUID NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "position" INTEGER NOT NULL,
    "name_zh" VARCHAR(200) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "description_zh" TEXT NOT NULL DEFAULT '',
    "description_en" TEXT NOT NULL DEFAULT '',
    "weight" DECIMAL(8,4) NOT NULL DEFAULT 1,
    CONSTRAINT "dimension_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "indicator" (
    "id" UUID NOT NULL,
    "dimension_id" UUID NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "position" INTEGER NOT NULL,
    "name_zh" VARCHAR(200) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "description_zh" TEXT NOT NULL DEFAULT '',
    "description_en" TEXT NOT NULL DEFAULT '',
    "weight" DECIMAL(8,4) NOT NULL DEFAULT 1,
    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "question" (
    "id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "position" INTEGER NOT NULL,
    "text_zh" TEXT NOT NULL,
    "text_en" TEXT NOT NULL,
    "help_zh" TEXT NOT NULL DEFAULT '',
    "help_en" TEXT NOT NULL DEFAULT '',
    "levels" JSONB NOT NULL,
    "evidence_examples" JSONB NOT NULL,
    "actions" JSONB NOT NULL,
    "weight" DECIMAL(8,4) NOT NULL DEFAULT 1,
    "allow_na" BOOLEAN NOT NULL DEFAULT false,
    "evidence_from_level" INTEGER NOT NULL DEFAULT 3,
    "source_section" VARCHAR(40) NOT NULL,
    "source_quote" VARCHAR(80) NOT NULL,
    CONSTRAINT "question_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "assessment_cycle" (
    "id" UUID NOT NULL,
    "name_zh" VARCHAR(200) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "year" INTEGER NOT NULL,
    "opens_on" DATE NOT NULL,
    "closes_on" DATE NOT NULL,
    "framework_version_id" UUID NOT NULL,
    "status" "CycleStatus" NOT NULL DEFAULT 'PLANNED',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "assessment_cycle_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "assessment" (
    "id" UUID NOT NULL,
    "cycle_id" UUID NOT NULL,
    "org_unit_id" UUID NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "targets" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submitted_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "assessment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "response" (
    "id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "level" INTEGER,
    "na" BOOLEAN NOT NULL DEFAULT false,
    "na_reason" VARCHAR(2000),
    "note" VARCHAR(10000),
    "verified_level" INTEGER,
    "reviewer_comment" VARCHAR(4000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "response_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "evidence" (
    "id" UUID NOT NULL,
    "response_id" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "file_name" VARCHAR(255),
    "mime_type" VARCHAR(120),
    "size_bytes" INTEGER,
    "sha256" VARCHAR(64),
    "storage_key" VARCHAR(200),
    "url" VARCHAR(2000),
    "text" VARCHAR(4000),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "score_snapshot" (
    "id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "formula_version" VARCHAR(20) NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "result" JSONB NOT NULL,
    CONSTRAINT "score_snapshot_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_email" VARCHAR(254),
    "action" VARCHAR(60) NOT NULL,
    "entity_type" VARCHAR(40) NOT NULL,
    "entity_id" VARCHAR(80),
    "org_unit_id" UUID,
    "before" JSONB,
    "after" JSONB,
    "ip" VARCHAR(64),
    "user_agent" VARCHAR(400),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL,
    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "org_unit_code_key" ON "org_unit"("code");
CREATE INDEX "org_unit_parent_id_idx" ON "org_unit"("parent_id");
CREATE INDEX "org_unit_path_idx" ON "org_unit"("path");
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");
CREATE INDEX "user_session_user_id_idx" ON "user_session"("user_id");
CREATE UNIQUE INDEX "role_grant_user_id_role_org_unit_id_key" ON "role_grant"("user_id", "role", "org_unit_id");
CREATE INDEX "role_grant_org_unit_id_idx" ON "role_grant"("org_unit_id");
CREATE UNIQUE INDEX "framework_version_code_version_key" ON "framework_version"("code", "version");
CREATE UNIQUE INDEX "dimension_framework_version_id_code_key" ON "dimension"("framework_version_id", "code");
CREATE UNIQUE INDEX "indicator_dimension_id_code_key" ON "indicator"("dimension_id", "code");
CREATE UNIQUE INDEX "question_indicator_id_code_key" ON "question"("indicator_id", "code");
CREATE UNIQUE INDEX "assessment_cycle_year_name_zh_key" ON "assessment_cycle"("year", "name_zh");
CREATE INDEX "assessment_org_unit_id_idx" ON "assessment"("org_unit_id");
CREATE UNIQUE INDEX "assessment_cycle_id_org_unit_id_key" ON "assessment"("cycle_id", "org_unit_id");
CREATE UNIQUE INDEX "response_assessment_id_question_id_key" ON "response"("assessment_id", "question_id");
CREATE INDEX "evidence_response_id_idx" ON "evidence"("response_id");
CREATE INDEX "score_snapshot_assessment_id_idx" ON "score_snapshot"("assessment_id");
CREATE UNIQUE INDEX "audit_event_hash_key" ON "audit_event"("hash");
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");
CREATE INDEX "audit_event_org_unit_id_idx" ON "audit_event"("org_unit_id");
CREATE INDEX "audit_event_actor_id_idx" ON "audit_event"("actor_id");

-- AddForeignKey
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_org_unit_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "dimension" ADD CONSTRAINT "dimension_framework_version_id_fkey" FOREIGN KEY ("framework_version_id") REFERENCES "framework_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_dimension_id_fkey" FOREIGN KEY ("dimension_id") REFERENCES "dimension"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "question" ADD CONSTRAINT "question_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "assessment_cycle" ADD CONSTRAINT "assessment_cycle_framework_version_id_fkey" FOREIGN KEY ("framework_version_id") REFERENCES "framework_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "assessment_cycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_org_unit_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "response" ADD CONSTRAINT "response_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "response" ADD CONSTRAINT "response_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "response" ADD CONSTRAINT "response_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "score_snapshot" ADD CONSTRAINT "score_snapshot_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Integrity rules the application also checks, held by the database too.
ALTER TABLE "response" ADD CONSTRAINT "response_level_range" CHECK ("level" IS NULL OR "level" BETWEEN 1 AND 5);
ALTER TABLE "response" ADD CONSTRAINT "response_verified_level_range" CHECK ("verified_level" IS NULL OR "verified_level" BETWEEN 1 AND 5);
ALTER TABLE "question" ADD CONSTRAINT "question_evidence_from_level_range" CHECK ("evidence_from_level" BETWEEN 1 AND 5);

-- The audit log is append-only: refuse UPDATE and DELETE at the database.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "audit_event_no_update_delete"
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "audit_event_no_truncate"
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

-- A published framework version is immutable: its content rows cannot change.
CREATE FUNCTION "framework_published_immutable"() RETURNS trigger AS $$
DECLARE
  fv_status "ContentStatus";
  rec RECORD;
BEGIN
  IF TG_TABLE_NAME = 'framework_version' THEN
    IF OLD."status" <> 'DRAFT' THEN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'framework version %/% is % and cannot be deleted', OLD."code", OLD."version", OLD."status" USING ERRCODE = '42501';
      END IF;
      -- Only the status may move on (PUBLISHED -> RETIRED); content stays.
      IF NEW."code" IS DISTINCT FROM OLD."code" OR NEW."version" IS DISTINCT FROM OLD."version"
         OR NEW."name_zh" IS DISTINCT FROM OLD."name_zh" OR NEW."name_en" IS DISTINCT FROM OLD."name_en"
         OR NEW."description_zh" IS DISTINCT FROM OLD."description_zh" OR NEW."description_en" IS DISTINCT FROM OLD."description_en"
         OR NEW."content_hash" IS DISTINCT FROM OLD."content_hash"
         OR (OLD."status" = 'RETIRED' AND NEW."status" <> 'RETIRED')
         OR (OLD."status" = 'PUBLISHED' AND NEW."status" = 'DRAFT') THEN
        RAISE EXCEPTION 'framework version %/% is % and cannot be changed', OLD."code", OLD."version", OLD."status" USING ERRCODE = '42501';
      END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;

  IF TG_OP = 'INSERT' THEN rec := NEW; ELSE rec := OLD; END IF;
  IF TG_TABLE_NAME = 'dimension' THEN
    SELECT fv."status" INTO fv_status FROM "framework_version" fv
      WHERE fv."id" = rec."framework_version_id";
  ELSIF TG_TABLE_NAME = 'indicator' THEN
    SELECT fv."status" INTO fv_status FROM "framework_version" fv JOIN "dimension" d ON d."framework_version_id" = fv."id"
      WHERE d."id" = rec."dimension_id";
  ELSE
    SELECT fv."status" INTO fv_status FROM "framework_version" fv JOIN "dimension" d ON d."framework_version_id" = fv."id"
      JOIN "indicator" i ON i."dimension_id" = d."id"
      WHERE i."id" = rec."indicator_id";
  END IF;
  IF fv_status IS NOT NULL AND fv_status <> 'DRAFT' THEN
    RAISE EXCEPTION 'framework content is % and cannot be changed', fv_status USING ERRCODE = '42501';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "framework_version_immutable" BEFORE UPDATE OR DELETE ON "framework_version"
  FOR EACH ROW EXECUTE FUNCTION "framework_published_immutable"();
CREATE TRIGGER "dimension_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "dimension"
  FOR EACH ROW EXECUTE FUNCTION "framework_published_immutable"();
CREATE TRIGGER "indicator_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "indicator"
  FOR EACH ROW EXECUTE FUNCTION "framework_published_immutable"();
CREATE TRIGGER "question_immutable" BEFORE INSERT OR UPDATE OR DELETE ON "question"
  FOR EACH ROW EXECUTE FUNCTION "framework_published_immutable"();
