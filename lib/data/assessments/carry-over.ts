import "server-only";
import { db, Prisma } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { ProfileOutcome } from "@/lib/framework";
import { carryRoute, planCarryOver, type CarriedAnswer, type PriorAnswer } from "@/lib/framework/versions/carry-over";
import type { CarryOverInput, ConfirmCarriedInput } from "@/lib/validation/carry-over";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { loadFramework, type LoadedFramework } from "../framework-load";
import { canDo, loadAssessmentFor, loadAssessmentForRead, lockAssessmentFor } from "./access";
import { answerWindowState, assertAnswerWindow } from "./cycle-window";

/**
 * "以上期答案为起点" (issue 10 §3): a department's earlier answers pre-fill a new
 * assessment through the version mapping (the rule: lib/framework/versions/carry-over.ts).
 * Same rules as answering (tenancy, role, status, cycle window); idempotent; it
 * never overwrites a question that already has a response row in this
 * assessment (an answer, a cleared answer, or evidence waiting for one);
 * evidence is never copied. Each carried answer stays "pending" until the
 * respondent confirms or changes it, and submit refuses while a counted one is.
 */

type Tx = Prisma.TransactionClient;
const EDITABLE = new Set(["DRAFT", "RETURNED"]);

interface Source {
  id: string;
  status: string;
  cycleName: { "zh-CN": string; en: string };
  frameworkVersionId: string;
}

/**
 * The earlier assessment to start from: the department's most recently approved
 * one; failing that, its most recently submitted one (still under review). By
 * the approval/submission date, not the cycle's dates: two cycles may overlap.
 */
async function findSource(tx: Tx, orgUnitId: string, exceptId: string): Promise<Source | null> {
  // One query for both steps: approved ones first (latest approval), then submitted ones (latest submission);
  // DESC puts nulls first, as Prisma's orderBy did.
  const rows = await tx.$queryRaw<{ id: string; status: string; name_zh: string; name_en: string; framework_version_id: string }[]>`
    SELECT a.id, a.status::text AS status, c.name_zh, c.name_en, c.framework_version_id
      FROM assessment a
      JOIN assessment_cycle c ON c.id = a.cycle_id
     WHERE a.org_unit_id = ${orgUnitId}::uuid AND a.id <> ${exceptId}::uuid AND a.status IN ('APPROVED', 'SUBMITTED')
     ORDER BY (a.status = 'APPROVED') DESC,
              CASE WHEN a.status = 'APPROVED' THEN a.approved_at ELSE a.submitted_at END DESC,
              a.id ASC
     LIMIT 1`;
  const a = rows[0];
  return a ? { id: a.id, status: a.status, cycleName: { "zh-CN": a.name_zh, en: a.name_en }, frameworkVersionId: a.framework_version_id } : null;
}

async function priorAnswers(tx: Tx, source: Source, fw: LoadedFramework): Promise<Record<string, PriorAnswer>> {
  const rows = await tx.response.findMany({
    where: { assessmentId: source.id },
    select: { questionId: true, level: true, na: true, naReason: true, verifiedLevel: true },
  });
  const codeById = new Map([...fw.questionByCode.values()].map((q) => [q.id, q.code]));
  const out: Record<string, PriorAnswer> = {};
  for (const r of rows) {
    const code = codeById.get(r.questionId);
    if (code) out[code] = { level: r.level, na: r.na, naReason: r.naReason, verifiedLevel: r.verifiedLevel };
  }
  return out;
}

/** What carry-over would write now: the plan minus questions that already have a row. */
async function pendingPlan(tx: Tx, assessmentId: string, orgUnitId: string, target: LoadedFramework) {
  const source = await findSource(tx, orgUnitId, assessmentId);
  if (!source) return null;
  const from = await loadFramework(source.frameworkVersionId, tx);
  const route = carryRoute(from.framework, target.framework);
  if (!route) return null;
  const plan = planCarryOver(route, target.framework, await priorAnswers(tx, source, from));
  const taken = new Set((await tx.response.findMany({ where: { assessmentId }, select: { questionId: true } })).map((r) => r.questionId));
  const open = Object.entries(plan).filter(([code]) => !taken.has(target.questionByCode.get(code)!.id));
  return { source, fromVersion: from.framework.version, open };
}

