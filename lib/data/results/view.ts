import "server-only";
import { db } from "@/lib/db";
import { compareProgress } from "@/lib/report/progress";
import { explainResult } from "@/lib/report/why";
import { profileNotApplicable, profileOf } from "../assessments/profile";
import { scoreAssessment, type AnswersInput, type ScoreLevel, type ScoreResult } from "@/lib/scoring";
import type { Actor } from "../actor";
import { canDo, loadAssessmentFor } from "../assessments/access";
import { loadFramework } from "../framework-load";
import { departmentUsers, readPlan } from "./plan";
import type { ProgressView, ResultEvidence, ResultQuestion, ResultsView } from "./types";

interface Stored {
  self: ScoreResult;
  verified: ScoreResult;
}

/**
 * Everything the results page and the documents show, after the read check
 * (department, reviewers and oversight in scope). Once approved the figures
 * are the stored snapshot's — never recomputed — so the page, the PDF and the
 * workbook show exactly what the approval froze; before that they are the
 * department's own answers scored on the self basis, marked provisional.
 */
export async function getResultsView(actor: Actor, assessmentId: string): Promise<ResultsView> {
  const a = await loadAssessmentFor(actor, assessmentId, "read");
  const [fw, rows, snapshot, fv] = await Promise.all([
    loadFramework(a.cycle.frameworkVersionId),
    db().response.findMany({ where: { assessmentId: a.id }, include: { evidence: { orderBy: { createdAt: "asc" } } } }),
    db().scoreSnapshot.findFirst({ where: { assessmentId: a.id }, orderBy: { computedAt: "desc" } }),
    db().frameworkVersion.findUniqueOrThrow({ where: { id: a.cycle.frameworkVersionId } }),
  ]);
  const byQuestionId = new Map(rows.map((r) => [r.questionId, r]));
  // Reviewer drafts stay with the reviewer until the assessment is returned or approved (issue 16):
  // while it is being reviewed, neither this page nor the documents built from it carry verified levels.
  const decided = a.status === "APPROVED" || a.status === "RETURNED";
  const answers: Record<string, NonNullable<AnswersInput[string]>> = {};
  const questions: ResultQuestion[] = [];
  for (const q of fw.questionByCode.values()) {
    const r = byQuestionId.get(q.id);
    if (r) {
      answers[q.code] = {
        level: (r.level ?? undefined) as ScoreLevel | undefined,
        na: r.na,
        evidence: r.evidence.length,
        verifiedLevel: decided ? ((r.verifiedLevel ?? undefined) as ScoreLevel | undefined) : undefined,
      };
    }
    questions.push({
      code: q.code,
      dimension: q.dimension,
      indicator: q.indicator,
      text: q.text,
      level: r?.level ?? null,
      verifiedLevel: decided ? (r?.verifiedLevel ?? null) : null,
      na: r?.na ?? false,
      naReason: r?.naReason ?? null,
      note: r?.note ?? null,
      evidence: (r?.evidence ?? []).map(
        (e): ResultEvidence => ({ kind: e.kind, label: e.kind === "FILE" ? (e.fileName ?? "") : e.kind === "LINK" ? (e.url ?? "") : (e.text ?? "") }),
      ),
    });
  }

  const targets = a.targets as Record<string, ScoreLevel>;
  const stored = a.status === "APPROVED" && snapshot ? (snapshot.result as unknown as Stored) : null;
  // 2.0: the questions the applicability profile makes N/A count as N/A, as in the approval's snapshot.
  const notApplicable = profileNotApplicable((await profileOf(db(), a.id, fw.framework)).outcome);
  const self = stored?.self ?? scoreAssessment(fw.framework, answers, { targets, basis: "self", notApplicable });
  const verified = stored?.verified ?? null;
  const main = verified ?? self;
  const basis = verified ? "verified" : "self";
  const editPlan = a.status === "APPROVED" && canDo(actor, "manage", a.orgUnit.path);

  const [plan, progress, owners] = await Promise.all([
    readPlan(a.id, fw),
    previousProgress(a.id, a.orgUnitId, a.cycleId, fv.code, fv.version, main, fw.framework.dimensions),
    editPlan ? departmentUsers(db(), a.orgUnitId) : Promise.resolve([]),
  ]);

  return {
    assessment: {
      id: a.id,
      status: a.status,
      orgUnitName: { "zh-CN": a.orgUnit.nameZh, en: a.orgUnit.nameEn },
      cycleName: { "zh-CN": a.cycle.nameZh, en: a.cycle.nameEn },
      frameworkName: fw.framework.name,
      frameworkCode: fv.code,
      frameworkVersion: fv.version,
      submittedAt: a.submittedAt?.toISOString() ?? null,
      approvedAt: a.approvedAt?.toISOString() ?? null,
    },
    framework: fw.framework,
    provisional: verified === null,
    self,
    verified,
    main,
    why: explainResult(fw.framework, answers, { targets, basis, notApplicable }, main),
    questions,
    progress,
    plan,
    permissions: { editPlan },
    owners,
  };
}

/**
 * The department's previous approved assessment (an earlier cycle), compared by
 * dimension code — so a newer framework version still compares where the
 * codes match, and the page says the versions differ.
 */
async function previousProgress(
  assessmentId: string,
  orgUnitId: string,
  cycleId: string,
  frameworkCode: string,
  frameworkVersion: string,
  now: ScoreResult,
  dimensions: readonly { code: string; name: { "zh-CN": string; en: string } }[],
): Promise<ProgressView | null> {
  const cycle = await db().assessmentCycle.findUniqueOrThrow({ where: { id: cycleId }, select: { opensOn: true } });
  const previous = await db().assessment.findFirst({
    where: { orgUnitId, status: "APPROVED", id: { not: assessmentId }, cycle: { opensOn: { lte: cycle.opensOn } } },
    orderBy: [{ cycle: { opensOn: "desc" } }, { approvedAt: "desc" }],
    include: {
      cycle: { include: { frameworkVersion: { select: { code: true, version: true, nameZh: true, nameEn: true } } } },
      snapshots: { orderBy: { computedAt: "desc" }, take: 1 },
    },
  });
  const snap = previous?.snapshots[0];
  if (!previous || !snap) return null;
  const then = (snap.result as unknown as Stored).verified;
  const pv = previous.cycle.frameworkVersion;
  return {
    cycleName: { "zh-CN": previous.cycle.nameZh, en: previous.cycle.nameEn },
    approvedAt: previous.approvedAt?.toISOString() ?? null,
    previousFrameworkLabel: { "zh-CN": `${pv.nameZh} ${pv.version}`, en: `${pv.nameEn} ${pv.version}` },
    ...compareProgress(then, now, dimensions, { code: pv.code, version: pv.version }, { code: frameworkCode, version: frameworkVersion }),
  };
}
