import { defineHandler } from "@/lib/auth/route";
import { resultsXlsxResponse } from "@/lib/report/documents";

export const dynamic = "force-dynamic";

/** GET /api/v1/assessments/{id}/results.xlsx?lang=zh-CN|en — the results workbook, for everyone who may read the assessment. */
export const GET = defineHandler<{ id: string }>(
  { name: "results.xlsx", roles: ["RESPONDENT", "DEPT_ADMIN", "REVIEWER", "OVERSIGHT"] },
  async (req, { actor, params }) => resultsXlsxResponse(actor, params.id, req),
);
