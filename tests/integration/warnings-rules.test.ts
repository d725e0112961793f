import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateNowAction, setThresholdsAction, setWarningStateAction } from "@/app/(app)/warnings/actions";
import { approveAssessment } from "@/lib/data/assessments/workflow";
import { countNewWarnings, listWarnings } from "@/lib/data/warnings/warnings";
import { db, disconnectDb } from "@/lib/db";
import { DEFAULT_THRESHOLDS } from "@/lib/warnings/rules";
import { actorOf, fillCompletely, startAssessment } from "./assessment-fixtures";
import { actAs, createUnit, createUser } from "./fixtures";
import { approveAt, createCycle, createTree, dept, submit } from "./compare-fixtures";

const meta = { ip: null, userAgent: null };
let t: Awaited<ReturnType<typeof createTree>>;
let prev: Awaited<ReturnType<typeof createCycle>>;
let cur: Awaited<ReturnType<typeof createCycle>>;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const warningsOf = (orgUnitId: string, rule?: string) =>
  db().warning.findMany({ where: { orgUnitId, ...(rule ? { rule } : {}) }, orderBy: { rule: "asc" } });
const evaluate = async () => {
  actAs(t.oversight);
  const r = await evaluateNowAction({ scopeId: t.P.id });
  expect(r.ok).toBe(true);
  return r.ok ? r.data : null;
};

beforeAll(async () => {
  t = await createTree();
  // Opened for the test's one approval in it, closed right after.
  prev = await createCycle({ closesOn: "2025-11-30", year: 2025 });
  cur = await createCycle();
}, 60_000);
afterAll(() => disconnectDb());

describe("INDEX_DROP", () => {
  it("is raised on approval, updated not duplicated, resolved when the threshold no longer holds", async () => {
    const u = await dept(`drop-${t.tag}`, t.P);
    await approveAt(t, prev.id, u.id, 4); // 75
    await db().assessmentCycle.update({ where: { id: prev.id }, data: { status: "CLOSED" } });
    await approveAt(t, cur.id, u.id, 3); // 50: a drop of 25
    let ws = await warningsOf(u.id, "INDEX_DROP");
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ severity: "CRITICAL", state: "NEW", resolvedAt: null, figures: { previous: 75, current: 50, drop: 25, threshold: 10 } });
    await evaluate();
    await evaluate();
    ws = await warningsOf(u.id, "INDEX_DROP");
    expect(ws).toHaveLength(1);
    expect(ws[0]!.firstSeenAt).toEqual(ws[0]!.firstSeenAt);
    // The office raises its threshold: the cause ends, the warning is resolved (kept, not deleted).
    actAs(t.oversight);
    const set = await setThresholdsAction({ scopeId: t.P.id, thresholds: { ...DEFAULT_THRESHOLDS, dropPoints: 30 }, expectedVersion: 0 });
    expect(set.ok).toBe(true);
    ws = await warningsOf(u.id, "INDEX_DROP");
    expect(ws).toHaveLength(1);
    expect(ws[0]!.resolvedAt).not.toBeNull();
    // Back to 10: the same row reopens as new.
    const back = await setThresholdsAction({ scopeId: t.P.id, thresholds: DEFAULT_THRESHOLDS, expectedVersion: 1 });
    expect(back.ok).toBe(true);
    ws = await warningsOf(u.id, "INDEX_DROP");
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ resolvedAt: null, state: "NEW" });
  });
});

describe("PLAN_OVERDUE", () => {
  it("is raised when enough open improvement-plan items are past due, and resolved when they are done", async () => {
    const u = await dept(`plan-${t.tag}`, t.P);
    const id = await approveAt(t, cur.id, u.id, 2);
    const items = await db().planItem.findMany({ where: { assessmentId: id }, orderBy: { position: "asc" }, take: 3 });
    expect(items).toHaveLength(3);
    // Two overdue items stay below the default threshold of 3; the third raises it.
    await db().planItem.updateMany({ where: { id: { in: items.slice(0, 2).map((i) => i.id) } }, data: { dueOn: new Date(`${day(-3)}T00:00:00Z`) } });
    await evaluate();
    expect(await warningsOf(u.id, "PLAN_OVERDUE")).toHaveLength(0);
    await db().planItem.update({ where: { id: items[2]!.id }, data: { dueOn: new Date(`${day(-1)}T00:00:00Z`), status: "IN_PROGRESS" } });
    await evaluate();
    await evaluate();
    const ws = await warningsOf(u.id, "PLAN_OVERDUE");
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ severity: "WARNING", resolvedAt: null, figures: { count: 3, threshold: 3 } });
    // Done or not adopted: no longer open, so no longer overdue.
    await db().planItem.update({ where: { id: items[0]!.id }, data: { status: "DONE" } });
    await evaluate();
    expect((await warningsOf(u.id, "PLAN_OVERDUE"))[0]!.resolvedAt).not.toBeNull();
  });
});

