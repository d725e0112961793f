import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regeneratePlanAction, updatePlanItemAction } from "@/app/(app)/assessments/[id]/results/actions";
import { openPriorPlanItems, listOverduePlanItems } from "@/lib/data/results/plan";
import { getResultsView } from "@/lib/data/results/view";
import { ensureFrameworkPublished } from "@/lib/data/framework-store";
import { db, disconnectDb } from "@/lib/db";
import { defaultFramework, framework2 } from "@/lib/framework";
import type { ScoreResult } from "@/lib/scoring";
import { actAs } from "./fixtures";
import { actorOf, dayFromToday, startAssessment } from "./assessment-fixtures";
import { createApprovedWorld, createLaterCycle, fillVaried, stateOf } from "./results-fixtures";
import { approveAssessmentAction, submitAssessmentAction } from "@/app/(app)/assessments/[id]/actions";

/** The improvement plan: created by the approval, edited and audited, regenerated keeping edits, shown next cycle. */

let w: Awaited<ReturnType<typeof createApprovedWorld>>;
let verified: ScoreResult;
let next: string;
beforeAll(async () => {
  w = await createApprovedWorld();
  const s = await db().scoreSnapshot.findFirstOrThrow({ where: { assessmentId: w.assessmentId } });
  verified = (s.result as unknown as { verified: ScoreResult }).verified;
});
afterAll(() => disconnectDb());

const items = () => db().planItem.findMany({ where: { assessmentId: w.assessmentId }, orderBy: { position: "asc" } });
const fields = { ownerName: "综合处 王五", ownerUserId: "", dueOn: "2026-03-31", status: "IN_PROGRESS" as const, rejectReason: "", progressNote: "已起草制度文本。" };

describe("the plan created on approval", () => {
  it("has one item per engine action of the verified result, in priority order", async () => {
    const rows = await items();
    expect(rows.map((r) => `${r.questionCode}@${r.fromLevel}→${r.toLevel}:${r.phase}`)).toEqual(
      verified.actions.map((a) => `${a.question}@${a.from}→${a.to}:${a.phase}`),
    );
    expect(rows.every((r) => r.status === "NOT_STARTED")).toBe(true);
  });

  it("is what the results page shows, with the snapshot's numbers", async () => {
    const view = await getResultsView(await actorOf(w.home.OVERSIGHT), w.assessmentId);
    expect(view.provisional).toBe(false);
    expect(view.main.overall.index).toBe(verified.overall.index);
    expect(view.plan.map((p) => p.questionCode)).toEqual(verified.actions.map((a) => a.question));
    expect(view.plan[0]!.action["zh-CN"].length).toBeGreaterThan(4);
    expect(view.permissions.editPlan).toBe(false);
  });
});

describe("editing a plan item", () => {
  it("saves owner, due date, status and note for the department admin, with an audit event", async () => {
    const [first] = await items();
    const before = await db().auditEvent.count({ where: { action: "plan_item.updated", entityId: first!.id } });
    actAs(w.home.DEPT_ADMIN);
    const res = await updatePlanItemAction({ itemId: first!.id, expectedVersion: first!.version, fields });
    expect(res).toMatchObject({ ok: true, data: { ownerName: "综合处 王五", dueOn: "2026-03-31", status: "IN_PROGRESS", version: first!.version + 1 } });
    expect(await db().auditEvent.count({ where: { action: "plan_item.updated", entityId: first!.id } })).toBe(before + 1);
  });

  it("assigns a user of the department by id, and refuses a user of another department", async () => {
    const [, second] = await items();
    actAs(w.home.DEPT_ADMIN);
    const ok = await updatePlanItemAction({ itemId: second!.id, expectedVersion: second!.version, fields: { ...fields, ownerName: "", ownerUserId: w.home.RESPONDENT.id } });
    expect(ok).toMatchObject({ ok: true, data: { ownerUserId: w.home.RESPONDENT.id, ownerName: "home-respondent" } });
    const again = (await items())[1]!;
    const before = await stateOf(w.assessmentId);
    const bad = await updatePlanItemAction({ itemId: again.id, expectedVersion: again.version, fields: { ...fields, ownerUserId: w.other.RESPONDENT.id } });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await stateOf(w.assessmentId)).toBe(before);
  });

  it("refuses a stale version, 不采纳 without a reason, a bad date, and changes nothing", async () => {
    const [first] = await items();
    actAs(w.home.DEPT_ADMIN);
    const before = await stateOf(w.assessmentId);
    expect(await updatePlanItemAction({ itemId: first!.id, expectedVersion: first!.version - 1, fields })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await updatePlanItemAction({ itemId: first!.id, expectedVersion: first!.version, fields: { ...fields, status: "REJECTED" } })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await updatePlanItemAction({ itemId: first!.id, expectedVersion: first!.version, fields: { ...fields, dueOn: "2026-02-30" } })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await updatePlanItemAction({ itemId: first!.id, expectedVersion: first!.version, fields: { ...fields, status: "LATER" as never } })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await stateOf(w.assessmentId)).toBe(before);
  });

  it("accepts 不采纳 with a reason", async () => {
    const [, , third] = await items();
    actAs(w.home.DEPT_ADMIN);
    const res = await updatePlanItemAction({ itemId: third!.id, expectedVersion: third!.version, fields: { ...fields, status: "REJECTED", rejectReason: "已由上级统一部署。" } });
    expect(res).toMatchObject({ ok: true, data: { status: "REJECTED", rejectReason: "已由上级统一部署。" } });
  });
});

