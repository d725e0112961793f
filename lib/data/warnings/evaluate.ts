import "server-only";
import { db, Prisma } from "@/lib/db";
import { evaluateRules, reconcile, thresholdsFor, type AssessmentState, type RaisedWarning, type Thresholds } from "@/lib/warnings/rules";
import { appendAudit } from "../audit";
import type { Actor } from "../actor";
import { OVERALL } from "../compare/score-rows";
import { takesPart } from "../compare/sql";
import { today } from "../results/plan";

type Tx = Prisma.TransactionClient;

export interface EvaluationScope {
  /** Units under this path ("/" or unset: every unit). */
  scopePath?: string;
  /** Only this unit (the submit/approve hook). */
  unitId?: string;
  /** Cycles to evaluate besides every OPEN one (e.g. the approved assessment's own). */
  cycleIds?: string[];
}

export interface EvaluationResult {
  units: number;
  raised: number;
  updated: number;
  resolved: number;
  reopened: number;
}

interface FactRow {
  id: string;
  path: string;
  cycle_id: string;
  status: string | null;
  days_to_close: number;
  overall_verified: number | null;
  overall_self: number | null;
  previous_overall: number | null;
  dim_codes: string[] | null;
  dim_levels: (number | null)[] | null;
  unsupported: number | null;
}

/** The facts of every department/office in scope that takes part in the cycle, in one query over indexed columns. */
async function facts(tx: Tx, cycleId: string, s: EvaluationScope): Promise<FactRow[]> {
  const unitFilter = s.unitId ? Prisma.sql`AND u.id = ${s.unitId}::uuid` : Prisma.sql``;
  return tx.$queryRaw<FactRow[]>`
    SELECT u.id, u.path, c.id AS cycle_id, a.status::text AS status, (c.closes_on - current_date)::int AS days_to_close,
           ov.idx AS overall_verified, os.idx AS overall_self,
           (SELECT p.idx FROM score_dimension p JOIN assessment_cycle pc ON pc.id = p.cycle_id
             WHERE p.org_unit_id = u.id AND p.basis = 'verified' AND p.dimension_code = ${OVERALL} AND pc.closes_on < c.closes_on
             ORDER BY pc.closes_on DESC LIMIT 1) AS previous_overall,
           dl.codes AS dim_codes, dl.levels AS dim_levels,
           CASE WHEN a.status IN ('SUBMITTED', 'APPROVED') THEN (
             SELECT count(*)::int FROM response r JOIN question q ON q.id = r.question_id
              WHERE r.assessment_id = a.id AND r.level IS NOT NULL AND NOT (r.na AND q.allow_na)
                AND r.level >= q.evidence_from_level
                AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.response_id = r.id)) END AS unsupported
      FROM org_unit u
      JOIN assessment_cycle c ON c.id = ${cycleId}::uuid
      LEFT JOIN assessment a ON a.org_unit_id = u.id AND a.cycle_id = c.id
      LEFT JOIN score_dimension ov ON ov.assessment_id = a.id AND ov.basis = 'verified' AND ov.dimension_code = ${OVERALL}
      LEFT JOIN score_dimension os ON os.assessment_id = a.id AND os.basis = 'self' AND os.dimension_code = ${OVERALL}
      LEFT JOIN LATERAL (
        SELECT array_agg(d.dimension_code ORDER BY d.dimension_code) AS codes, array_agg(d.level::int ORDER BY d.dimension_code) AS levels
          FROM score_dimension d WHERE d.assessment_id = a.id AND d.basis = 'verified' AND d.dimension_code <> ${OVERALL}
      ) dl ON TRUE
     WHERE u.kind IN ('DEPARTMENT', 'OFFICE') AND u.active AND u.path LIKE ${(s.scopePath ?? "/") + "%"} ${unitFilter}
       AND ${takesPart(Prisma.sql`${cycleId}::uuid`, Prisma.sql`u.id`, Prisma.sql`a.id`)}`;
}

