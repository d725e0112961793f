import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  approveAssessmentAction,
  returnAssessmentAction,
  saveResponseAction,
  submitAssessmentAction,
  verifyBatchAction,
  verifyResponseAction,
} from "@/app/(app)/assessments/[id]/actions";
import { verifyAuditChain } from "@/lib/data/audit";
import { db, disconnectDb } from "@/lib/db";
import { BATCH_VERIFY_MAX } from "@/lib/validation/assessment";
import { sealAll } from "./audit-helpers";
import { actAs, createUser, ROLES, type FixtureUser } from "./fixtures";
import { createAssessmentWorld, fillCompletely, startAssessment } from "./assessment-fixtures";

/**
 * Issue 11: the reviewer verifies a whole indicator and saves once. The batch
 * obeys every rule of the single-question verify — role, scope, own
 * department, status, round — and saves all of it or none of it.
 */

type World = Awaited<ReturnType<typeof createAssessmentWorld>>;
let w: World;
afterAll(() => disconnectDb());
beforeAll(async () => {
  w = await createAssessmentWorld();
});

const INDICATOR = ["SUP.1.1", "SUP.1.2", "SUP.1.3"];
const items = (levels: number[], codes = INDICATOR) => codes.map((questionCode, i) => ({ questionCode, verifiedLevel: levels[i]! }));

async function freshDept(tag: string) {
  const dept = await db().orgUnit.create({
    data: { code: `RB-${tag}-${Date.now()}`, nameZh: "批量核定测试部门", nameEn: "Batch dept", kind: "DEPARTMENT", parentId: w.units.K.id, path: "" },
  });
  await db().orgUnit.update({ where: { id: dept.id }, data: { path: `${w.units.K.path}${dept.id}/` } });
  await db().roleGrant.create({ data: { userId: w.home.DEPT_ADMIN.id, role: "DEPT_ADMIN", orgUnitId: dept.id } });
  await db().roleGrant.create({ data: { userId: w.home.RESPONDENT.id, role: "RESPONDENT", orgUnitId: dept.id } });
  return dept;
}

const version = async (id: string) => (await db().assessment.findUniqueOrThrow({ where: { id } })).version;
const round = async (id: string) => (await db().assessment.findUniqueOrThrow({ where: { id } })).reviewRound;

async function submit(id: string) {
  actAs(w.home.DEPT_ADMIN);
  expect(await submitAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toEqual({ ok: true, data: null });
}

/** A filled, submitted assessment (every answer L2) of a department of its own. */
async function submitted(tag: string) {
  const dept = await freshDept(tag);
  const id = await startAssessment(w.home.DEPT_ADMIN, w.cycle.id, dept.id);
  await fillCompletely(id, 2);
  await submit(id);
  return { id, dept };
}

/** Everything a refused batch must leave as it was: responses, decisions, audit events of the assessment, status. */
async function stateOf(id: string) {
  const responses = await db().response.findMany({ where: { assessmentId: id }, orderBy: { id: "asc" }, select: { id: true, verifiedLevel: true, reviewerComment: true, version: true } });
  const decisions = await db().reviewDecision.count({ where: { assessmentId: id } });
  const events = await db().auditEvent.count({ where: { action: "response.verified", entityId: { in: responses.map((r) => r.id) } } });
  const a = await db().assessment.findUniqueOrThrow({ where: { id } });
  return JSON.stringify([responses, decisions, events, a.status, a.version, a.reviewRound]);
}

const levelsOf = async (id: string, codes = INDICATOR) =>
  Promise.all(codes.map(async (code) => (await db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code } } })).verifiedLevel));