describe("regenerating", () => {
  it("keeps edited items, restores removed unedited ones and audits", async () => {
    const edited = (await items()).filter((r) => r.status !== "NOT_STARTED").map((r) => ({ id: r.id, owner: r.ownerName, status: r.status }));
    const last = (await items()).at(-1)!;
    await db().planItem.delete({ where: { id: last.id } });
    actAs(w.home.DEPT_ADMIN);
    const audited = () => db().auditEvent.count({ where: { action: "plan.regenerated", entityId: w.assessmentId } });
    const before = await audited();
    const res = await regeneratePlanAction({ assessmentId: w.assessmentId });
    expect(res).toMatchObject({ ok: true, data: { created: 1, removed: 0 } });
    expect(await audited()).toBe(before + 1);
    const after = await items();
    expect(after).toHaveLength(verified.actions.length);
    for (const e of edited) expect(after.find((r) => r.id === e.id)).toMatchObject({ ownerName: e.owner, status: e.status });
  });
});

describe("next cycle and home page", () => {
  it("shows last cycle's open items on the new questionnaire, not the done or rejected ones", async () => {
    const later = await createLaterCycle(w.cycle.frameworkVersionId);
    next = await startAssessment(w.home.DEPT_ADMIN, later.id, w.units.D.id);
    const prior = await openPriorPlanItems(await actorOf(w.home.RESPONDENT), next);
    const open = (await items()).filter((r) => r.status === "NOT_STARTED" || r.status === "IN_PROGRESS");
    expect(Object.keys(prior).sort()).toEqual([...new Set(open.map((r) => r.questionCode))].sort());
    const inProgress = (await items()).find((r) => r.status === "IN_PROGRESS")!;
    expect(prior[inProgress.questionCode]).toMatchObject({ status: "IN_PROGRESS", fromLevel: inProgress.fromLevel });
    await expect(openPriorPlanItems(await actorOf(w.other.RESPONDENT), next)).rejects.toThrow();
  });

  it("lists overdue open items for the department's people only", async () => {
    const mine = await listOverduePlanItems(await actorOf(w.home.DEPT_ADMIN));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((i) => i.dueOn < new Date().toISOString().slice(0, 10))).toBe(true);
    expect(await listOverduePlanItems(await actorOf(w.other.DEPT_ADMIN))).toEqual([]);
    expect(await listOverduePlanItems(await actorOf(w.home.AUDITOR))).toEqual([]);
  });
});

describe("progress since the previous approved assessment", () => {
  it("is absent before there is one, and then per dimension and overall: then, now", async () => {
    const first = await getResultsView(await actorOf(w.home.DEPT_ADMIN), w.assessmentId);
    expect(first.progress).toBeNull();

    // The next cycle's draft: provisional (self basis), compared with the first approval.
    await db().response.deleteMany({ where: { assessmentId: next } });
    await fillVaried(next);
    const draft = await getResultsView(await actorOf(w.home.RESPONDENT), next);
    expect(draft.provisional).toBe(true);
    expect(draft.verified).toBeNull();
    expect(draft.progress).toMatchObject({ sameFrameworkVersion: true, overall: { then: verified.overall.index, now: draft.self.overall.index } });
    expect(draft.progress!.dimensions.map((d) => d.then)).toEqual(verified.dimensions.map((d) => d.index));

    const version = async () => (await db().assessment.findUniqueOrThrow({ where: { id: next } })).version;
    actAs(w.home.DEPT_ADMIN);
    expect(await submitAssessmentAction({ assessmentId: next, expectedVersion: await version() })).toMatchObject({ ok: true });
    actAs(w.home.REVIEWER);
    expect(await approveAssessmentAction({ assessmentId: next, expectedVersion: await version() })).toMatchObject({ ok: true });
    const approved = await getResultsView(await actorOf(w.home.OVERSIGHT), next);
    expect(approved.progress!.overall).toEqual({ then: verified.overall.index, now: approved.verified!.overall.index });
  });

  it("compares with an approval on another framework version by dimension code, and says the versions differ", async () => {
    const fw2 = await ensureFrameworkPublished(framework2);
    const cycle = await db().assessmentCycle.create({
      data: { nameZh: `2.0 周期 ${w.cycle.id.slice(0, 6)}`, nameEn: "2.0 cycle", year: 2027, opensOn: dayFromToday(-10), closesOn: dayFromToday(300), frameworkVersionId: fw2.id, status: "OPEN" },
    });
    const on2 = await startAssessment(w.home.DEPT_ADMIN, cycle.id, w.units.D.id);
    await fillVaried(on2);
    const view = await getResultsView(await actorOf(w.home.DEPT_ADMIN), on2);
    const previous = (await db().scoreSnapshot.findFirstOrThrow({ where: { assessmentId: next }, orderBy: { computedAt: "desc" } })).result as unknown as {
      verified: ScoreResult;
    };
    expect(view.progress).toMatchObject({ sameFrameworkVersion: false, overall: { then: previous.verified.overall.index, now: view.self.overall.index } });
    // Said with the framework's name and version, not its code.
    expect(view.progress!.previousFrameworkLabel).toEqual({ "zh-CN": `${defaultFramework.name["zh-CN"]} ${defaultFramework.version}`, en: `${defaultFramework.name.en} ${defaultFramework.version}` });
    for (const d of view.progress!.dimensions) {
      expect(d.then).toBe(previous.verified.dimensions.find((x) => x.code === d.code)?.index ?? null);
    }
    expect(view.progress!.dimensions.some((d) => d.then !== null)).toBe(true);
  });
});
