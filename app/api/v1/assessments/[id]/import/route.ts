import { currentRequestMeta } from "@/lib/auth/guard";
import { defineHandler } from "@/lib/auth/route";
import { importAnswers } from "@/lib/data/results/answers-import";
import { checkedId } from "@/lib/report/documents";
import { readImportRequest } from "@/lib/report/import-request";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/assessments/{id}/import?dryRun=1|0&overwriteConflicts=0|1 — body: an answers.json
 * (or `{ document, mapping }`). Dry run by default: a report, nothing written. The department's
 * respondents and admin, into a DRAFT or RETURNED assessment.
 */
export const POST = defineHandler<{ id: string }>(
  { name: "results.importAnswers", roles: ["RESPONDENT", "DEPT_ADMIN"] },
  async (req, { actor, params }) => {
    const id = checkedId(params.id);
    const { doc, mapping, dryRun, overwriteConflicts } = await readImportRequest(req);
    const report = await importAnswers(actor, id, doc, { dryRun, overwriteConflicts, mapping }, await currentRequestMeta());
    return Response.json({ data: report }, { headers: { "Cache-Control": "no-store" } });
  },
);