describe("batch verify: saves an indicator in one go", () => {
  it("sets every level, files one decision and one audit event per changed level, and the chain still verifies", async () => {
    const { id } = await submitted("ok");
    actAs(w.home.REVIEWER);
    const res = await verifyBatchAction({ assessmentId: id, expectedRound: await round(id), items: items([1, 2, 3]) });
    expect(res).toEqual({ ok: true, data: { changed: INDICATOR } });
    expect(await levelsOf(id)).toEqual([1, 2, 3]);
    const decisions = await db().reviewDecision.findMany({ where: { assessmentId: id }, include: { response: { include: { question: true } } } });
    expect(decisions.map((d) => [d.response.question.code, d.round, d.selfLevel, d.verifiedLevel, d.acceptedSelf, d.reviewerId]).sort()).toEqual([
      ["SUP.1.1", 1, 2, 1, false, w.home.REVIEWER.id],
      ["SUP.1.2", 1, 2, 2, false, w.home.REVIEWER.id],
      ["SUP.1.3", 1, 2, 3, false, w.home.REVIEWER.id],
    ]);
    const responseIds = decisions.map((d) => d.responseId);
    const events = await db().auditEvent.findMany({ where: { action: "response.verified", entityId: { in: responseIds } } });
    expect(events).toHaveLength(3);
    for (const e of events) expect(e).toMatchObject({ actorId: w.home.REVIEWER.id, orgUnitId: expect.any(String) });

    // Saving the same levels again changes nothing and records nothing.
    expect(await verifyBatchAction({ assessmentId: id, expectedRound: await round(id), items: items([1, 2, 3]) })).toEqual({ ok: true, data: { changed: [] } });
    expect(await db().reviewDecision.count({ where: { assessmentId: id } })).toBe(3);
    // Only a changed level is decided again.
    expect(await verifyBatchAction({ assessmentId: id, expectedRound: await round(id), items: items([1, 3, 3]) })).toEqual({ ok: true, data: { changed: ["SUP.1.2"] } });
    expect(await db().auditEvent.count({ where: { action: "response.verified", entityId: { in: responseIds } } })).toBe(4);

    await sealAll();
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("keeps a comment made in this round with the new level (a batch does not withdraw comments), so a return is still allowed", async () => {
    const { id } = await submitted("comment");
    actAs(w.home.REVIEWER);
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "SUP.1.1", verifiedLevel: 2, comment: "请补充制度文件。" })).toEqual({ ok: true, data: null });
    expect(await verifyBatchAction({ assessmentId: id, expectedRound: 1, items: items([1, 2, 2]) })).toMatchObject({ ok: true });
    const r = await db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code: "SUP.1.1" } } });
    expect(r).toMatchObject({ verifiedLevel: 1, reviewerComment: "请补充制度文件。" });
    expect(await returnAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toEqual({ ok: true, data: null });
  });
});

