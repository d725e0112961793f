import { createHash } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  approveAssessmentAction,
  returnAssessmentAction,
  saveResponseAction,
  setTargetsAction,
  submitAssessmentAction,
  verifyResponseAction,
  questionHistoryAction,
} from "@/app/(app)/assessments/[id]/actions";
import { startAssessmentAction } from "@/app/(app)/assessments/actions";
import { db, disconnectDb } from "@/lib/db";
import { scoreAssessment } from "@/lib/scoring";
import { loadFramework } from "@/lib/data/framework-load";
import { readAnswers } from "@/lib/data/assessments/answers";
import { actAs, ROLES, type FixtureUser } from "./fixtures";
import { createAssessmentWorld, fillCompletely, FIRST_CODE, NA_CODE, NO_NA_CODE, startAssessment } from "./assessment-fixtures";

type World = Awaited<ReturnType<typeof createAssessmentWorld>>;
let w: World;
let id: string;

beforeAll(async () => {
  w = await createAssessmentWorld();
});
afterAll(() => disconnectDb());

const answer = (level: number | null, extra: Partial<{ na: boolean; naReason: string; note: string }> = {}) => ({
  level,
  na: false,
  naReason: "",
  note: "",
  ...extra,
});

async function version() {
  return (await db().assessment.findUniqueOrThrow({ where: { id } })).version;
}
async function status() {
  return (await db().assessment.findUniqueOrThrow({ where: { id } })).status;
}
async function setStatus(s: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED") {
  await db().assessment.update({ where: { id }, data: { status: s } });
}
async function responseCount() {
  return db().response.count({ where: { assessmentId: id } });
}