describe("DIMENSION_L1 and MON_LOW", () => {
  it("are raised after approval at level 1 and resolved when the stored level changes", async () => {
    const u = await dept(`low-${t.tag}`, t.P);
    const id = await approveAt(t, cur.id, u.id, 1);
    const rules = (await warningsOf(u.id)).map((w) => w.rule);
    expect(rules).toEqual(expect.arrayContaining(["DIMENSION_L1", "MON_LOW"]));
    const l1 = (await warningsOf(u.id, "DIMENSION_L1"))[0]!;
    expect((l1.figures as { count: number }).count).toBe(4);
    await evaluate();
    expect(await warningsOf(u.id, "DIMENSION_L1")).toHaveLength(1);
    expect(await warningsOf(u.id, "MON_LOW")).toHaveLength(1);
    // A re-scored snapshot (e.g. a corrected approval) at level 2 ends both causes.
    await db().scoreDimension.updateMany({ where: { assessmentId: id, basis: "verified", dimensionCode: { not: "OVERALL" } }, data: { level: 2 } });
    await evaluate();
    expect((await warningsOf(u.id, "DIMENSION_L1"))[0]!.resolvedAt).not.toBeNull();
    expect((await warningsOf(u.id, "MON_LOW"))[0]!.resolvedAt).not.toBeNull();
  });
});

describe("DUE_SOON and OVERDUE", () => {
  it("DUE_SOON holds for a draft near the close date and ends on submission", async () => {
    const soon = await createCycle({ closesOn: day(3) });
    const u = await dept(`soon-${t.tag}`, t.P);
    const none = await dept(`none-${t.tag}`, t.P);
    const id = await startAssessment(t.admin, soon.id, u.id);
    await evaluate();
    expect(await warningsOf(u.id, "DUE_SOON")).toMatchObject([{ severity: "INFO", figures: { daysLeft: 3, threshold: 7 } }]);
    await evaluate();
    expect(await warningsOf(u.id, "DUE_SOON")).toHaveLength(1);
    // A unit that has not even started is reminded too.
    expect(await warningsOf(none.id, "DUE_SOON")).toHaveLength(1);
    await fillCompletely(id, 3);
    await submit(t.admin, id); // the submit hook re-evaluates
    expect((await warningsOf(u.id, "DUE_SOON"))[0]!.resolvedAt).not.toBeNull();
    await db().assessmentCycle.update({ where: { id: soon.id }, data: { status: "CLOSED" } });
  });

  it("OVERDUE holds after the close date without approval and ends on approval", async () => {
    // Submitted while the cycle was open, still not approved two days after it closed.
    const late = await createCycle({ closesOn: day(5) });
    const u = await dept(`late-${t.tag}`, t.P);
    const id = await startAssessment(t.admin, late.id, u.id);
    await fillCompletely(id, 3);
    await submit(t.admin, id);
    await db().assessmentCycle.update({ where: { id: late.id }, data: { closesOn: new Date(`${day(-2)}T00:00:00Z`) } });
    await evaluate();
    expect(await warningsOf(u.id, "OVERDUE")).toMatchObject([{ severity: "CRITICAL", figures: { daysOverdue: 2 } }]);
    expect((await warningsOf(u.id, "OVERDUE"))[0]!.resolvedAt).toBeNull();
    await evaluate();
    expect(await warningsOf(u.id, "OVERDUE")).toHaveLength(1);
    const v = (await db().assessment.findUniqueOrThrow({ where: { id } })).version;
    await approveAssessment(await actorOf(t.reviewer), { assessmentId: id, expectedVersion: v }, meta);
    expect((await warningsOf(u.id, "OVERDUE"))[0]!.resolvedAt).not.toBeNull();
    await db().assessmentCycle.update({ where: { id: late.id }, data: { status: "CLOSED" } });
  });
});

describe("INFLATION", () => {
  it("is raised when the self index exceeds the verified one by the threshold", async () => {
    const u = await dept(`infl-${t.tag}`, t.P);
    const id = await startAssessment(t.admin, cur.id, u.id);
    await fillCompletely(id, 4);
    await submit(t.admin, id);
    await db().response.updateMany({ where: { assessmentId: id }, data: { verifiedLevel: 2 } });
    const v = (await db().assessment.findUniqueOrThrow({ where: { id } })).version;
    await approveAssessment(await actorOf(t.reviewer), { assessmentId: id, expectedVersion: v }, meta);
    const ws = await warningsOf(u.id, "INFLATION");
    expect(ws).toMatchObject([{ severity: "WARNING", figures: { self: 75, verified: 25, inflation: 50, threshold: 15 } }]);
    await evaluate();
    expect(await warningsOf(u.id, "INFLATION")).toHaveLength(1);
    // A corrected self score (e.g. a re-scored snapshot) within the threshold ends the cause.
    await db().scoreDimension.updateMany({ where: { assessmentId: id, basis: "self", dimensionCode: "OVERALL" }, data: { index: 35 } });
    await evaluate();
    const after = await warningsOf(u.id, "INFLATION");
    expect(after).toHaveLength(1);
    expect(after[0]!.resolvedAt).not.toBeNull();
  });
});