describe("batch verify: one bad item refuses the whole batch, and nothing is saved", () => {
  let id = "";
  let before = "";
  beforeAll(async () => {
    ({ id } = await submitted("atomic"));
    before = await stateOf(id);
  });
  const refused = async (input: unknown, expected: Record<string, unknown>) => {
    actAs(w.home.REVIEWER);
    expect(await verifyBatchAction(input as never)).toMatchObject({ ok: false, ...expected });
    expect(await stateOf(id)).toBe(before);
  };

  it("refuses a code that is no question of this framework, naming the item", async () => {
    await refused({ assessmentId: id, expectedRound: 1, items: [...items([1, 2], INDICATOR.slice(0, 2)), { questionCode: "ZZZ.9.9", verifiedLevel: 3 }] }, {
      code: "VALIDATION",
      issues: [{ path: "items.2.questionCode", message: "unknownQuestion" }],
    });
  });

  it("refuses a malformed code, a level out of range, a non-integer level", async () => {
    await refused({ assessmentId: id, expectedRound: 1, items: [{ questionCode: "../x", verifiedLevel: 2 }] }, { code: "VALIDATION" });
    await refused({ assessmentId: id, expectedRound: 1, items: items([1, 6, 2]) }, { code: "VALIDATION", issues: [{ path: "items.1.verifiedLevel", message: "levelRange" }] });
    await refused({ assessmentId: id, expectedRound: 1, items: items([0, 2, 2]) }, { code: "VALIDATION" });
    await refused({ assessmentId: id, expectedRound: 1, items: items([2.5, 2, 2]) }, { code: "VALIDATION" });
  });

  it("refuses duplicates, an empty batch, too many items (1,000) and unknown fields", async () => {
    await refused({ assessmentId: id, expectedRound: 1, items: items([1, 2, 3], ["SUP.1.1", "SUP.1.2", "SUP.1.1"]) }, {
      code: "VALIDATION",
      issues: [{ path: "items.2.questionCode", message: "duplicateQuestion" }],
    });
    await refused({ assessmentId: id, expectedRound: 1, items: [] }, { code: "VALIDATION" });
    const many = Array.from({ length: 1000 }, (_, i) => ({ questionCode: `SUP.${(i % 9) + 1}.${(i % 99) + 1}`, verifiedLevel: 2 }));
    await refused({ assessmentId: id, expectedRound: 1, items: many }, { code: "VALIDATION" });
    expect(BATCH_VERIFY_MAX).toBeLessThan(1000);
    await refused({ assessmentId: id, expectedRound: 1, items: items([1, 2, 3]), comment: "x" }, { code: "VALIDATION" });
    await refused({ assessmentId: id, expectedRound: 1, items: [{ questionCode: "SUP.1.1", verifiedLevel: 2, acceptSelf: true }] }, { code: "VALIDATION" });
  });

  it("refuses an item whose question is unanswered or not applicable", async () => {
    const r = await db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code: "SUP.1.3" } } });
    await db().response.update({ where: { id: r.id }, data: { level: null } });
    before = await stateOf(id);
    await refused({ assessmentId: id, expectedRound: 1, items: items([1, 2, 3]) }, { code: "VALIDATION", issues: [{ path: "items.2.questionCode", message: "notAnswered" }] });
    await db().response.update({ where: { id: r.id }, data: { level: 2 } });
    before = await stateOf(id);
  });

  it("refuses a page loaded in an earlier round (stale client)", async () => {
    await refused({ assessmentId: id, expectedRound: 2, items: items([1, 2, 3]) }, { code: "CONFLICT", messageKey: "assessmentChanged" });
    await refused({ assessmentId: id, expectedRound: 0, items: items([1, 2, 3]) }, { code: "VALIDATION" });
  });

  it("refuses an id that is not an assessment, or not a uuid", async () => {
    await refused({ assessmentId: "00000000-0000-4000-8000-000000000000", expectedRound: 1, items: items([1, 2, 3]) }, { code: "NOT_FOUND" });
    await refused({ assessmentId: "not-a-uuid", expectedRound: 1, items: items([1, 2, 3]) }, { code: "VALIDATION" });
  });

  it("after all that, the same batch with good input is saved", async () => {
    actAs(w.home.REVIEWER);
    expect(await verifyBatchAction({ assessmentId: id, expectedRound: 1, items: items([1, 2, 3]) })).toMatchObject({ ok: true });
    expect(await levelsOf(id)).toEqual([1, 2, 3]);
  });
});

