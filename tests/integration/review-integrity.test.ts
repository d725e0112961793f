import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptSelfLevelAction,
  addLinkEvidenceAction,
  approveAssessmentAction,
  questionHistoryAction,
  returnAssessmentAction,
  saveResponseAction,
  submitAssessmentAction,
  verifyBatchAction,
  verifyResponseAction,
} from "@/app/(app)/assessments/[id]/actions";
import { getQuestionnaireView } from "@/lib/data/assessments/view";
import { exportAnswers } from "@/lib/data/results/answers-export";
import { getResultsView } from "@/lib/data/results/view";
import { db, disconnectDb } from "@/lib/db";
import { actAs, ROLES, type FixtureUser } from "./fixtures";
import { actorOf, createAssessmentWorld, fillCompletely, startAssessment } from "./assessment-fixtures";

/**
 * Issue 16, items 1, 2 and 7: the reviewer's decision survives resubmission,
 * drafts stay with the reviewer, and a cleared answer is not silently overwritten.
 */

type World = Awaited<ReturnType<typeof createAssessmentWorld>>;
let w: World;
afterAll(() => disconnectDb());
beforeAll(async () => {
  w = await createAssessmentWorld();
});

const CODE = "SUP.1.1";
const DOWNGRADE = "制度尚未正式印发，核定为 L1。";
const answer = (level: number | null) => ({ level, na: false, naReason: "", note: "" });

/** A department of its own under county K, so each scenario starts from a clean DRAFT. */
async function freshAssessment(tag: string) {
  const dept = await db().orgUnit.create({
    data: { code: `RI-${tag}-${Date.now()}`, nameZh: "审核测试部门", nameEn: "Review dept", kind: "DEPARTMENT", parentId: w.units.K.id, path: "" },
  });
  await db().orgUnit.update({ where: { id: dept.id }, data: { path: `${w.units.K.path}${dept.id}/` } });
  await db().roleGrant.create({ data: { userId: w.home.DEPT_ADMIN.id, role: "DEPT_ADMIN", orgUnitId: dept.id } });
  await db().roleGrant.create({ data: { userId: w.home.RESPONDENT.id, role: "RESPONDENT", orgUnitId: dept.id } });
  const id = await startAssessment(w.home.DEPT_ADMIN, w.cycle.id, dept.id);
  await fillCompletely(id, 2);
  return id;
}

const version = async (id: string) => (await db().assessment.findUniqueOrThrow({ where: { id } })).version;
const status = async (id: string) => (await db().assessment.findUniqueOrThrow({ where: { id } })).status;
const responseOf = (id: string, code = CODE) => db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code } } });

async function as<T>(u: FixtureUser, fn: () => Promise<T>): Promise<T> {
  actAs(u);
  return fn();
}
async function submit(id: string) {
  const res = await as(w.home.DEPT_ADMIN, async () => submitAssessmentAction({ assessmentId: id, expectedVersion: await version(id) }));
  expect(res).toEqual({ ok: true, data: null });
}
async function save(id: string, level: number, code = CODE) {
  const r = await responseOf(id, code);
  const res = await as(w.home.RESPONDENT, () => saveResponseAction({ assessmentId: id, questionCode: code, expectedVersion: r.version, answer: answer(level) }));
  expect(res.ok).toBe(true);
}