async function scopedThresholds(tx: Tx): Promise<{ path: string; thresholds: Thresholds }[]> {
  const rows = await tx.warningThreshold.findMany({ include: { orgUnit: { select: { path: true } } } });
  return rows.map((r) => ({
    path: r.orgUnit.path,
    thresholds: {
      dropPoints: r.dropPoints,
      monMinLevel: r.monMinLevel,
      daysBeforeClose: r.daysBeforeClose,
      inflationPoints: r.inflationPoints,
      unsupportedCount: r.unsupportedCount,
      planOverdueCount: r.planOverdueCount,
    },
  }));
}

/**
 * Evaluates the warning rules for the units in scope and reconciles them with
 * the stored warnings: raised once, updated (not duplicated) while the cause
 * persists, resolved when it ends. Runs in the caller's transaction (the
 * submit/approve hook) or its own. Bulk statements: a province takes a few
 * queries, not one per unit.
 */
export async function evaluateWarnings(tx: Tx, s: EvaluationScope): Promise<EvaluationResult> {
  // Short aggregate queries: JIT compilation would cost more than it saves (see compare/sql.ts).
  await tx.$executeRaw`SET LOCAL jit = off`;
  const open = await tx.assessmentCycle.findMany({ where: { status: "OPEN" }, select: { id: true }, orderBy: [{ opensOn: "desc" }, { id: "asc" }] });
  // Overdue plan items belong to no one cycle: they are counted once, under the latest open cycle.
  const planCycleId = open[0]?.id;
  const cycleIds = [...new Set([...open.map((c) => c.id), ...(s.cycleIds ?? [])])];
  const thresholds = await scopedThresholds(tx);
  const result: EvaluationResult = { units: 0, raised: 0, updated: 0, resolved: 0, reopened: 0 };
  for (const cycleId of cycleIds) {
    const rows = await facts(tx, cycleId, s);
    // A unit in scope that no longer counts for the cycle (no longer a participant, deactivated): its warnings end.
    const gone = await tx.$executeRaw`
      UPDATE warning w SET resolved_at = now(), version = w.version + 1
        FROM org_unit u
       WHERE u.id = w.org_unit_id AND w.cycle_id = ${cycleId}::uuid AND w.resolved_at IS NULL
         AND u.path LIKE ${(s.scopePath ?? "/") + "%"} ${s.unitId ? Prisma.sql`AND u.id = ${s.unitId}::uuid` : Prisma.sql``}
         AND w.org_unit_id NOT IN (SELECT unnest(${rows.map((r) => r.id)}::uuid[]))`;
    result.resolved += gone;
    if (rows.length === 0) continue;
    result.units += rows.length;
    const existing = await tx.warning.findMany({
      where: { cycleId, orgUnitId: { in: rows.map((r) => r.id) } },
      select: { id: true, orgUnitId: true, rule: true, resolvedAt: true },
    });
    const byUnit = new Map<string, { id: string; rule: string; resolved: boolean }[]>();
    for (const e of existing) {
      const list = byUnit.get(e.orgUnitId) ?? [];
      list.push({ id: e.id, rule: e.rule, resolved: e.resolvedAt !== null });
      byUnit.set(e.orgUnitId, list);
    }
    const overduePlan = cycleId === planCycleId ? await overduePlanItems(tx, rows.map((r) => r.id)) : new Map<string, number>();
    const raise: (RaisedWarning & { orgUnitId: string })[] = [];
    const update: { id: string; severity: string; figures: string; reopen: boolean }[] = [];
    const resolve: string[] = [];
    for (const r of rows) {
      const levels: Record<string, number | null> = {};
      (r.dim_codes ?? []).forEach((code, i) => (levels[code] = r.dim_levels?.[i] ?? null));
      const holding = evaluateRules(
        {
          status: r.status as AssessmentState,
          daysToClose: r.days_to_close,
          overallVerified: r.overall_verified,
          overallSelf: r.overall_self,
          previousOverall: r.previous_overall,
          dimensionLevels: levels,
          unsupported: r.unsupported,
          // Open improvement-plan items past their due date, from any of the unit's approved assessments.
          planOverdue: cycleId === planCycleId ? (overduePlan.get(r.id) ?? 0) : null,
        },
        thresholdsFor(r.path, thresholds),
      );
      const plan = reconcile(byUnit.get(r.id) ?? [], holding);
      raise.push(...plan.raise.map((w) => ({ ...w, orgUnitId: r.id })));
      update.push(...plan.update.map((w) => ({ id: w.id, severity: w.severity, figures: JSON.stringify(w.figures), reopen: w.reopen })));
      resolve.push(...plan.resolve);
    }
    if (raise.length) {
      await tx.warning.createMany({
        data: raise.map((w) => ({ orgUnitId: w.orgUnitId, cycleId, rule: w.rule, severity: w.severity, figures: w.figures as Prisma.InputJsonValue })),
      });
    }
    if (update.length) {
      await tx.$executeRaw`
        UPDATE warning w SET severity = x.sev::"WarningSeverity", figures = x.fig::jsonb, last_seen_at = now(), resolved_at = NULL,
               state = CASE WHEN x.reopen THEN 'NEW'::"WarningState" ELSE w.state END,
               first_seen_at = CASE WHEN x.reopen THEN now() ELSE w.first_seen_at END,
               note = CASE WHEN x.reopen THEN NULL ELSE w.note END,
               version = w.version + CASE WHEN x.reopen THEN 1 ELSE 0 END
          FROM unnest(${update.map((u) => u.id)}::uuid[], ${update.map((u) => u.severity)}::text[],
                      ${update.map((u) => u.figures)}::text[], ${update.map((u) => u.reopen)}::boolean[]) AS x(id, sev, fig, reopen)
         WHERE w.id = x.id`;
    }
    if (resolve.length) {
      await tx.$executeRaw`UPDATE warning SET resolved_at = now(), version = version + 1 WHERE id = ANY(${resolve}::uuid[]) AND resolved_at IS NULL`;
    }
    result.raised += raise.length;
    result.updated += update.filter((u) => !u.reopen).length;
    result.reopened += update.filter((u) => u.reopen).length;
    result.resolved += resolve.length;
  }
  return result;
}