describe("starting an assessment", () => {
  it("one per department per cycle: starting twice resumes the same one", async () => {
    actAs(w.home.RESPONDENT);
    const a = await startAssessmentAction({ cycleId: w.cycle.id, orgUnitId: w.units.D.id });
    const b = await startAssessmentAction({ cycleId: w.cycle.id, orgUnitId: w.units.D.id });
    expect(a.ok && b.ok && a.data.assessmentId === b.data.assessmentId).toBe(true);
    expect(a.ok && a.data.created).toBe(true);
    expect(await db().assessment.count({ where: { cycleId: w.cycle.id, orgUnitId: w.units.D.id } })).toBe(1);
  });

  it.each([["REVIEWER"], ["OVERSIGHT"], ["SYS_ADMIN"], ["AUDITOR"]] as const)("is refused to %s", async (role) => {
    actAs(w.home[role]);
    expect(await startAssessmentAction({ cycleId: w.cycle.id, orgUnitId: w.units.D.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("is refused for another tenant's department (not found)", async () => {
    actAs(w.home.DEPT_ADMIN);
    expect(await startAssessmentAction({ cycleId: w.cycle.id, orgUnitId: w.units.E.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().assessment.count({ where: { orgUnitId: w.units.E.id } })).toBe(0);
  });
});

describe("saving answers", () => {
  beforeEach(async () => {
    id = await startAssessment(w.home.DEPT_ADMIN, w.cycle.id, w.units.D.id);
    await setStatus("DRAFT");
  });

  it("saves, versions and audits an answer; the next save names the new version", async () => {
    actAs(w.home.RESPONDENT);
    const before = await db().response.findFirst({ where: { assessmentId: id, question: { code: "SVC.1.1" } } });
    const v0 = before?.version ?? 0;
    const first = await saveResponseAction({ assessmentId: id, questionCode: "SVC.1.1", expectedVersion: v0, answer: answer(2, { note: "见附件" }) });
    expect(first).toMatchObject({ ok: true, data: { version: v0 + 1 } });
    const second = await saveResponseAction({ assessmentId: id, questionCode: "SVC.1.1", expectedVersion: v0 + 1, answer: answer(3) });
    expect(second).toMatchObject({ ok: true, data: { version: v0 + 2 } });
    const r = await db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code: "SVC.1.1" } } });
    const events = await db().auditEvent.findMany({ where: { entityId: r.id, action: "response.saved" }, orderBy: { id: "asc" } });
    expect(events.at(-1)!.before).toMatchObject({ level: 2, note: "见附件" });
    expect(events.at(-1)!.after).toMatchObject({ level: 3, note: null });
  });

  it("a stale version is a conflict carrying the other person's answer, and changes nothing", async () => {
    actAs(w.home.RESPONDENT);
    const r0 = await db().response.findFirst({ where: { assessmentId: id, question: { code: "SVC.1.2" } } });
    const v = r0?.version ?? 0;
    expect((await saveResponseAction({ assessmentId: id, questionCode: "SVC.1.2", expectedVersion: v, answer: answer(4) })).ok).toBe(true);
    actAs(w.home.DEPT_ADMIN);
    const res = await saveResponseAction({ assessmentId: id, questionCode: "SVC.1.2", expectedVersion: v, answer: answer(1) });
    expect(res).toMatchObject({
      ok: false,
      code: "CONFLICT",
      messageKey: "responseConflict",
      details: { theirs: { level: 4, version: v + 1, updatedByName: "home-respondent" } },
    });
    const r = await db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code: "SVC.1.2" } } });
    expect(r.level).toBe(4);
    // Answers to different questions never conflict.
    expect((await saveResponseAction({ assessmentId: id, questionCode: "SVC.1.3", expectedVersion: 0, answer: answer(2) })).ok).toBe(true);
  });

  it("two saves of the same version at once: exactly one wins", async () => {
    actAs(w.home.RESPONDENT);
    const code = "SVC.2.1";
    const v = (await db().response.findFirst({ where: { assessmentId: id, question: { code } } }))?.version ?? 0;
    const results = await Promise.all(
      [1, 2, 3, 4].map((level) => saveResponseAction({ assessmentId: id, questionCode: code, expectedVersion: v, answer: answer(level) })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "CONFLICT")).toHaveLength(3);
    expect((await db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code } } })).version).toBe(v + 1);
  });

  // Needs two database sessions at once: the embedded database runs the app on one pooled connection.
  it.skipIf(process.env.DATABASE_POOL_MAX === "1")("a save whose read saw a draft, while a submit holds the assessment: writes nothing once the submit commits, and lands if it rolls back", async () => {
    // The save reads without a lock and writes in one statement that re-checks the status under a shared lock on
    // the assessment (lib/data/assessments/responses.ts). Here a transaction on another connection plays a submit
    // caught between its lock and its commit, so the save's read sees DRAFT and its write must wait and look again.
    actAs(w.home.RESPONDENT);
    const code = "SVC.2.2";
    const stored = async () => db().response.findFirst({ where: { assessmentId: id, question: { code } } });
    const savedEvents = async () => db().auditEvent.count({ where: { action: "response.saved", entityId: (await stored())?.id ?? "none" } });
    expect((await saveResponseAction({ assessmentId: id, questionCode: code, expectedVersion: (await stored())?.version ?? 0, answer: answer(2) })).ok).toBe(true);
    const before = (await stored())!;
    const eventsBefore = await savedEvents();

    for (const outcome of ["COMMIT", "ROLLBACK"] as const) {
      const submit = new Client({ connectionString: process.env.DATABASE_URL });
      await submit.connect();
      try {
        await submit.query("BEGIN");
        await submit.query("SELECT id FROM assessment WHERE id = $1 FOR UPDATE", [id]);
        await submit.query("UPDATE assessment SET status = 'SUBMITTED' WHERE id = $1", [id]);
        const current = (await stored())!;
        const pending = saveResponseAction({ assessmentId: id, questionCode: code, expectedVersion: current.version, answer: answer(5, { note: outcome }) });
        await new Promise((r) => setTimeout(r, 300));
        await submit.query(outcome);
        const res = await pending;
        if (outcome === "COMMIT") {
          expect(res).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "assessmentLocked" });
          expect(await stored()).toMatchObject({ version: before.version, level: 2, note: null });
          expect(await savedEvents()).toBe(eventsBefore);
          await setStatus("DRAFT");
        } else {
          expect(res).toMatchObject({ ok: true, data: { version: before.version + 1 } });
          expect(await stored()).toMatchObject({ version: before.version + 1, level: 5, note: "ROLLBACK" });
          expect(await savedEvents()).toBe(eventsBefore + 1);
        }
      } finally {
        await submit.end();
      }
    }
    expect(await status()).toBe("DRAFT");
  });

  const bad: [string, unknown, string][] = [
    ["level 7", { level: 7, na: false, naReason: "", note: "" }, "levelRange"],
    ["level 0", { level: 0, na: false, naReason: "", note: "" }, "levelRange"],
    ["level as text", { level: "3", na: false, naReason: "", note: "" }, "levelRange"],
    ["N/A without a reason", { level: null, na: true, naReason: "  ", note: "" }, "naReasonRequired"],
    ["a 100,000-character note", { level: 2, na: false, naReason: "", note: "x".repeat(100_000) }, "tooLong"],
  ];
  it.each(bad)("refuses %s with a clear message and changes nothing", async (_name, ans, message) => {
    actAs(w.home.RESPONDENT);
    const before = await responseCount();
    const res = await saveResponseAction({ assessmentId: id, questionCode: NA_CODE, expectedVersion: 0, answer: ans as never });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!res.ok && res.issues?.map((i) => i.message)).toContain(message);
    expect(await responseCount()).toBe(before);
  });

  it("refuses N/A where the question does not allow it", async () => {
    actAs(w.home.RESPONDENT);
    const before = await responseCount();
    const res = await saveResponseAction({ assessmentId: id, questionCode: NO_NA_CODE, expectedVersion: 0, answer: answer(null, { na: true, naReason: "无此业务" }) });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", issues: [{ path: "na", message: "naNotAllowed" }] });
    expect(await responseCount()).toBe(before);
  });

  it("refuses an unknown question code", async () => {
    actAs(w.home.RESPONDENT);
    for (const questionCode of ["GOV.9.9", "NOPE", "'; DROP TABLE response; --"]) {
      const res = await saveResponseAction({ assessmentId: id, questionCode, expectedVersion: 0, answer: answer(2) });
      expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
    }
  });

  it.each(["REVIEWER", "OVERSIGHT", "SYS_ADMIN", "AUDITOR"] as const)("refuses %s writing answers", async (role) => {
    actAs(w.home[role]);
    const before = await responseCount();
    const res = await saveResponseAction({ assessmentId: id, questionCode: FIRST_CODE, expectedVersion: 0, answer: answer(5) });
    expect(res.ok).toBe(false);
    expect(!res.ok && ["FORBIDDEN", "NOT_FOUND"]).toContain(!res.ok && res.code);
    expect(await responseCount()).toBe(before);
  });

  it.each(ROLES)("refuses the other tenant's %s as not found (or forbidden by role)", async (role) => {
    actAs(w.other[role]);
    const res = await saveResponseAction({ assessmentId: id, questionCode: FIRST_CODE, expectedVersion: 0, answer: answer(5) });
    expect(res.ok).toBe(false);
    expect(!res.ok && ["FORBIDDEN", "NOT_FOUND"]).toContain(!res.ok && res.code);
  });

  it("refuses without a session", async () => {
    actAs(null);
    expect(await saveResponseAction({ assessmentId: id, questionCode: FIRST_CODE, expectedVersion: 0, answer: answer(5) })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });

  it.each(["SUBMITTED", "APPROVED"] as const)("refuses answers while %s", async (s) => {
    await setStatus(s);
    actAs(w.home.RESPONDENT);
    const res = await saveResponseAction({ assessmentId: id, questionCode: "MON.1.1", expectedVersion: 0, answer: answer(5) });
    expect(res).toMatchObject({ ok: false, code: "CONFLICT", messageKey: "assessmentLocked" });
    await setStatus("DRAFT");
  });
});

