-- Framework 2.0: the applicability profile per assessment, the reviewer's
-- marks of which level criteria the evidence shows, and the full framework
-- document for versions whose content goes beyond the question columns.

-- One row per assessment: answers to the profile questions { [profileQuestionId]: optionId }.
-- Kept apart from "assessment" so that changing the profile never touches the answers.
CREATE TABLE "assessment_profile" (
    "assessment_id" UUID NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "assessment_profile_pkey" PRIMARY KEY ("assessment_id")
);
ALTER TABLE "assessment_profile" ADD CONSTRAINT "assessment_profile_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Criterion ids of the chosen level (and below) that the reviewer found shown by the evidence.
ALTER TABLE "response" ADD COLUMN "criteria_met" JSONB;

-- The complete framework JSON (criteria, basis, scope notes, profile, glossary) for 2.0 and later.
ALTER TABLE "framework_version" ADD COLUMN "document" JSONB;

-- The document is content: once published it cannot change, like every other content column.
CREATE FUNCTION "framework_document_immutable"() RETURNS trigger AS $$
BEGIN
  IF OLD."status" <> 'DRAFT' AND NEW."document" IS DISTINCT FROM OLD."document" THEN
    RAISE EXCEPTION 'framework version %/% is % and cannot be changed', OLD."code", OLD."version", OLD."status" USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "framework_version_document_immutable" BEFORE UPDATE ON "framework_version"
  FOR EACH ROW EXECUTE FUNCTION "framework_document_immutable"();
