import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveResponseAction, submitAssessmentAction } from "@/app/(app)/assessments/[id]/actions";
import { carryOverAction, confirmCarriedAction } from "@/app/(app)/assessments/[id]/carry-over-actions";
import { getCarryOverView } from "@/lib/data/assessments/carry-over";
import { ensureFrameworkPublished } from "@/lib/data/framework-store";
import { db, disconnectDb } from "@/lib/db";
import { allQuestions, defaultFramework, evaluateProfile, framework2, type Framework } from "@/lib/framework";
import { carryRoute, planCarryOver } from "@/lib/framework/versions/carry-over";
import { actAs, ROLES } from "./fixtures";
import { actorOf, createAssessmentWorld, dayFromToday, fillCompletely, startAssessment } from "./assessment-fixtures";

/**
 * Carry-over (issue 10 §3): tenancy and roles as for answering, idempotent, never
 * overwrites an answer given in this assessment, evidence not copied, and the
 * submit rule for unconfirmed carried answers.
 */

type World = Awaited<ReturnType<typeof createAssessmentWorld>>;
let w: World;
let source: string; // D's approved 1.0 assessment
afterAll(() => disconnectDb());

async function cycleOn(framework: Framework) {
  const fw = await ensureFrameworkPublished(framework);
  return db().assessmentCycle.create({
    data: {
      nameZh: `结转测试 ${framework.version} ${randomBytes(3).toString("hex")}`,
      nameEn: "Carry-over test",
      year: 2026,
      opensOn: dayFromToday(-10),
      closesOn: dayFromToday(200),
      frameworkVersionId: fw.id,
      status: "OPEN",
    },
  });
}

const EXTERNAL_TOOLS_ONLY = {
  production: "no",
  staffTools: "yes",
  platform: "none",
  publicService: "no",
  rightsDecisions: "no",
  decisionSupport: "no",
  ownData: "no",
  subordinates: "no",
};

beforeAll(async () => {
  w = await createAssessmentWorld(); // w.cycle is on 1.0
  source = await startAssessment(w.home.RESPONDENT, w.cycle.id, w.units.D.id);
  await fillCompletely(source, 3);
  // Vary the levels: a merged 2.0 question must take the lowest.
  const q = await db().question.findFirstOrThrow({ where: { code: "SVC.4.1", indicator: { dimension: { frameworkVersionId: w.cycle.frameworkVersionId } } } });
  await db().response.update({ where: { assessmentId_questionId: { assessmentId: source, questionId: q.id } }, data: { level: 1 } });
  await db().assessment.update({ where: { id: source }, data: { status: "APPROVED", submittedAt: new Date(), approvedAt: new Date() } });
});

async function fresh2() {
  const cycle = await cycleOn(framework2);
  const id = await startAssessment(w.home.RESPONDENT, cycle.id, w.units.D.id);
  return { cycle, id };
}

const rows = (assessmentId: string) => db().response.findMany({ where: { assessmentId }, include: { question: true, evidence: true } });

