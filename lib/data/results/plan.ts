import "server-only";
import { db, Prisma } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Localized } from "@/lib/framework";
import type { ScoreResult } from "@/lib/scoring";
import type { RegeneratePlanInput, UpdatePlanItemInput } from "@/lib/validation/results";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { loadAssessmentFor, loadAssessmentForRead } from "../assessments/access";
import { loadFramework, type LoadedFramework } from "../framework-load";
import { orgScopeWhere } from "../org-units";
import type { PlanItemView, PlanPhase, PlanStatus } from "./types";

type Tx = Prisma.TransactionClient;
type PlanRow = Prisma.PlanItemGetPayload<object>;

const OPEN: PlanStatus[] = ["NOT_STARTED", "IN_PROGRESS"];

/** Whether a department admin has touched the item: such items survive a regeneration even when the step left the list. */
function edited(r: PlanRow): boolean {
  return r.status !== "NOT_STARTED" || !!r.ownerName || !!r.ownerUserId || !!r.dueOn || !!r.progressNote || !!r.rejectReason;
}

/**
 * Turns the engine's actions of a verified result into the assessment's plan
 * (called by the approval, inside its transaction, and by "regenerate").
 * Keyed by question and step: an item already there keeps everything the
 * department edited and only takes the new order; steps no longer in the list
 * are removed unless someone edited them.
 */
export async function syncPlanFromResult(tx: Tx, assessmentId: string, verified: ScoreResult): Promise<{ created: number; kept: number; removed: number }> {
  const existing = await tx.planItem.findMany({ where: { assessmentId } });
  const byKey = new Map(existing.map((r) => [`${r.questionCode}@${r.fromLevel}`, r]));
  const wanted = new Set<string>();
  let created = 0;
  let kept = 0;
  for (const [position, a] of verified.actions.entries()) {
    const key = `${a.question}@${a.from}`;
    wanted.add(key);
    const data = { dimensionCode: a.dimension, toLevel: a.to, phase: a.phase, priority: a.priority, position };
    const row = byKey.get(key);
    if (row) {
      await tx.planItem.update({ where: { id: row.id }, data });
      kept++;
    } else {
      await tx.planItem.create({ data: { ...data, assessmentId, questionCode: a.question, fromLevel: a.from } });
      created++;
    }
  }
  const stale = existing.filter((r) => !wanted.has(`${r.questionCode}@${r.fromLevel}`) && !edited(r));
  if (stale.length) await tx.planItem.deleteMany({ where: { id: { in: stale.map((r) => r.id) } } });
  return { created, kept, removed: stale.length };
}

/** "Regenerate": the plan again from the latest stored verified result, keeping edits (DEPT_ADMIN, approved only). */
export async function regeneratePlan(actor: Actor, input: RegeneratePlanInput, meta: RequestMeta) {
  return db().$transaction(async (tx) => {
    const a = await loadAssessmentFor(actor, input.assessmentId, "manage", tx);
    if (a.status !== "APPROVED") throw new ConflictError("notApproved");
    await tx.$queryRaw`SELECT id FROM assessment WHERE id = ${a.id}::uuid FOR UPDATE`;
    const snapshot = await tx.scoreSnapshot.findFirst({ where: { assessmentId: a.id }, orderBy: { computedAt: "desc" } });
    if (!snapshot) throw new ConflictError("notApproved");
    const { verified } = snapshot.result as unknown as { verified: ScoreResult };
    const counts = await syncPlanFromResult(tx, a.id, verified);
    await appendAudit(tx, {
      actor,
      action: "plan.regenerated",
      entityType: "Assessment",
      entityId: a.id,
      orgUnitId: a.orgUnitId,
      after: counts,
      ...meta,
    });
    return counts;
  });
}

function auditShape(r: PlanRow) {
  return {
    questionCode: r.questionCode,
    fromLevel: r.fromLevel,
    ownerName: r.ownerName,
    ownerUserId: r.ownerUserId,
    dueOn: r.dueOn ? isoDate(r.dueOn) : null,
    status: r.status,
    rejectReason: r.rejectReason,
    progressNote: r.progressNote,
  };
}

