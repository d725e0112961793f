import { defineHandler } from "@/lib/auth/route";
import { reportPdfResponse } from "@/lib/report/documents";

export const dynamic = "force-dynamic";

/** GET /api/v1/assessments/{id}/report.pdf?lang=zh-CN|en — the improvement report, for everyone who may read the assessment. */
export const GET = defineHandler<{ id: string }>(
  { name: "results.reportPdf", roles: ["RESPONDENT", "DEPT_ADMIN", "REVIEWER", "OVERSIGHT"] },
  async (req, { actor, params }) => reportPdfResponse(actor, params.id, req),
);
