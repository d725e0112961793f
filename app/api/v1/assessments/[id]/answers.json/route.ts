import { defineHandler } from "@/lib/auth/route";
import { answersJsonResponse } from "@/lib/report/documents";

export const dynamic = "force-dynamic";

/** GET /api/v1/assessments/{id}/answers.json — the answers export (docs/answers-json.md), for everyone who may read the assessment. */
export const GET = defineHandler<{ id: string }>(
  { name: "results.answersJson", roles: ["RESPONDENT", "DEPT_ADMIN", "REVIEWER", "OVERSIGHT"] },
  async (_req, { actor, params }) => answersJsonResponse(actor, params.id),
);