describe("the workflow: DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED", () => {
  let dept: { id: string };
  beforeAll(async () => {
    // A department of its own, so this sequence starts from a clean DRAFT.
    dept = await db().orgUnit.create({
      data: { code: `WF-${Date.now()}`, nameZh: "流程测试部门", nameEn: "Workflow dept", kind: "DEPARTMENT", parentId: w.units.K.id, path: "" },
    });
    await db().orgUnit.update({ where: { id: dept.id }, data: { path: `${w.units.K.path}${dept.id}/` } });
    await db().roleGrant.create({ data: { userId: w.home.DEPT_ADMIN.id, role: "DEPT_ADMIN", orgUnitId: dept.id } });
    await db().roleGrant.create({ data: { userId: w.home.RESPONDENT.id, role: "RESPONDENT", orgUnitId: dept.id } });
    id = await startAssessment(w.home.DEPT_ADMIN, w.cycle.id, dept.id);
  });

  const as = (u: FixtureUser) => actAs(u);

  it("refuses to submit an incomplete assessment, listing exactly what is missing", async () => {
    as(w.home.DEPT_ADMIN);
    const res = await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", messageKey: "incomplete" });
    expect(!res.ok && res.issues!.length).toBe(48);
    expect(!res.ok && res.issues![0]).toEqual({ path: FIRST_CODE, message: "missing.unanswered" });
    expect(await status()).toBe("DRAFT");
  });

  it("refuses review moves from DRAFT", async () => {
    as(w.home.REVIEWER);
    expect(await approveAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await returnAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await status()).toBe("DRAFT");
  });

  it("asks for evidence on levels at or above evidenceFromLevel", async () => {
    await fillCompletely(id, 2);
    const q = await db().question.findFirstOrThrow({ where: { code: "GOV.1.1", indicator: { dimension: { frameworkVersionId: w.cycle.frameworkVersionId } } } });
    const r = await db().response.findFirstOrThrow({ where: { assessmentId: id, questionId: q.id } });
    await db().response.update({ where: { id: r.id }, data: { level: 5 } });
    await db().evidence.deleteMany({ where: { responseId: r.id } });
    as(w.home.DEPT_ADMIN);
    const res = await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() });
    expect(!res.ok && res.issues).toEqual([{ path: "GOV.1.1", message: "missing.evidence" }]);
    await db().evidence.create({ data: { responseId: r.id, kind: "TEXT", text: "已印发实施方案" } });
  });

  it("refuses submit by a reviewer, oversight, the other tenant — and while incomplete, by anyone", async () => {
    for (const u of [w.home.REVIEWER, w.home.OVERSIGHT, w.home.SYS_ADMIN, w.other.DEPT_ADMIN, w.other.RESPONDENT]) {
      as(u);
      const res = await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() });
      expect(res.ok).toBe(false);
    }
    expect(await status()).toBe("DRAFT");
  });

  it("sets targets (DEPT_ADMIN only, known dimensions only)", async () => {
    as(w.home.DEPT_ADMIN);
    expect(await setTargetsAction({ assessmentId: id, expectedVersion: await version(), targets: { GOV: 3, XXX: 2 } })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await setTargetsAction({ assessmentId: id, expectedVersion: await version(), targets: { GOV: 9 } })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect((await setTargetsAction({ assessmentId: id, expectedVersion: await version(), targets: { GOV: 4, MON: 3 } })).ok).toBe(true);
    as(w.home.RESPONDENT);
    expect(await setTargetsAction({ assessmentId: id, expectedVersion: await version(), targets: { GOV: 2 } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("submits a complete assessment: DRAFT → SUBMITTED, audited", async () => {
    as(w.home.DEPT_ADMIN);
    expect(await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toEqual({ ok: true, data: null });
    expect(await status()).toBe("SUBMITTED");
    expect(await db().auditEvent.count({ where: { entityId: id, action: "assessment.submitted" } })).toBe(1);
    expect(await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      messageKey: "invalidTransition",
    });
  });

  it("verified levels: only a reviewer of the scope, never of their own department, only while SUBMITTED", async () => {
    as(w.home.DEPT_ADMIN);
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "GOV.1.2", verifiedLevel: 1, comment: "" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    as(w.other.REVIEWER);
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "GOV.1.2", verifiedLevel: 1, comment: "" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A reviewer who also belongs to the department may not review it.
    const insider = w.home.REVIEWER;
    const grant = await db().roleGrant.create({ data: { userId: insider.id, role: "RESPONDENT", orgUnitId: dept.id } });
    as(insider);
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "GOV.1.2", verifiedLevel: 1, comment: "" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await db().roleGrant.delete({ where: { id: grant.id } });
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "GOV.1.2", verifiedLevel: 7 as never, comment: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "GOV.1.2", verifiedLevel: 1, comment: "制度未印发，仅有草稿。" })).toEqual({ ok: true, data: null });
  });

  it("returns with comments: SUBMITTED → RETURNED; the department can edit again and resubmit", async () => {
    as(w.home.REVIEWER);
    expect(await returnAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toEqual({ ok: true, data: null });
    expect(await status()).toBe("RETURNED");
    as(w.home.RESPONDENT);
    const r = await db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code: "GOV.1.2" } } });
    expect(r.reviewerComment).toBe("制度未印发，仅有草稿。");
    expect((await saveResponseAction({ assessmentId: id, questionCode: "GOV.1.2", expectedVersion: r.version, answer: answer(1) })).ok).toBe(true);
    as(w.home.REVIEWER);
    expect(await approveAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toMatchObject({ ok: false, code: "CONFLICT" });
    as(w.home.DEPT_ADMIN);
    expect(await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toEqual({ ok: true, data: null });
    expect(await status()).toBe("SUBMITTED");
  });

  it("a submit racing an approve, and two approves at once, leave one consistent outcome", async () => {
    as(w.home.REVIEWER);
    // GOV.1.2 changed after its review: approval needs a fresh decision on it first (issue 16).
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "GOV.1.2", verifiedLevel: 1, comment: "已按意见调整。" })).toEqual({ ok: true, data: null });
    const v = await version();
    const results = await Promise.all([
      approveAssessmentAction({ assessmentId: id, expectedVersion: v }),
      approveAssessmentAction({ assessmentId: id, expectedVersion: v }),
      returnAssessmentAction({ assessmentId: id, expectedVersion: v }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const final = await status();
    expect(["APPROVED", "RETURNED"]).toContain(final);
    const snapshots = await db().scoreSnapshot.count({ where: { assessmentId: id } });
    expect(snapshots).toBe(final === "APPROVED" ? 1 : 0);
    if (final === "RETURNED") {
      as(w.home.DEPT_ADMIN);
      expect((await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() })).ok).toBe(true);
      as(w.home.REVIEWER);
      expect((await approveAssessmentAction({ assessmentId: id, expectedVersion: await version() })).ok).toBe(true);
    }
  });

  it("approval locks everything and stores self and verified scores equal to scoreAssessment on the stored answers", async () => {
    expect(await status()).toBe("APPROVED");
    const snap = await db().scoreSnapshot.findFirstOrThrow({ where: { assessmentId: id } });
    const a = await db().assessment.findUniqueOrThrow({ where: { id } });
    const fw = await loadFramework(w.cycle.frameworkVersionId);
    const { scoring } = await readAnswers(db(), id, fw);
    const targets = a.targets as Record<string, 1 | 2 | 3 | 4 | 5>;
    expect(snap.formulaVersion).toBe("1.0");
    expect(snap.result).toEqual(
      JSON.parse(
        JSON.stringify({
          self: scoreAssessment(fw.framework, scoring, { targets, basis: "self" }),
          verified: scoreAssessment(fw.framework, scoring, { targets, basis: "verified" }),
        }),
      ),
    );
    const result = snap.result as { self: { overall: { index: number } }; verified: { overall: { index: number } } };
    expect(result.verified.overall.index).toBeLessThanOrEqual(result.self.overall.index);

    // The audit event names the snapshot and a digest of its result, never the scores (the auditor sees no scores).
    const approved = await db().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "assessment.approved" } });
    const digest = createHash("sha256")
      .update(
        JSON.stringify({
          self: scoreAssessment(fw.framework, scoring, { targets, basis: "self" }),
          verified: scoreAssessment(fw.framework, scoring, { targets, basis: "verified" }),
        }),
      )
      .digest("hex");
    expect(approved.after).toEqual({ status: "APPROVED", snapshotId: snap.id, resultSha256: digest });

    for (const u of [w.home.RESPONDENT, w.home.DEPT_ADMIN]) {
      as(u);
      expect(await saveResponseAction({ assessmentId: id, questionCode: "GOV.2.1", expectedVersion: 99, answer: answer(5) })).toMatchObject({ ok: false });
    }
    as(w.home.REVIEWER);
    expect(await verifyResponseAction({ assessmentId: id, questionCode: "GOV.2.1", verifiedLevel: 5, comment: "" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await returnAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("shows each question's change history to DEPT_ADMIN and REVIEWER only", async () => {
    as(w.home.DEPT_ADMIN);
    const res = await questionHistoryAction({ assessmentId: id, questionCode: "GOV.1.2" });
    expect(res.ok).toBe(true);
    const entries = res.ok ? res.data : [];
    expect(entries.map((e) => e.action)).toEqual(["response.verified", "response.saved", "response.verified"]);
    expect(entries[1]).toMatchObject({ by: "home-respondent", before: { level: 2 }, after: { level: 1 } });
    as(w.home.REVIEWER);
    expect((await questionHistoryAction({ assessmentId: id, questionCode: "GOV.1.2" })).ok).toBe(true);
    for (const u of [w.home.RESPONDENT, w.home.OVERSIGHT, w.other.REVIEWER]) {
      as(u);
      expect((await questionHistoryAction({ assessmentId: id, questionCode: "GOV.1.2" })).ok).toBe(false);
    }
  });
});

describe("a changed answer needs verifying afresh", () => {
  it("clears the verified level when the level changes, keeps it when only the note changes", async () => {
    const w2 = await createAssessmentWorld();
    const aid = await startAssessment(w2.home.DEPT_ADMIN, w2.cycle.id, w2.units.D.id);
    actAs(w2.home.RESPONDENT);
    const first = await saveResponseAction({ assessmentId: aid, questionCode: "MON.1.1", expectedVersion: 0, answer: answer(3) });
    const r = await db().response.findFirstOrThrow({ where: { assessmentId: aid, question: { code: "MON.1.1" } } });
    await db().response.update({ where: { id: r.id }, data: { verifiedLevel: 3, reviewerComment: "请补充材料" } });
    const noteOnly = await saveResponseAction({ assessmentId: aid, questionCode: "MON.1.1", expectedVersion: first.ok ? first.data.version : 0, answer: answer(3, { note: "已补充" }) });
    expect((await db().response.findUniqueOrThrow({ where: { id: r.id } })).verifiedLevel).toBe(3);
    await saveResponseAction({ assessmentId: aid, questionCode: "MON.1.1", expectedVersion: noteOnly.ok ? noteOnly.data.version : 0, answer: answer(2, { note: "已补充" }) });
    const after = await db().response.findUniqueOrThrow({ where: { id: r.id } });
    expect(after.verifiedLevel).toBeNull();
    expect(after.reviewerComment).toBe("请补充材料");
  });
});