/** The issue's scenario: downgrade to L1 with a comment, return; the department saves L1 then L2 again and resubmits. */
async function scenario(tag: string) {
  const id = await freshAssessment(tag);
  await submit(id);
  actAs(w.home.REVIEWER);
  expect(await verifyResponseAction({ assessmentId: id, questionCode: CODE, verifiedLevel: 1, comment: DOWNGRADE })).toEqual({ ok: true, data: null });
  expect(await returnAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toEqual({ ok: true, data: null });
  await save(id, 1);
  await save(id, 2);
  await submit(id);
  return id;
}

describe("a reviewer's downgrade survives resubmission", () => {
  it("approval is refused while the changed answer has no fresh decision, and nothing is stored", async () => {
    const id = await scenario("refuse");
    actAs(w.home.REVIEWER);
    const res = await approveAssessmentAction({ assessmentId: id, expectedVersion: await version(id) });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", messageKey: "changedNeedDecision", issues: [{ path: CODE, message: "needsDecision" }] });
    expect(await status(id)).toBe("SUBMITTED");
    expect(await db().scoreSnapshot.count({ where: { assessmentId: id } })).toBe(0);
    // The old decision is not silently carried into a verified L2.
    expect((await responseOf(id)).verifiedLevel).toBeNull();
  });

  it("the reviewer sees the change marked, with the previous decision at hand", async () => {
    const id = await scenario("marked");
    const view = await getQuestionnaireView(await actorOf(w.home.REVIEWER), id);
    const r = view.responses[CODE]!;
    expect(r.review).toMatchObject({
      changed: { from: { level: 1, na: false }, to: { level: 2, na: false } },
      needsDecision: true,
      previous: { round: 1, verifiedLevel: 1, selfLevel: 2, comment: DOWNGRADE, acceptedSelf: false, reviewerName: "home-reviewer" },
      current: null,
    });
    // An answer nobody touched since the review is not marked.
    expect(view.responses["SUP.1.2"]!.review).toMatchObject({ changed: null, needsDecision: false });
  });

  it("a return in the new round needs a comment made in that round", async () => {
    const id = await scenario("return");
    actAs(w.home.REVIEWER);
    expect(await returnAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      messageKey: "returnNeedsComment",
    });
    expect(await status(id)).toBe("SUBMITTED");
    // A comment made and then withdrawn in this round does not count either.
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "SUP.1.3", verifiedLevel: 2, comment: "待定" })).toMatchObject({ ok: true });
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "SUP.1.3", verifiedLevel: 2, comment: "" })).toMatchObject({ ok: true });
    expect(await returnAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toMatchObject({ ok: false, messageKey: "returnNeedsComment" });
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "SUP.1.2", verifiedLevel: 2, comment: "请补充附件。" })).toMatchObject({ ok: true });
    expect(await returnAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toEqual({ ok: true, data: null });
  });

  it("a fresh decision lets approval through; the stored result carries the reviewer's level, marked as the reviewer's", async () => {
    const id = await scenario("decide");
    actAs(w.home.REVIEWER);
    expect(await verifyResponseAction({ assessmentId: id, questionCode: CODE, verifiedLevel: 1, comment: "仍核定为 L1。" })).toMatchObject({ ok: true });
    expect(await approveAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toEqual({ ok: true, data: null });
    const r = await responseOf(id);
    expect(r).toMatchObject({ level: 2, verifiedLevel: 1, reviewerComment: "仍核定为 L1。" });
    const snap = await db().scoreSnapshot.findFirstOrThrow({ where: { assessmentId: id } });
    const basis = snap.verifiedBasis as Record<string, { level: number; source: string }>;
    expect(basis[CODE]).toEqual({ level: 1, source: "reviewer" });
    // Answers no reviewer touched are recorded as defaulted to the self level.
    expect(basis["SUP.1.2"]).toEqual({ level: 2, source: "default" });
    const result = snap.result as { self: { overall: { index: number } }; verified: { overall: { index: number } } };
    expect(result.verified.overall.index).toBeLessThan(result.self.overall.index);
    // Every decision is kept: round 1's downgrade and round 2's.
    const decisions = await db().reviewDecision.findMany({ where: { responseId: r.id }, orderBy: { createdAt: "asc" } });
    expect(decisions.map((d) => [d.round, d.verifiedLevel, d.comment, d.acceptedSelf])).toEqual([
      [1, 1, DOWNGRADE, false],
      [2, 1, "仍核定为 L1。", false],
    ]);
  });

  it("explicitly accepting the self level is recorded as such, in the decision and in the snapshot", async () => {
    const id = await scenario("accept");
    actAs(w.home.REVIEWER);
    expect(await acceptSelfLevelAction({ assessmentId: id, questionCode: CODE, comment: "" })).toEqual({ ok: true, data: null });
    expect(await approveAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toEqual({ ok: true, data: null });
    const r = await responseOf(id);
    expect(r.verifiedLevel).toBe(2);
    // The round-1 comment that spoke of L1 no longer sits beside a verified L2.
    expect(r.reviewerComment).toBeNull();
    const snap = await db().scoreSnapshot.findFirstOrThrow({ where: { assessmentId: id } });
    expect((snap.verifiedBasis as Record<string, unknown>)[CODE]).toEqual({ level: 2, source: "acceptedSelf" });
    const last = await db().reviewDecision.findFirstOrThrow({ where: { responseId: r.id }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ round: 2, acceptedSelf: true, verifiedLevel: 2, selfLevel: 2 });
  });

  it("an unchanged answer keeps the earlier round's verified level through approval", async () => {
    const id = await freshAssessment("carry");
    await submit(id);
    actAs(w.home.REVIEWER);
    await verifyResponseAction({ assessmentId: id, questionCode: CODE, verifiedLevel: 1, comment: DOWNGRADE });
    await returnAssessmentAction({ assessmentId: id, expectedVersion: await version(id) });
    await save(id, 1, "SUP.1.2");
    await submit(id);
    actAs(w.home.REVIEWER);
    await verifyResponseAction({ assessmentId: id, questionCode: "SUP.1.2", verifiedLevel: 1, comment: "" });
    expect(await approveAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toEqual({ ok: true, data: null });
    expect((await responseOf(id)).verifiedLevel).toBe(1);
    const snap = await db().scoreSnapshot.findFirstOrThrow({ where: { assessmentId: id } });
    expect((snap.verifiedBasis as Record<string, unknown>)[CODE]).toEqual({ level: 1, source: "reviewer" });
  });
});

describe("accepting the self level: only a reviewer of the scope, never of their own department, only while SUBMITTED", () => {
  let id = "";
  let snapshotOf = async () => "";
  beforeAll(async () => {
    id = await scenario("matrix");
    snapshotOf = async () => {
      const r = await responseOf(id);
      const decisions = await db().reviewDecision.count({ where: { assessmentId: id } });
      return JSON.stringify([r.verifiedLevel, r.reviewerComment, r.version, decisions, await status(id)]);
    };
  });
  const input = () => ({ assessmentId: id, questionCode: CODE, comment: "" });

  it("refuses without a session", async () => {
    const before = await snapshotOf();
    actAs(null);
    expect(await acceptSelfLevelAction(input())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await snapshotOf()).toBe(before);
  });

  it.each(["RESPONDENT", "DEPT_ADMIN", "OVERSIGHT", "SYS_ADMIN", "AUDITOR"] as const)("refuses the department's %s", async (role) => {
    const before = await snapshotOf();
    actAs(w.home[role]);
    expect(await acceptSelfLevelAction(input())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshotOf()).toBe(before);
  });

  it.each(ROLES)("refuses the other tenant's %s", async (role) => {
    const before = await snapshotOf();
    actAs(w.other[role]);
    const res = await acceptSelfLevelAction(input());
    expect(res.ok).toBe(false);
    expect(!res.ok && ["FORBIDDEN", "NOT_FOUND"]).toContain(!res.ok && res.code);
    expect(await snapshotOf()).toBe(before);
  });

  it("refuses bad input, an unanswered question, and any status but SUBMITTED", async () => {
    const before = await snapshotOf();
    actAs(w.home.REVIEWER);
    expect(await acceptSelfLevelAction({ ...input(), questionCode: "NOPE" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await acceptSelfLevelAction({ ...input(), comment: "x".repeat(5000) })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await acceptSelfLevelAction({ ...input(), verifiedLevel: 5 } as never)).toMatchObject({ ok: false, code: "VALIDATION" });
    await db().assessment.update({ where: { id }, data: { status: "RETURNED" } });
    expect(await acceptSelfLevelAction(input())).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "notUnderReview" });
    await db().assessment.update({ where: { id }, data: { status: "SUBMITTED" } });
    expect(await snapshotOf()).toBe(before);
    expect(await acceptSelfLevelAction(input())).toEqual({ ok: true, data: null });
  });
});

// Issue 11: the batch verify under the same matrix (tests/integration/review-batch.test.ts has atomicity and audit).
describe("verifying an indicator in one go: only a reviewer of the scope, never of their own department, only while SUBMITTED", () => {
  let id = "";
  let snapshotOf = async () => "";
  beforeAll(async () => {
    id = await scenario("batch-matrix");
    snapshotOf = async () => {
      const rs = await db().response.findMany({ where: { assessmentId: id }, orderBy: { id: "asc" }, select: { verifiedLevel: true, reviewerComment: true, version: true } });
      const decisions = await db().reviewDecision.count({ where: { assessmentId: id } });
      return JSON.stringify([rs, decisions, await status(id)]);
    };
  });
  const input = () => ({ assessmentId: id, expectedRound: 2, items: [CODE, "SUP.1.2"].map((questionCode) => ({ questionCode, verifiedLevel: 1 })) });

  it("refuses without a session", async () => {
    const before = await snapshotOf();
    actAs(null);
    expect(await verifyBatchAction(input())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await snapshotOf()).toBe(before);
  });

  it.each(["RESPONDENT", "DEPT_ADMIN", "OVERSIGHT", "SYS_ADMIN", "AUDITOR"] as const)("refuses the department's %s", async (role) => {
    const before = await snapshotOf();
    actAs(w.home[role]);
    expect(await verifyBatchAction(input())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshotOf()).toBe(before);
  });

  it.each(ROLES)("refuses the other tenant's %s", async (role) => {
    const before = await snapshotOf();
    actAs(w.other[role]);
    const res = await verifyBatchAction(input());
    expect(res.ok).toBe(false);
    expect(!res.ok && ["FORBIDDEN", "NOT_FOUND"]).toContain(!res.ok && res.code);
    expect(await snapshotOf()).toBe(before);
  });

  it("refuses bad input, a stale round, and any status but SUBMITTED", async () => {
    const before = await snapshotOf();
    actAs(w.home.REVIEWER);
    expect(await verifyBatchAction({ ...input(), items: [{ questionCode: "NOPE", verifiedLevel: 1 }] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await verifyBatchAction({ ...input(), items: [{ questionCode: CODE, verifiedLevel: 9 }] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await verifyBatchAction({ ...input(), expectedRound: 1 })).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "assessmentChanged" });
    await db().assessment.update({ where: { id }, data: { status: "RETURNED" } });
    expect(await verifyBatchAction(input())).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "notUnderReview" });
    await db().assessment.update({ where: { id }, data: { status: "SUBMITTED" } });
    expect(await snapshotOf()).toBe(before);
    expect(await verifyBatchAction(input())).toEqual({ ok: true, data: { changed: [CODE, "SUP.1.2"] } });
    // The changed answer now has its round-2 decision: nothing is left undecided.
    expect(await approveAssessmentAction({ assessmentId: id, expectedVersion: await version(id) })).toEqual({ ok: true, data: null });
  });
});

describe("reviewer drafts stay with the reviewer until the assessment is returned or approved", () => {
  it("while SUBMITTED the department's page data and history carry no reviewer level or comment", async () => {
    const id = await freshAssessment("draft");
    await submit(id);
    actAs(w.home.REVIEWER);
    await verifyResponseAction({ assessmentId: id, questionCode: CODE, verifiedLevel: 1, comment: DOWNGRADE });

    for (const u of [w.home.RESPONDENT, w.home.DEPT_ADMIN, w.home.OVERSIGHT]) {
      const view = await getQuestionnaireView(await actorOf(u), id);
      const json = JSON.stringify(view);
      expect(json).not.toContain(DOWNGRADE);
      for (const r of Object.values(view.responses)) {
        expect(r.verifiedLevel).toBeNull();
        expect(r.reviewerComment).toBe("");
        expect(r.review).toBeNull();
      }
    }
    actAs(w.home.DEPT_ADMIN);
    const history = await questionHistoryAction({ assessmentId: id, questionCode: CODE });
    expect(history.ok).toBe(true);
    expect(JSON.stringify(history)).not.toContain(DOWNGRADE);
    expect(history.ok && history.data.some((e) => e.action === "response.verified")).toBe(false);

    // …nor do the results page and the documents built from it (report.pdf, results.xlsx), nor answers.json.
    for (const u of [w.home.RESPONDENT, w.home.DEPT_ADMIN]) {
      const results = await getResultsView(await actorOf(u), id);
      expect(JSON.stringify(results)).not.toContain(DOWNGRADE);
      expect(results.questions.every((q) => q.verifiedLevel === null)).toBe(true);
      expect(results.verified).toBeNull();
      expect(JSON.stringify(await exportAnswers(await actorOf(u), id))).not.toContain(DOWNGRADE);
    }

    // The reviewer sees their own draft.
    const mine = await getQuestionnaireView(await actorOf(w.home.REVIEWER), id);
    expect(mine.responses[CODE]).toMatchObject({ verifiedLevel: 1, reviewerComment: DOWNGRADE });

    // Once returned, the department sees the decision.
    actAs(w.home.REVIEWER);
    await returnAssessmentAction({ assessmentId: id, expectedVersion: await version(id) });
    const after = await getQuestionnaireView(await actorOf(w.home.RESPONDENT), id);
    expect(after.responses[CODE]).toMatchObject({ verifiedLevel: 1, reviewerComment: DOWNGRADE });
    actAs(w.home.DEPT_ADMIN);
    const shown = await questionHistoryAction({ assessmentId: id, questionCode: CODE });
    expect(shown.ok && shown.data.some((e) => e.action === "response.verified")).toBe(true);
  });
});

describe("no silent overwrite of a cleared answer", () => {
  it("a stale save over a deliberately cleared answer is a conflict; a row made only for evidence is not", async () => {
    const dept = await db().orgUnit.create({
      data: { code: `RC-${Date.now()}`, nameZh: "清空测试部门", nameEn: "Clear dept", kind: "DEPARTMENT", parentId: w.units.K.id, path: "" },
    });
    await db().orgUnit.update({ where: { id: dept.id }, data: { path: `${w.units.K.path}${dept.id}/` } });
    await db().roleGrant.create({ data: { userId: w.home.RESPONDENT.id, role: "RESPONDENT", orgUnitId: dept.id } });
    await db().roleGrant.create({ data: { userId: w.home.DEPT_ADMIN.id, role: "DEPT_ADMIN", orgUnitId: dept.id } });
    const id = await startAssessment(w.home.DEPT_ADMIN, w.cycle.id, dept.id);

    actAs(w.home.RESPONDENT);
    expect(await saveResponseAction({ assessmentId: id, questionCode: CODE, expectedVersion: 0, answer: answer(2) })).toMatchObject({ ok: true, data: { version: 1 } });
    // The department admin clears the answer deliberately.
    actAs(w.home.DEPT_ADMIN);
    expect(await saveResponseAction({ assessmentId: id, questionCode: CODE, expectedVersion: 1, answer: answer(null) })).toMatchObject({ ok: true, data: { version: 2 } });
    // A respondent's stale tab, still at version 1, saves L4.
    actAs(w.home.RESPONDENT);
    const stale = await saveResponseAction({ assessmentId: id, questionCode: CODE, expectedVersion: 1, answer: answer(4) });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "responseConflict", details: { theirs: { version: 2, level: null } } });
    expect(await responseOf(id)).toMatchObject({ level: null, version: 2 });

    // Evidence first: the row it creates holds no answer, so the first save (version 0) is no conflict.
    expect((await addLinkEvidenceAction({ assessmentId: id, questionCode: "SUP.1.2", url: "https://example.gov.cn/a" })).ok).toBe(true);
    const holder = await responseOf(id, "SUP.1.2");
    expect(holder.evidenceOnly).toBe(true);
    expect(await saveResponseAction({ assessmentId: id, questionCode: "SUP.1.2", expectedVersion: 0, answer: answer(3) })).toMatchObject({ ok: true });
    expect(await responseOf(id, "SUP.1.2")).toMatchObject({ level: 3, evidenceOnly: false });
  });
});