export interface CarryOverOffer {
  sourceAssessmentId: string;
  sourceStatus: string;
  cycleName: { "zh-CN": string; en: string };
  fromVersion: string;
  toVersion: string;
  count: number;
}

export interface CarriedQuestion {
  level: number | null;
  na: boolean;
  indicator: string;
  from: string[];
  /** Names of the earlier evidence (file names, links, the start of texts): a hint, nothing is copied. */
  evidenceHints: string[];
}

export interface CarryOverView {
  offer: CarryOverOffer | null;
  /** Unconfirmed carried answers by question code. */
  pending: Record<string, CarriedQuestion>;
  canConfirm: boolean;
  /** How many answers were ever carried into this assessment (changes when a carry-over writes). */
  carriedCount: number;
}

const hint = (e: { kind: string; fileName: string | null; url: string | null; text: string | null }) =>
  e.kind === "FILE" ? (e.fileName ?? "") : e.kind === "LINK" ? (e.url ?? "") : (e.text ?? "").slice(0, 30) + ((e.text?.length ?? 0) > 30 ? "…" : "");

/** For the questionnaire page: the offer (when it can be taken now) and the carried answers still to confirm. */
export async function getCarryOverView(actor: Actor, assessmentId: string): Promise<CarryOverView> {
  // The same (render-cached) read check the page and the [id] layout ask: no second read of the row.
  const a = await loadAssessmentForRead(actor, assessmentId);
  const canAnswer = EDITABLE.has(a.status) && answerWindowState(a.cycle) === "open" && canDo(actor, "answer", a.orgUnit.path);
  const [target, carried] = await Promise.all([
    loadFramework(a.cycle.frameworkVersionId),
    db().response.findMany({
      where: { assessmentId: a.id, carriedFrom: { not: Prisma.AnyNull } },
      select: { questionId: true, level: true, na: true, carryPending: true, carriedFrom: true },
    }),
  ]);
  // Once answers were carried over, the offer was taken (and a second run would add nothing): no need to work it out again.
  const offerPlan = canAnswer && carried.length === 0 ? await pendingPlan(db(), a.id, a.orgUnitId, target) : null;
  const offer: CarryOverOffer | null =
    offerPlan && offerPlan.open.length
      ? {
          sourceAssessmentId: offerPlan.source.id,
          sourceStatus: offerPlan.source.status,
          cycleName: offerPlan.source.cycleName,
          fromVersion: offerPlan.fromVersion,
          toVersion: target.framework.version,
          count: offerPlan.open.length,
        }
      : null;
  const pendingRows = carried.filter((r) => r.carryPending);
  const pending: Record<string, CarriedQuestion> = {};
  if (pendingRows.length) {
    const byId = new Map([...target.questionByCode.values()].map((q) => [q.id, q]));
    // The evidence names of the source questions, read in one query (same department, so the same readers).
    const sources = pendingRows.map((r) => r.carriedFrom as { assessmentId: string; questionCodes: string[] });
    const sourceIds = [...new Set(sources.map((s) => s.assessmentId))];
    const evidence = await db().evidence.findMany({
      where: { response: { assessmentId: { in: sourceIds }, assessment: { orgUnitId: a.orgUnitId } } },
      select: { kind: true, fileName: true, url: true, text: true, response: { select: { assessmentId: true, question: { select: { code: true } } } } },
      orderBy: { createdAt: "asc" },
    });
    for (const [i, r] of pendingRows.entries()) {
      const q = byId.get(r.questionId);
      if (!q) continue;
      const src = sources[i]!;
      pending[q.code] = {
        level: r.level,
        na: r.na,
        indicator: q.indicator,
        from: src.questionCodes,
        evidenceHints: evidence
          .filter((e) => e.response.assessmentId === src.assessmentId && src.questionCodes.includes(e.response.question.code))
          .map(hint)
          .filter(Boolean)
          .slice(0, 5),
      };
    }
  }
  return { offer, pending, canConfirm: canAnswer, carriedCount: carried.length };
}

