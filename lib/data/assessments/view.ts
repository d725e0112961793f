import "server-only";
import { db } from "@/lib/db";
import type { ScoreResult } from "@/lib/scoring";
import { coversPath, type Actor } from "../actor";
import { participationFilter } from "../admin/participation";
import { loadFramework } from "../framework-load";
import { orgScopeWhere } from "../org-units";
import { canDo, loadAssessmentForRead } from "./access";
import { answerWindowState, isoDay } from "./cycle-window";
import { readProfile } from "./profile";
import { responseInclude, toResponseView } from "./response-shape";
import { reviewInfo } from "./review-view";
import type { QuestionnaireView, ReviewQueueItem, ResponseView } from "./types";

/**
 * Everything the questionnaire, review and results pages show, after the read check.
 * While an assessment is under review, the reviewer's levels and comments are drafts:
 * only a reviewer of it sees them, until it is returned or approved.
 */
export async function getQuestionnaireView(actor: Actor, assessmentId: string): Promise<QuestionnaireView> {
  const a = await loadAssessmentForRead(actor, assessmentId);
  const path = a.orgUnit.path;
  const reviewer = canDo(actor, "review", path);
  const [fw, rows, snapshot, decisions, profile] = await Promise.all([
    loadFramework(a.cycle.frameworkVersionId),
    db().response.findMany({ where: { assessmentId: a.id }, include: responseInclude }),
    db().scoreSnapshot.findFirst({ where: { assessmentId: a.id }, orderBy: { computedAt: "desc" } }),
    reviewer
      ? db().reviewDecision.findMany({
          where: { assessmentId: a.id },
          include: { reviewer: { select: { displayName: true } } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        })
      : Promise.resolve([]),
    readProfile(db(), a.id),
  ]);
  const hideDrafts = a.status === "SUBMITTED" && !reviewer;
  const codeById = new Map([...fw.questionByCode.values()].map((q) => [q.id, q.code]));
  const responses: Record<string, ResponseView> = {};
  for (const r of rows) {
    const code = codeById.get(r.questionId);
    if (!code) continue;
    const view = toResponseView(r);
    if (hideDrafts) {
      view.verifiedLevel = null;
      view.reviewerComment = "";
    }
    if (reviewer) view.review = reviewInfo(r, decisions.filter((d) => d.responseId === r.id), a.reviewRound);
    responses[code] = view;
  }
  const editable = a.status === "DRAFT" || a.status === "RETURNED";
  const windowState = answerWindowState(a.cycle);
  const inWindow = windowState === "open";
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
      reviewRound: a.reviewRound,
      cycleWindow: { state: windowState, opensOn: isoDay(a.cycle.opensOn), closesOn: isoDay(a.cycle.closesOn) },
    },
    framework: fw.framework,
    profile,
    responses,
    permissions: {
      // The server refuses these outside the cycle's window too; the page only follows.
      answer: editable && inWindow && canDo(actor, "answer", path),
      manage: editable && inWindow && canDo(actor, "manage", path),
      submit: editable && inWindow && canDo(actor, "answer", path),
      review: a.status === "SUBMITTED" && canDo(actor, "review", path),
      history: coversPath(actor, ["DEPT_ADMIN", "REVIEWER"], path),
    },
    snapshot:
      snapshot && stored
        ? {
            formulaVersion: snapshot.formulaVersion,
            self: stored.self,
            verified: stored.verified,
            verifiedBasis: snapshot.verifiedBasis as NonNullable<QuestionnaireView["snapshot"]>["verifiedBasis"],
          }
        : null,
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
  const takesPart = await participationFilter(cycles.map((c) => c.id), units.map((u) => u.id));
  return cycles.flatMap((c) =>
    units.filter((u) => takesPart(c.id, u.id)).map((u) => {
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
