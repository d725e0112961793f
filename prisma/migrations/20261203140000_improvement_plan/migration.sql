-- Improvement plan: one row per step (question, from level) of an approved assessment's action list.
CREATE TYPE "PlanItemStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'REJECTED');

CREATE TABLE "plan_item" (
    "id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "question_code" VARCHAR(20) NOT NULL,
    "dimension_code" VARCHAR(20) NOT NULL,
    "from_level" INTEGER NOT NULL,
    "to_level" INTEGER NOT NULL,
    "phase" VARCHAR(8) NOT NULL,
    "priority" DOUBLE PRECISION NOT NULL,
    "position" INTEGER NOT NULL,
    "owner_name" VARCHAR(120),
    "owner_user_id" UUID,
    "due_on" DATE,
    "status" "PlanItemStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "reject_reason" VARCHAR(2000),
    "progress_note" VARCHAR(4000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "plan_item_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "plan_item_assessment_id_question_code_from_level_key" ON "plan_item"("assessment_id", "question_code", "from_level");
CREATE INDEX "plan_item_assessment_id_idx" ON "plan_item"("assessment_id");

ALTER TABLE "plan_item" ADD CONSTRAINT "plan_item_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
