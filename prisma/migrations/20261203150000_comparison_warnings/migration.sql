-- Comparison and early warning (issue 9): per-dimension score rows, warnings, warning thresholds.

CREATE TYPE "WarningSeverity" AS ENUM ('INFO', 'WARNING', 'CRITICAL');
CREATE TYPE "WarningState" AS ENUM ('NEW', 'ACKNOWLEDGED', 'HANDLED');

CREATE TABLE "score_dimension" (
    "assessment_id" UUID NOT NULL,
    "basis" VARCHAR(10) NOT NULL,
    "dimension_code" VARCHAR(20) NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "org_unit_id" UUID NOT NULL,
    "cycle_id" UUID NOT NULL,
    "idx" DOUBLE PRECISION,
    "level" SMALLINT,
    "completion" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "score_dimension_pkey" PRIMARY KEY ("assessment_id", "basis", "dimension_code"),
    CONSTRAINT "score_dimension_basis" CHECK ("basis" IN ('self', 'verified')),
    CONSTRAINT "score_dimension_level_range" CHECK ("level" IS NULL OR "level" BETWEEN 1 AND 5)
);
CREATE INDEX "score_dimension_cycle_id_basis_dimension_code_org_unit_id_idx" ON "score_dimension"("cycle_id", "basis", "dimension_code", "org_unit_id");
CREATE INDEX "score_dimension_org_unit_id_basis_dimension_code_idx" ON "score_dimension"("org_unit_id", "basis", "dimension_code");
ALTER TABLE "score_dimension" ADD CONSTRAINT "score_dimension_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "score_dimension" ADD CONSTRAINT "score_dimension_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "score_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "score_dimension" ADD CONSTRAINT "score_dimension_org_unit_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "score_dimension" ADD CONSTRAINT "score_dimension_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "assessment_cycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "warning" (
    "id" UUID NOT NULL,
    "org_unit_id" UUID NOT NULL,
    "cycle_id" UUID NOT NULL,
    "rule" VARCHAR(40) NOT NULL,
    "severity" "WarningSeverity" NOT NULL,
    "figures" JSONB NOT NULL,
    "state" "WarningState" NOT NULL DEFAULT 'NEW',
    "note" VARCHAR(2000),
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "state_changed_at" TIMESTAMPTZ(3),
    "state_changed_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "warning_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "warning_org_unit_id_cycle_id_rule_key" ON "warning"("org_unit_id", "cycle_id", "rule");
CREATE INDEX "warning_cycle_id_state_idx" ON "warning"("cycle_id", "state");
ALTER TABLE "warning" ADD CONSTRAINT "warning_org_unit_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "warning" ADD CONSTRAINT "warning_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "assessment_cycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "warning_threshold" (
    "org_unit_id" UUID NOT NULL,
    "drop_points" INTEGER NOT NULL,
    "mon_min_level" INTEGER NOT NULL,
    "days_before_close" INTEGER NOT NULL,
    "inflation_points" INTEGER NOT NULL,
    "unsupported_count" INTEGER NOT NULL,
    "plan_overdue_count" INTEGER NOT NULL,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "warning_threshold_pkey" PRIMARY KEY ("org_unit_id")
);
ALTER TABLE "warning_threshold" ADD CONSTRAINT "warning_threshold_org_unit_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: existing approvals get their rows from the latest snapshot (the only JSON read, once, here).
INSERT INTO "score_dimension" ("assessment_id", "basis", "dimension_code", "snapshot_id", "org_unit_id", "cycle_id", "idx", "level", "completion")
SELECT s."assessment_id", b.basis, d->>'code', s."id", a."org_unit_id", a."cycle_id",
       (d->>'index')::double precision, (d->>'level')::smallint, COALESCE((d->>'completion')::double precision, 0)
  FROM (SELECT DISTINCT ON ("assessment_id") * FROM "score_snapshot" ORDER BY "assessment_id", "computed_at" DESC, "id") s
  JOIN "assessment" a ON a."id" = s."assessment_id"
  CROSS JOIN (VALUES ('self'), ('verified')) AS b(basis)
  CROSS JOIN LATERAL jsonb_array_elements(s."result"->b.basis->'dimensions') AS d
 WHERE jsonb_typeof(s."result"->b.basis->'dimensions') = 'array'
UNION ALL
SELECT s."assessment_id", b.basis, 'OVERALL', s."id", a."org_unit_id", a."cycle_id",
       (s."result"->b.basis->'overall'->>'index')::double precision, (s."result"->b.basis->'overall'->>'level')::smallint,
       COALESCE((s."result"->b.basis->'overall'->>'completion')::double precision, 0)
  FROM (SELECT DISTINCT ON ("assessment_id") * FROM "score_snapshot" ORDER BY "assessment_id", "computed_at" DESC, "id") s
  JOIN "assessment" a ON a."id" = s."assessment_id"
  CROSS JOIN (VALUES ('self'), ('verified')) AS b(basis)
 WHERE jsonb_typeof(s."result"->b.basis->'overall') = 'object';
