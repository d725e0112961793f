-- Carry-over (issue 10 §3): answers pre-filled from a department's earlier assessment through the
-- version mapping stay marked until the respondent confirms or changes them; submit refuses while any
-- counted one is unconfirmed. Evidence is never copied.

-- True while the pre-filled answer is unconfirmed.
ALTER TABLE "response" ADD COLUMN "carry_pending" BOOLEAN NOT NULL DEFAULT false;

-- Provenance of a pre-filled answer { "assessmentId", "questionCodes" }; kept after confirmation.
ALTER TABLE "response" ADD COLUMN "carried_from" JSONB;