describe("batch verify: only a reviewer of the scope, never of their own department (the tenancy matrix)", () => {
  let id = "";
  let deptId = "";
  let snapshot = "";
  beforeAll(async () => {
    ({ id, dept: { id: deptId } } = await submitted("matrix"));
    snapshot = await stateOf(id);
  });
  const input = () => ({ assessmentId: id, expectedRound: 1, items: items([1, 1, 1]) });

  it("refuses without a session", async () => {
    actAs(null);
    expect(await verifyBatchAction(input())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await stateOf(id)).toBe(snapshot);
  });

  it.each(["RESPONDENT", "DEPT_ADMIN", "OVERSIGHT", "SYS_ADMIN", "AUDITOR"] as const)("refuses the department's %s", async (role) => {
    actAs(w.home[role]);
    expect(await verifyBatchAction(input())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await stateOf(id)).toBe(snapshot);
  });

  it.each(ROLES)("refuses the other tenant's %s (not found or forbidden, never a write)", async (role) => {
    actAs(w.other[role]);
    const res = await verifyBatchAction(input());
    expect(res.ok).toBe(false);
    expect(!res.ok && ["FORBIDDEN", "NOT_FOUND"]).toContain(!res.ok && res.code);
    expect(await stateOf(id)).toBe(snapshot);
  });

  it("refuses a reviewer who is also a respondent of the assessed department", async () => {
    const both: FixtureUser = await createUser("batch-both", "REVIEWER", w.units.P.id);
    await db().roleGrant.create({ data: { userId: both.id, role: "RESPONDENT", orgUnitId: deptId } });
    actAs(both);
    expect(await verifyBatchAction(input())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await stateOf(id)).toBe(snapshot);
  });

  it("refuses the other tenant's reviewer for its own assessment when the items name this one's questions (ids cannot cross)", async () => {
    const otherDept = await db().orgUnit.create({
      data: { code: `RBO-${Date.now()}`, nameZh: "他省部门", nameEn: "Other dept", kind: "DEPARTMENT", parentId: w.units.Q.id, path: "" },
    });
    await db().orgUnit.update({ where: { id: otherDept.id }, data: { path: `${w.units.Q.path}${otherDept.id}/` } });
    // The home reviewer cannot reach the other tenant's assessment, whatever the items say.
    await db().roleGrant.create({ data: { userId: w.other.DEPT_ADMIN.id, role: "DEPT_ADMIN", orgUnitId: otherDept.id } });
    const otherId = await startAssessment(w.other.DEPT_ADMIN, w.cycle.id, otherDept.id);
    await fillCompletely(otherId, 2);
    actAs(w.other.DEPT_ADMIN);
    expect(await submitAssessmentAction({ assessmentId: otherId, expectedVersion: await version(otherId) })).toMatchObject({ ok: true });
    const otherBefore = await stateOf(otherId);
    actAs(w.home.REVIEWER);
    expect(await verifyBatchAction({ ...input(), assessmentId: otherId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await stateOf(otherId)).toBe(otherBefore);
    expect(await stateOf(id)).toBe(snapshot);
  });

  it("the scope's reviewer may", async () => {
    actAs(w.home.REVIEWER);
    expect(await verifyBatchAction(input())).toMatchObject({ ok: true, data: { changed: INDICATOR } });
  });
});

describe("batch verify: status rules are those of the single verify", () => {
  it("refuses in DRAFT, RETURNED and APPROVED (notUnderReview) and changes nothing", async () => {
    const dept = await freshDept("status");
    const id = await startAssessment(w.home.DEPT_ADMIN, w.cycle.id, dept.id);
    await fillCompletely(id, 2);
    actAs(w.home.REVIEWER);
    // DRAFT: never submitted (round 0 is refused by the schema, so name round 1 to reach the status rule).
    let before = await stateOf(id);
    expect(await verifyBatchAction({ assessmentId: id, expectedRound: 1, items: items([1, 1, 1]) })).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "notUnderReview" });
    expect(await stateOf(id)).toBe(before);

    await submit(id);
    actAs(w.home.REVIEWER);
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "SUP.1.1", verifiedLevel: 1, comment: "退回说明" })).toMatchObject({ ok: true });
    expect(await returnAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toMatchObject({ ok: true });
    before = await stateOf(id);
    expect(await verifyBatchAction({ assessmentId: id, expectedRound: 1, items: items([3, 3, 3]) })).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "notUnderReview" });
    expect(await stateOf(id)).toBe(before);

    // Resubmitted: a page from round 1 is stale; round 2's page may save.
    actAs(w.home.RESPONDENT);
    const r = await db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code: "SUP.1.1" } } });
    expect(await saveResponseAction({ assessmentId: id, questionCode: "SUP.1.1", expectedVersion: r.version, answer: { level: 1, na: false, naReason: "", note: "" } })).toMatchObject({ ok: true });
    await submit(id);
    actAs(w.home.REVIEWER);
    before = await stateOf(id);
    expect(await verifyBatchAction({ assessmentId: id, expectedRound: 1, items: items([3, 3, 3]) })).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "assessmentChanged" });
    expect(await stateOf(id)).toBe(before);
    expect(await verifyBatchAction({ assessmentId: id, expectedRound: 2, items: items([1, 2, 2]) })).toMatchObject({ ok: true });
    // The changed answer got its fresh decision in round 2, so approval is possible.
    expect(await approveAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toEqual({ ok: true, data: null });
    before = await stateOf(id);
    expect(await verifyBatchAction({ assessmentId: id, expectedRound: 2, items: items([3, 3, 3]) })).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "notUnderReview" });
    expect(await stateOf(id)).toBe(before);
  });
});
