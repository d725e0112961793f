import "server-only";
import { db } from "@/lib/db";
import type { ScoreResult } from "@/lib/scoring";
import { coversPath, type Actor } from "../actor";
import { loadFramework } from "../framework-load";
import { orgScopeWhere } from "../org-units";
import { canDo, loadAssessmentFor } from "./access";
import { readProfile } from "./profile";
import { responseInclude, toResponseView } from "./response-shape";
import type { QuestionnaireView, ReviewQueueItem, ResponseView } from "./types";

/** Everything the questionnaire, review and results pages show, after the read check. */
export async function getQuestionnaireView(actor: Actor, assessmentId: string): Promise<QuestionnaireView> {
  const a = await loadAssessmentFor(actor, assessmentId, "read");
  const [fw, rows, snapshot, profile] = await Promise.all([
    loadFramework(a.cycle.frameworkVersionId),
    db().response.findMany({ where: { assessmentId: a.id }, include: responseInclude }),
    db().scoreSnapshot.findFirst({ where: { assessmentId: a.id }, orderBy: { computedAt: "desc" } }),
    readProfile(db(), a.id),
  ]);
  const codeById = new Map([...fw.questionByCode.values()].map((q) => [q.id, q.code]));
  const responses: Record<string, ResponseView> = {};
  for (const r of rows) {
    const code = codeById.get(r.questionId);
    if (code) responses[code] = toResponseView(r);
  }
  const editable = a.status === "DRAFT" || a.status === "RETURNED";
  const path = a.orgUnit.path;
  const stored = snapshot?.result as { self: ScoreResult; verified: ScoreResult } | undefined;
  return {
    assessment: {
      id: a.id,
      status: a.status,
      version: a.version,
      targets: a.targets as Record<string, number>,
      orgUnitName: { "zh-CN": a.orgUnit.nameZh, en: a.orgUnit.nameEn },
      cycleName: { "zh-CN": a.cycle.nameZh, en: a.cycle.nameEn },
      submittedAt: a.submittedAt?.toISOString() ?? null,
      approvedAt: a.approvedAt?.toISOString() ?? null,
    },
    framework: fw.framework,
    profile,
    responses,
    permissions: {
      answer: editable && canDo(actor, "answer", path),
      manage: editable && canDo(actor, "manage", path),
      submit: editable && canDo(actor, "answer", path),
      review: a.status === "SUBMITTED" && canDo(actor, "review", path),
      history: coversPath(actor, ["DEPT_ADMIN", "REVIEWER"], path),
    },
    snapshot: snapshot && stored ? { formulaVersion: snapshot.formulaVersion, self: stored.self, verified: stored.verified } : null,
  };
}

/** Submitted assessments a reviewer may review: in scope, not their own department. */
export async function listReviewQueue(actor: Actor): Promise<ReviewQueueItem[]> {
  const rows = await db().assessment.findMany({
    where: { status: { in: ["SUBMITTED", "RETURNED", "APPROVED"] }, orgUnit: orgScopeWhere(actor, ["REVIEWER"]) },
    include: { orgUnit: true, cycle: true },
    orderBy: [{ status: "desc" }, { submittedAt: "asc" }],
  });
  return rows
    .filter((a) => canDo(actor, "review", a.orgUnit.path))
    .map((a) => ({
      assessmentId: a.id,
      orgUnitName: { "zh-CN": a.orgUnit.nameZh, en: a.orgUnit.nameEn },
      cycleName: { "zh-CN": a.cycle.nameZh, en: a.cycle.nameEn },
      status: a.status,
      submittedAt: a.submittedAt?.toISOString() ?? null,
    }));
}

export interface DepartmentCycleItem {
  cycleId: string;
  cycleName: { "zh-CN": string; en: string };
  orgUnitId: string;
  orgUnitName: { "zh-CN": string; en: string };
  assessmentId: string | null;
  status: string | null;
}

/** For respondents and department admins: each open cycle × each of their departments, with the assessment if started. */
export async function listMyDepartmentCycles(actor: Actor): Promise<DepartmentCycleItem[]> {
  const units = await db().orgUnit.findMany({
    where: { AND: [orgScopeWhere(actor, ["RESPONDENT", "DEPT_ADMIN"]), { kind: { in: ["DEPARTMENT", "OFFICE"] } }] },
    orderBy: { code: "asc" },
  });
  if (units.length === 0) return [];
  const cycles = await db().assessmentCycle.findMany({ where: { status: "OPEN" }, orderBy: { opensOn: "desc" } });
  const assessments = await db().assessment.findMany({
    where: { orgUnitId: { in: units.map((u) => u.id) }, cycleId: { in: cycles.map((c) => c.id) } },
  });
  return cycles.flatMap((c) =>
    units.map((u) => {
      const a = assessments.find((x) => x.cycleId === c.id && x.orgUnitId === u.id);
      return {
        cycleId: c.id,
        cycleName: { "zh-CN": c.nameZh, en: c.nameEn },
        orgUnitId: u.id,
        orgUnitName: { "zh-CN": u.nameZh, en: u.nameEn },
        assessmentId: a?.id ?? null,
        status: a?.status ?? null,
      };
    }),
  );
}