/** Pre-fills the assessment from the department's earlier one. Twice is the same as once. */
export async function carryOverAnswers(actor: Actor, input: CarryOverInput, meta: RequestMeta): Promise<{ created: number }> {
  return db().$transaction(async (tx) => {
    const a = await lockAssessmentFor(actor, input.assessmentId, "answer", tx);
    if (!EDITABLE.has(a.status)) throw new ConflictError("assessmentLocked");
    assertAnswerWindow(a.cycle);
    const target = await loadFramework(a.frameworkVersionId, tx);
    const plan = await pendingPlan(tx, a.id, a.orgUnitId, target);
    if (!plan) throw new ConflictError("carryNoSource");
    if (plan.open.length === 0) return { created: 0 };
    const row = (code: string, c: CarriedAnswer) => ({
      assessmentId: a.id,
      questionId: target.questionByCode.get(code)!.id,
      level: c.level,
      na: c.na,
      naReason: c.naReason,
      carryPending: true,
      carriedFrom: { assessmentId: plan.source.id, questionCodes: c.from },
      updatedById: actor.userId,
    });
    // skipDuplicates: a question answered concurrently since the plan was read keeps that answer.
    const { count } = await tx.response.createMany({ data: plan.open.map(([code, c]) => row(code, c)), skipDuplicates: true });
    await appendAudit(tx, {
      actor,
      action: "assessment.carried_over",
      entityType: "Assessment",
      entityId: a.id,
      orgUnitId: a.orgUnitId,
      after: {
        sourceAssessmentId: plan.source.id,
        fromVersion: plan.fromVersion,
        toVersion: target.framework.version,
        created: count,
        questionCodes: plan.open.map(([code]) => code),
      },
      ...meta,
    });
    return { created: count };
  });
}

/** Confirms carried answers as they stand (one question, or all of an indicator). Unknown codes are refused. */
export async function confirmCarried(actor: Actor, input: ConfirmCarriedInput, meta: RequestMeta): Promise<{ confirmed: number }> {
  return db().$transaction(async (tx) => {
    const a = await lockAssessmentFor(actor, input.assessmentId, "answer", tx);
    if (!EDITABLE.has(a.status)) throw new ConflictError("assessmentLocked");
    assertAnswerWindow(a.cycle);
    const fw = await loadFramework(a.frameworkVersionId, tx);
    const unknown = input.questionCodes.filter((c) => !fw.questionByCode.has(c));
    if (unknown.length) throw new ValidationError(unknown.map((c) => ({ path: c, message: "unknownQuestion" })));
    const ids = input.questionCodes.map((c) => fw.questionByCode.get(c)!.id);
    const rows = await tx.response.findMany({ where: { assessmentId: a.id, questionId: { in: ids }, carryPending: true }, select: { id: true, questionId: true } });
    if (rows.length === 0) return { confirmed: 0 };
    await tx.response.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { carryPending: false, updatedById: actor.userId } });
    const codeById = new Map(input.questionCodes.map((c) => [fw.questionByCode.get(c)!.id, c]));
    await appendAudit(tx, {
      actor,
      action: "response.carry_confirmed",
      entityType: "Assessment",
      entityId: a.id,
      orgUnitId: a.orgUnitId,
      after: { questionCodes: rows.map((r) => codeById.get(r.questionId)) },
      ...meta,
    });
    return { confirmed: rows.length };
  });
}

/**
 * The submit rule: carried answers still unconfirmed, except on questions the
 * applicability profile makes N/A (their answer is not counted, so it need not
 * be vouched for). Submitting declares the answers describe THIS period; an
 * unexamined copy of last period's would pass for that declaration.
 */
export async function unconfirmedCarried(tx: Tx, assessmentId: string, fw: LoadedFramework, outcome: ProfileOutcome): Promise<string[]> {
  const rows = await tx.response.findMany({ where: { assessmentId, carryPending: true }, select: { questionId: true } });
  const codeById = new Map([...fw.questionByCode.values()].map((q) => [q.id, q.code]));
  return rows
    .map((r) => codeById.get(r.questionId))
    .filter((c): c is string => !!c && !outcome.notApplicable[c])
    .sort();
}

