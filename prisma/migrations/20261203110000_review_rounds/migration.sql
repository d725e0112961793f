-- Review decisions survive resubmission (issue 16): every decision is kept with its round,
-- answers carry a revision so a decision names the answer it judged, the snapshot records
-- who set each verified level, and a row made only to hold evidence is flagged as such.

ALTER TABLE "assessment" ADD COLUMN "review_round" INTEGER NOT NULL DEFAULT 0;
-- Anything already submitted has been through at least one round.
UPDATE "assessment" SET "review_round" = 1 WHERE "status" <> 'DRAFT';

ALTER TABLE "response" ADD COLUMN "evidence_only" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "response" ADD COLUMN "answer_revision" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "response" ADD COLUMN "previous_level" INTEGER;
ALTER TABLE "response" ADD COLUMN "previous_na" BOOLEAN;
-- Rows holding no answer at all were, until now, only ever created to hold evidence.
UPDATE "response" SET "evidence_only" = true WHERE "level" IS NULL AND "na" = false AND "note" IS NULL;

ALTER TABLE "score_snapshot" ADD COLUMN "verified_basis" JSONB NOT NULL DEFAULT '{}';

CREATE TABLE "review_decision" (
    "id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "response_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "self_level" INTEGER NOT NULL,
    "answer_revision" INTEGER NOT NULL,
    "verified_level" INTEGER NOT NULL,
    "comment" VARCHAR(4000),
    "accepted_self" BOOLEAN NOT NULL DEFAULT false,
    "reviewer_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "review_decision_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "review_decision_response_id_created_at_idx" ON "review_decision"("response_id", "created_at");
CREATE INDEX "review_decision_assessment_id_round_idx" ON "review_decision"("assessment_id", "round");

ALTER TABLE "review_decision" ADD CONSTRAINT "review_decision_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "review_decision" ADD CONSTRAINT "review_decision_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "review_decision" ADD CONSTRAINT "review_decision_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Decisions already on record become round 1's (their reviewer and time are in the audit log).
INSERT INTO "review_decision" ("id", "assessment_id", "response_id", "round", "self_level", "answer_revision", "verified_level", "comment", "accepted_self", "created_at")
SELECT gen_random_uuid(), r."assessment_id", r."id", 1, r."level", r."answer_revision", r."verified_level", r."reviewer_comment", false, r."updated_at"
  FROM "response" r
  JOIN "assessment" a ON a."id" = r."assessment_id"
 WHERE r."verified_level" IS NOT NULL AND r."level" IS NOT NULL AND a."status" <> 'DRAFT';