describe("UNSUPPORTED", () => {
  it("counts claims without evidence on a submitted assessment and resolves when evidence is back", async () => {
    const u = await dept(`unsup-${t.tag}`, t.P);
    const id = await startAssessment(t.admin, cur.id, u.id);
    await fillCompletely(id, 4);
    await submit(t.admin, id);
    expect(await warningsOf(u.id, "UNSUPPORTED")).toHaveLength(0);
    // Evidence withdrawn after submission (e.g. a file found invalid): the claims are unsupported now.
    const withEvidence = await db().response.findMany({ where: { assessmentId: id, evidence: { some: {} } }, take: 3, select: { id: true } });
    const removed = await db().evidence.findMany({ where: { responseId: { in: withEvidence.map((r) => r.id) } } });
    await db().evidence.deleteMany({ where: { id: { in: removed.map((e) => e.id) } } });
    await evaluate();
    expect(await warningsOf(u.id, "UNSUPPORTED")).toMatchObject([{ severity: "INFO", figures: { count: 3, threshold: 3 } }]);
    await evaluate();
    expect(await warningsOf(u.id, "UNSUPPORTED")).toHaveLength(1);
    await db().evidence.createMany({ data: removed.map(({ id: _, ...e }) => e) });
    await evaluate();
    expect((await warningsOf(u.id, "UNSUPPORTED"))[0]!.resolvedAt).not.toBeNull();
  });
});

describe("state, visibility and the badge", () => {
  it("oversight acknowledges and handles with a note, audited; others are refused and nothing changes", async () => {
    const u = await dept(`state-${t.tag}`, t.P);
    await approveAt(t, cur.id, u.id, 1);
    const w = (await warningsOf(u.id, "DIMENSION_L1"))[0]!;
    const badgeBefore = await countNewWarnings(await actorOf(t.oversight));
    expect(badgeBefore).toBeGreaterThan(0);

    const Q = await createUnit(`WQ-${t.tag}`, "PROVINCE");
    const strangers = [
      await createUser("w-other-oversight", "OVERSIGHT", Q.id),
      await createUser("w-auditor", "AUDITOR", t.P.id),
      await createUser("w-sysadmin", "SYS_ADMIN", t.P.id),
      await createUser("w-reviewer", "REVIEWER", t.P.id),
    ];
    for (const s of strangers) {
      actAs(s);
      const r = await setWarningStateAction({ warningId: w.id, state: "HANDLED", note: "x", expectedVersion: w.version });
      expect(r.ok).toBe(false);
      const listed = await listWarnings(await actorOf(s), {}, { limit: 100, offset: 0 });
      expect(listed.rows.map((x) => x.orgUnitId)).not.toContain(u.id);
    }
    actAs(null);
    expect((await setWarningStateAction({ warningId: w.id, state: "HANDLED", expectedVersion: w.version })).ok).toBe(false);
    expect((await db().warning.findUniqueOrThrow({ where: { id: w.id } })).state).toBe("NEW");

    actAs(t.oversight);
    const ack = await setWarningStateAction({ warningId: w.id, state: "ACKNOWLEDGED", note: "已约谈", expectedVersion: w.version });
    expect(ack.ok).toBe(true);
    expect(await countNewWarnings(await actorOf(t.oversight))).toBe(badgeBefore - 1);
    const stale = await setWarningStateAction({ warningId: w.id, state: "HANDLED", expectedVersion: w.version });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const handled = await setWarningStateAction({ warningId: w.id, state: "HANDLED", note: "已整改", expectedVersion: w.version + 1 });
    expect(handled.ok).toBe(true);
    expect(await db().warning.findUniqueOrThrow({ where: { id: w.id } })).toMatchObject({ state: "HANDLED", note: "已整改" });
    const audit = await db().auditEvent.findMany({ where: { entityType: "Warning", entityId: w.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["warning.state_changed", "warning.state_changed"]);

    // The department's own admin sees its own warnings only.
    const own = await createUser("w-own-admin", "DEPT_ADMIN", u.id);
    const ownList = await listWarnings(await actorOf(own), { resolved: true }, { limit: 100, offset: 0 });
    expect(new Set(ownList.rows.map((x) => x.orgUnitId))).toEqual(new Set([u.id]));
  });
});