/**
 * One evaluation in its own transaction, with one audit event summarising what
 * changed (raising and resolving are the system's doing; users' state changes
 * are audited one by one in state.ts).
 */
export async function evaluateAndAudit(
  s: EvaluationScope,
  audit: { actor?: Pick<Actor, "userId" | "email"> | null; reason: "on_demand" | "daily"; orgUnitId?: string | null; ip?: string | null; userAgent?: string | null },
): Promise<EvaluationResult> {
  return db().$transaction(
    async (tx) => {
      const r = await evaluateWarnings(tx, s);
      if (r.raised + r.resolved + r.reopened > 0 || audit.reason === "on_demand") {
        await appendAudit(tx, {
          actor: audit.actor ?? null,
          action: "warnings.evaluated",
          entityType: "Warning",
          orgUnitId: audit.orgUnitId ?? null,
          after: { reason: audit.reason, ...r },
          ip: audit.ip ?? null,
          userAgent: audit.userAgent ?? null,
        });
      }
      return r;
    },
    { timeout: 120_000 },
  );
}

/** The submit/approve hook: this unit, this cycle, inside the workflow's transaction. */
export async function evaluateWarningsForAssessment(tx: Tx, a: { orgUnitId: string; cycleId: string }): Promise<void> {
  await evaluateWarnings(tx, { unitId: a.orgUnitId, cycleIds: [a.cycleId] });
}

/** Per unit: open (未开始 / 进行中) improvement-plan items whose due date has passed, in one statement. */
async function overduePlanItems(tx: Tx, unitIds: string[]): Promise<Map<string, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ org_unit_id: string; n: number }[]>`
    SELECT a.org_unit_id, count(*)::int AS n
      FROM plan_item p JOIN assessment a ON a.id = p.assessment_id
     WHERE a.status = 'APPROVED'
       AND p.status IN ('NOT_STARTED', 'IN_PROGRESS')
       AND p.due_on < ${today()}::date
       AND a.org_unit_id = ANY(${unitIds}::uuid[])
     GROUP BY a.org_unit_id`;
  return new Map(rows.map((r) => [r.org_unit_id, r.n]));
}