/** Edits one plan item: the department admin of an approved assessment, with the version they saw. */
export async function updatePlanItem(actor: Actor, input: UpdatePlanItemInput, meta: RequestMeta): Promise<PlanItemView> {
  return db().$transaction(async (tx) => {
    const item = await tx.planItem.findUnique({ where: { id: input.itemId } });
    if (!item) throw new NotFoundError("plan item");
    const a = await loadAssessmentFor(actor, item.assessmentId, "manage", tx);
    if (a.status !== "APPROVED") throw new ConflictError("notApproved");
    const f = input.fields;
    let ownerName = f.ownerName === "" ? null : f.ownerName;
    if (f.ownerUserId !== "") {
      const owner = (await departmentUsers(tx, a.orgUnitId)).find((u) => u.id === f.ownerUserId);
      if (!owner) throw new ValidationError([{ path: "fields.ownerUserId", message: "ownerNotInDepartment" }]);
      ownerName = owner.name;
    }
    const { count } = await tx.planItem.updateMany({
      where: { id: item.id, version: input.expectedVersion },
      data: {
        ownerName,
        ownerUserId: f.ownerUserId === "" ? null : f.ownerUserId,
        dueOn: f.dueOn === "" ? null : new Date(`${f.dueOn}T00:00:00Z`),
        status: f.status,
        rejectReason: f.status === "REJECTED" ? f.rejectReason : null,
        progressNote: f.progressNote === "" ? null : f.progressNote,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError("planItemChanged");
    const saved = await tx.planItem.findUniqueOrThrow({ where: { id: item.id } });
    await appendAudit(tx, {
      actor,
      action: "plan_item.updated",
      entityType: "PlanItem",
      entityId: item.id,
      orgUnitId: a.orgUnitId,
      before: auditShape(item),
      after: auditShape(saved),
      ...meta,
    });
    const fw = await loadFramework(a.cycle.frameworkVersionId, tx);
    return toPlanItemView(saved, fw, today());
  });
}

/** Active users holding a department role on exactly this unit (the people an item can be given to). */
export async function departmentUsers(tx: Tx, orgUnitId: string): Promise<{ id: string; name: string }[]> {
  const grants = await tx.roleGrant.findMany({
    where: { orgUnitId, role: { in: ["RESPONDENT", "DEPT_ADMIN"] }, user: { active: true } },
    include: { user: { select: { id: true, displayName: true } } },
    orderBy: { user: { displayName: "asc" } },
  });
  const seen = new Map<string, string>();
  for (const g of grants) seen.set(g.user.id, g.user.displayName);
  return [...seen].map(([id, name]) => ({ id, name }));
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Today in China Standard Time (UTC+8, no daylight saving), as YYYY-MM-DD: "overdue" follows the department's calendar. */
export function today(now = new Date()): string {
  return isoDate(new Date(now.getTime() + 8 * 3600_000));
}

const NO_TEXT: Localized = { "zh-CN": "", en: "" };

export function toPlanItemView(r: PlanRow, fw: LoadedFramework, todayIso: string): PlanItemView {
  const q = fw.questionByCode.get(r.questionCode);
  const dueOn = r.dueOn ? isoDate(r.dueOn) : "";
  return {
    id: r.id,
    questionCode: r.questionCode,
    dimensionCode: r.dimensionCode,
    fromLevel: r.fromLevel,
    toLevel: r.toLevel,
    phase: r.phase as PlanPhase,
    priority: r.priority,
    action: q?.actions[r.fromLevel - 1] ?? NO_TEXT,
    questionText: q?.text ?? NO_TEXT,
    ownerName: r.ownerName ?? "",
    ownerUserId: r.ownerUserId ?? "",
    dueOn,
    status: r.status,
    rejectReason: r.rejectReason ?? "",
    progressNote: r.progressNote ?? "",
    version: r.version,
    overdue: dueOn !== "" && dueOn < todayIso && OPEN.includes(r.status),
  };
}

export async function readPlan(assessmentId: string, fw: LoadedFramework, client: Tx = db()): Promise<PlanItemView[]> {
  const rows = await client.planItem.findMany({ where: { assessmentId }, orderBy: { position: "asc" } });
  const t = today();
  return rows.map((r) => toPlanItemView(r, fw, t));
}

export interface PriorPlanItem {
  fromLevel: number;
  toLevel: number;
  status: PlanStatus;
  action: Localized;
  cycleName: Localized;
}

/**
 * For the questionnaire of a new cycle: the open items of the department's
 * previous approved assessment, keyed by question code (only codes that exist
 * in both). Read access to this assessment is checked first.
 */
export async function openPriorPlanItems(actor: Actor, assessmentId: string): Promise<Record<string, PriorPlanItem>> {
  const a = await loadAssessmentForRead(actor, assessmentId);
  // The department's latest approved assessment of an earlier (or the same) cycle: one query, then its open items.
  const [previous] = await db().$queryRaw<{ id: string; name_zh: string; name_en: string; framework_version_id: string }[]>`
    SELECT a.id, c.name_zh, c.name_en, c.framework_version_id
      FROM assessment a
      JOIN assessment_cycle c ON c.id = a.cycle_id
     WHERE a.org_unit_id = ${a.orgUnitId}::uuid AND a.status = 'APPROVED' AND a.id <> ${a.id}::uuid
       AND c.opens_on <= ${isoDate(a.cycle.opensOn)}::date
     ORDER BY c.opens_on DESC, a.approved_at DESC
     LIMIT 1`;
  if (!previous) return {};
  const planItems = await db().planItem.findMany({ where: { assessmentId: previous.id, status: { in: OPEN } }, orderBy: { position: "asc" } });
  if (planItems.length === 0) return {};
  const fw = await loadFramework(previous.framework_version_id);
  const out: Record<string, PriorPlanItem> = {};
  for (const item of planItems) {
    if (out[item.questionCode]) continue;
    out[item.questionCode] = {
      fromLevel: item.fromLevel,
      toLevel: item.toLevel,
      status: item.status,
      action: fw.questionByCode.get(item.questionCode)?.actions[item.fromLevel - 1] ?? NO_TEXT,
      cycleName: { "zh-CN": previous.name_zh, en: previous.name_en },
    };
  }
  return out;
}

export interface OverdueItem {
  assessmentId: string;
  orgUnitName: Localized;
  questionCode: string;
  action: Localized;
  dueOn: string;
  status: PlanStatus;
  ownerName: string;
}

/** Overdue open plan items of the departments the actor fills in for (home page). */
export async function listOverduePlanItems(actor: Actor, limit = 20): Promise<OverdueItem[]> {
  const t = today();
  const rows = await db().planItem.findMany({
    where: {
      status: { in: OPEN },
      dueOn: { lt: new Date(`${t}T00:00:00Z`) },
      assessment: { status: "APPROVED", orgUnit: orgScopeWhere(actor, ["RESPONDENT", "DEPT_ADMIN"]) },
    },
    include: { assessment: { include: { orgUnit: true, cycle: true } } },
    orderBy: [{ dueOn: "asc" }, { position: "asc" }],
    take: limit,
  });
  const out: OverdueItem[] = [];
  for (const r of rows) {
    const fw = await loadFramework(r.assessment.cycle.frameworkVersionId);
    out.push({
      assessmentId: r.assessmentId,
      orgUnitName: { "zh-CN": r.assessment.orgUnit.nameZh, en: r.assessment.orgUnit.nameEn },
      questionCode: r.questionCode,
      action: fw.questionByCode.get(r.questionCode)?.actions[r.fromLevel - 1] ?? NO_TEXT,
      dueOn: r.dueOn ? isoDate(r.dueOn) : "",
      status: r.status,
      ownerName: r.ownerName ?? "",
    });
  }
  return out;
}