describe("carry-over", () => {
  it("is refused without a session, to roles that cannot answer, and to the other tenant; nothing is written", async () => {
    const { id } = await fresh2();
    actAs(null);
    expect(await carryOverAction({ assessmentId: id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    for (const role of ROLES.filter((r) => r !== "RESPONDENT" && r !== "DEPT_ADMIN")) {
      actAs(w.home[role]);
      expect(await carryOverAction({ assessmentId: id }), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await confirmCarriedAction({ assessmentId: id, questionCodes: ["GOV.1.1"] }), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    for (const role of ["RESPONDENT", "DEPT_ADMIN"] as const) {
      actAs(w.other[role]);
      expect(await carryOverAction({ assessmentId: id }), role).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await confirmCarriedAction({ assessmentId: id, questionCodes: ["GOV.1.1"] }), role).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db().response.count({ where: { assessmentId: id } })).toBe(0);
  });

  it("pre-fills through the 1.0 → 2.0 mapping, marks every answer pending, copies no evidence, and twice is once", async () => {
    const { id } = await fresh2();
    const view = await getCarryOverView(await actorOf(w.home.RESPONDENT), id);
    expect(view.offer).toMatchObject({ sourceAssessmentId: source, sourceStatus: "APPROVED", fromVersion: "1.0", toVersion: "2.0" });
    actAs(w.home.RESPONDENT);
    const first = await carryOverAction({ assessmentId: id });
    expect(first.ok).toBe(true);
    const created = first.ok ? first.data.created : 0;
    // Everything the rule plans, nothing else: the added 2.0 questions stay empty.
    const expected = planCarryOver(carryRoute(defaultFramework, framework2)!, framework2, Object.fromEntries(allQuestions(defaultFramework).map((q) => [q.code, { level: q.code === "SVC.4.1" ? 1 : 3, na: false, naReason: null, verifiedLevel: null }])));
    expect(created).toBe(Object.keys(expected).length);
    const stored = await rows(id);
    expect(stored).toHaveLength(created);
    expect(stored.every((r) => r.carryPending && r.evidence.length === 0 && r.note === null)).toBe(true);
    expect(stored.find((r) => r.question.code === "SUP.2.1")!.level).toBe(1); // merged with SVC.4.1 (L1): the lowest
    expect(stored.find((r) => r.question.code === "GOV.1.3")).toBeUndefined(); // added in 2.0
    expect((stored[0]!.carriedFrom as { assessmentId: string }).assessmentId).toBe(source);

    const again = await carryOverAction({ assessmentId: id });
    expect(again).toEqual({ ok: true, data: { created: 0 } });
    expect(await db().response.count({ where: { assessmentId: id } })).toBe(created);
    expect((await getCarryOverView(await actorOf(w.home.RESPONDENT), id)).offer).toBeNull();
    const audit = await db().auditEvent.findMany({ where: { entityId: id, action: "assessment.carried_over" } });
    expect(audit).toHaveLength(1);
  });

  it("never overwrites an answer already given in this assessment", async () => {
    const { id } = await fresh2();
    actAs(w.home.RESPONDENT);
    expect(await saveResponseAction({ assessmentId: id, questionCode: "GOV.1.1", expectedVersion: 0, answer: { level: 5, na: false, naReason: "", note: "本期" } })).toMatchObject({ ok: true });
    expect(await carryOverAction({ assessmentId: id })).toMatchObject({ ok: true });
    const mine = (await rows(id)).find((r) => r.question.code === "GOV.1.1")!;
    expect(mine).toMatchObject({ level: 5, note: "本期", carryPending: false, carriedFrom: null, version: 1 });
  });

  it("prefers the last approved assessment over a later one still under review", async () => {
    const later = await fresh2();
    await fillCompletely(later.id, 5);
    await db().assessment.update({ where: { id: later.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    const { id } = await fresh2();
    expect((await getCarryOverView(await actorOf(w.home.DEPT_ADMIN), id)).offer?.sourceAssessmentId).toBe(source);
    // Put the submitted one aside: no approved one left, so the latest submitted is the source (same version: identity).
    await db().assessment.update({ where: { id: source }, data: { status: "RETURNED" } });
    try {
      const view = await getCarryOverView(await actorOf(w.home.DEPT_ADMIN), id);
      expect(view.offer).toMatchObject({ sourceAssessmentId: later.id, sourceStatus: "SUBMITTED", fromVersion: "2.0", count: allQuestions(framework2).length });
    } finally {
      await db().assessment.update({ where: { id: source }, data: { status: "APPROVED" } });
      await db().assessment.update({ where: { id: later.id }, data: { status: "RETURNED" } });
    }
  });

  it("a changed answer is no longer pending; confirming takes one question or a whole indicator; unknown codes are refused", async () => {
    const { id } = await fresh2();
    actAs(w.home.RESPONDENT);
    await carryOverAction({ assessmentId: id });
    const before = (await rows(id)).find((r) => r.question.code === "GOV.1.1")!;
    expect(await saveResponseAction({ assessmentId: id, questionCode: "GOV.1.1", expectedVersion: before.version, answer: { level: 2, na: false, naReason: "", note: "" } })).toMatchObject({ ok: true });
    expect((await rows(id)).find((r) => r.question.code === "GOV.1.1")!.carryPending).toBe(false);

    expect(await confirmCarriedAction({ assessmentId: id, questionCodes: ["GOV.9.9"] })).toMatchObject({ ok: false, code: "VALIDATION" });
    const ind = framework2.dimensions[0]!.indicators[1]!.questions.map((q) => q.code);
    const pendingInInd = (await rows(id)).filter((r) => ind.includes(r.question.code) && r.carryPending).length;
    expect(await confirmCarriedAction({ assessmentId: id, questionCodes: ind })).toEqual({ ok: true, data: { confirmed: pendingInInd } });
    expect(await confirmCarriedAction({ assessmentId: id, questionCodes: ind })).toEqual({ ok: true, data: { confirmed: 0 } });
    const after = await rows(id);
    expect(after.filter((r) => ind.includes(r.question.code)).every((r) => !r.carryPending)).toBe(true);
    // Confirming changes neither the answer nor its version (an open editor does not conflict with itself).
    expect(after.find((r) => r.question.code === ind[0])!.version).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: id, action: "response.carry_confirmed" } })).toBe(1);
  });

  it("refuses submit while counted carried answers are unconfirmed, saying how many; profile-N/A ones do not count", async () => {
    const { id } = await fresh2();
    actAs(w.home.RESPONDENT);
    await carryOverAction({ assessmentId: id });
    await db().assessmentProfile.create({ data: { assessmentId: id, answers: EXTERNAL_TOOLS_ONLY } });
    await fillCompletely(id, 2); // answers the rest; the carried ones keep their pending mark
    const pending = (await rows(id)).filter((r) => r.carryPending).map((r) => r.question.code);
    const na = evaluateProfile(framework2.profile, EXTERNAL_TOOLS_ONLY).notApplicable;
    const counted = pending.filter((c) => !na[c]).sort();
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.length).toBeLessThan(pending.length);
    const version = () => db().assessment.findUniqueOrThrow({ where: { id } }).then((a) => a.version);
    const refused = await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", messageKey: "carryUnconfirmed" });
    expect(!refused.ok && refused.issues!.map((i) => i.path)).toEqual(counted);
    expect((await db().assessment.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    for (const d of framework2.dimensions) {
      for (const i of d.indicators) {
        const codes = i.questions.map((q) => q.code).filter((c) => counted.includes(c));
        if (codes.length) expect(await confirmCarriedAction({ assessmentId: id, questionCodes: codes })).toMatchObject({ ok: true });
      }
    }
    expect(await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toMatchObject({ ok: true });
    // Once submitted, carry-over and confirming are refused like any answer.
    expect(await carryOverAction({ assessmentId: id })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("offers nothing, and refuses, when there is no earlier assessment or no route between the versions", async () => {
    const cycle = await cycleOn(framework2);
    const id = await startAssessment(w.other.RESPONDENT, cycle.id, w.units.E.id);
    expect((await getCarryOverView(await actorOf(w.other.RESPONDENT), id)).offer).toBeNull();
    actAs(w.other.RESPONDENT);
    expect(await carryOverAction({ assessmentId: id })).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "carryNoSource" });
    // E's approved 2.0 assessment cannot start a 1.0 one: there is no 2.0 → 1.0 mapping.
    await fillCompletely(id, 3);
    await db().assessment.update({ where: { id }, data: { status: "APPROVED", approvedAt: new Date() } });
    const old = await startAssessment(w.other.RESPONDENT, w.cycle.id, w.units.E.id);
    expect((await getCarryOverView(await actorOf(w.other.RESPONDENT), old)).offer).toBeNull();
    expect(await carryOverAction({ assessmentId: old })).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "carryNoSource" });
    expect(await db().response.count({ where: { assessmentId: old } })).toBe(0);
  });
});
