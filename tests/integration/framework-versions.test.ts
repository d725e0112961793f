import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveAssessmentAction, saveResponseAction, submitAssessmentAction } from "@/app/(app)/assessments/[id]/actions";
import { markCriteriaAction, saveProfileAction } from "@/app/(app)/assessments/[id]/profile-actions";
import { getQuestionnaireView } from "@/lib/data/assessments/view";
import { ensureFrameworkPublished } from "@/lib/data/framework-store";
import { ensureFramework2Published } from "@/lib/data/seed-framework2";
import { db, disconnectDb } from "@/lib/db";
import { allQuestions, defaultFramework, evaluateProfile, framework2, type Framework } from "@/lib/framework";
import { scoreAssessment, type AnswersInput, type ScoreResult } from "@/lib/scoring";
import { actAs, type FixtureUser } from "./fixtures";
import { actorOf, createAssessmentWorld, fillCompletely, startAssessment } from "./assessment-fixtures";

type World = Awaited<ReturnType<typeof createAssessmentWorld>>;
let w: World;
afterAll(() => disconnectDb());
beforeAll(async () => {
  w = await createAssessmentWorld();
});

/** "No AI in production, staff use external tools only". */
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

/** What the questionnaire shows: the engine on the stored answers, under the stored profile. */
async function shownScore(user: FixtureUser, assessmentId: string): Promise<ScoreResult> {
  const view = await getQuestionnaireView(await actorOf(user), assessmentId);
  const answers: AnswersInput = Object.fromEntries(
    Object.entries(view.responses).map(([code, r]) => [
      code,
      { level: (r.level ?? undefined) as 1 | 2 | 3 | 4 | 5 | undefined, na: r.na, evidence: r.evidence.length },
    ]),
  );
  const notApplicable = Object.keys(evaluateProfile(view.framework.profile, view.profile.answers).notApplicable);
  return scoreAssessment(view.framework, answers, { basis: "self", notApplicable });
}

async function cycleOn(framework: Framework) {
  const fw = await ensureFrameworkPublished(framework);
  return db().assessmentCycle.create({
    data: {
      nameZh: `版本测试 ${framework.version} ${randomBytes(3).toString("hex")}`,
      nameEn: "Version test",
      year: 2026,
      opensOn: new Date("2026-01-01"),
      closesOn: new Date("2026-12-31"),
      frameworkVersionId: fw.id,
      status: "OPEN",
    },
  });
}

async function submitAndApprove(assessmentId: string) {
  const v = (await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).version;
  actAs(w.home.RESPONDENT);
  expect(await submitAssessmentAction({ assessmentId, expectedVersion: v })).toMatchObject({ ok: true });
  actAs(w.home.REVIEWER);
  expect(await approveAssessmentAction({ assessmentId, expectedVersion: v + 1 })).toMatchObject({ ok: true });
  const snap = await db().scoreSnapshot.findFirstOrThrow({ where: { assessmentId }, orderBy: { computedAt: "desc" } });
  return snap.result as unknown as { self: ScoreResult; verified: ScoreResult };
}

describe("framework versions", () => {
  it("a 1.0 assessment opened after 2.0 is published still shows exactly its old scores", async () => {
    const id = await startAssessment(w.home.RESPONDENT, w.cycle.id, w.units.D.id);
    await fillCompletely(id, 3);
    // Vary the levels so the scores are not trivially equal.
    const qs = await db().response.findMany({ where: { assessmentId: id }, include: { question: true }, orderBy: { question: { code: "asc" } } });
    for (const [i, r] of qs.entries()) if (i % 4 === 0) await db().response.update({ where: { id: r.id }, data: { level: 2 } });
    const shownBefore = await shownScore(w.home.RESPONDENT, id);
    const stored = await submitAndApprove(id);
    expect(stored.self.overall).toEqual(shownBefore.overall);

    await ensureFramework2Published();
    const view = await getQuestionnaireView(await actorOf(w.home.RESPONDENT), id);
    expect(view.framework.version).toBe("1.0");
    expect(allQuestions(view.framework).map((q) => q.code)).toEqual(allQuestions(defaultFramework).map((q) => q.code));
    expect(view.framework.profile).toBeUndefined();
    expect(view.snapshot?.self).toEqual(stored.self);
    expect(view.snapshot?.verified).toEqual(stored.verified);
    expect(await shownScore(w.home.RESPONDENT, id)).toEqual(shownBefore);
  });

  describe("a 2.0 assessment under the profile 'no AI in production, staff use external tools only'", () => {
    let id: string;
    const na = Object.keys(evaluateProfile(framework2.profile, EXTERNAL_TOOLS_ONLY).notApplicable);

    beforeAll(async () => {
      id = await startAssessment(w.home.RESPONDENT, (await cycleOn(framework2)).id, w.units.D.id);
    });

    it("refuses the profile to other roles, other tenants and no session, changing nothing", async () => {
      const input = { assessmentId: id, expectedVersion: 0, answers: EXTERNAL_TOOLS_ONLY };
      for (const [user, code] of [
        [w.home.REVIEWER, "FORBIDDEN"],
        [w.home.OVERSIGHT, "FORBIDDEN"],
        [w.home.SYS_ADMIN, "FORBIDDEN"],
        [w.home.AUDITOR, "FORBIDDEN"],
        [w.other.RESPONDENT, "NOT_FOUND"],
        [w.other.DEPT_ADMIN, "NOT_FOUND"],
      ] as const) {
        actAs(user);
        const res = await saveProfileAction(input);
        expect(res.ok, user.email).toBe(false);
        if (!res.ok) expect(res.code, user.email).toBe(code);
      }
      actAs(null);
      expect((await saveProfileAction(input)).ok).toBe(false);
      expect(await db().assessmentProfile.count({ where: { assessmentId: id } })).toBe(0);
    });

    it("refuses an unknown profile question or option, changing nothing", async () => {
      actAs(w.home.RESPONDENT);
      expect(await saveProfileAction({ assessmentId: id, expectedVersion: 0, answers: { production: "maybe" } })).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(await saveProfileAction({ assessmentId: id, expectedVersion: 0, answers: { nonsense: "yes" } })).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(await db().assessmentProfile.count({ where: { assessmentId: id } })).toBe(0);
    });

    it("makes the right questions N/A with the profile as the reason and scores only the rest", async () => {
      expect(na.sort()).toEqual(
        ["GOV.2.2", "GOV.3.2", "MON.1.1", "MON.1.2", "MON.1.3", "MON.2.1", "MON.2.2", "SUP.2.2", "SUP.3.4", "SUP.4.2", "SUP.4.3", "SVC.1.1", "SVC.1.3", "SVC.2.1", "SVC.2.2", "SVC.2.3", "SVC.3.1"].sort(),
      );
      actAs(w.home.RESPONDENT);
      expect(await saveProfileAction({ assessmentId: id, expectedVersion: 0, answers: EXTERNAL_TOOLS_ONLY })).toMatchObject({ ok: true, data: { version: 1 } });
      // Every applicable question at L3, every profile-N/A question answered L1 before the profile was known:
      // if N/A were not honoured, the L1 answers would pull the index below 50.
      await fillCompletely(id, 3);
      const naIds = (await db().question.findMany({ where: { code: { in: na }, indicator: { dimension: { frameworkVersion: { version: "2.0" } } } } })).map((q) => q.id);
      expect(naIds).toHaveLength(na.length);
      await db().response.updateMany({ where: { assessmentId: id, questionId: { in: naIds } }, data: { level: 1 } });
      const responses = await db().response.count({ where: { assessmentId: id } });

      const shown = await shownScore(w.home.RESPONDENT, id);
      expect(shown.overall.index).toBe(50);
      expect(shown.overall.completion).toBe(1);
      // An indicator whose questions are all N/A by profile has no index (MON.1, MON.2; SVC.2).
      expect(shown.indicators.filter((i) => i.index === null).map((i) => i.code).sort()).toEqual(["MON.1", "MON.2", "SVC.2"]);
      expect(shown.actions.some((a) => na.includes(a.question))).toBe(false);

      const view = await getQuestionnaireView(await actorOf(w.home.RESPONDENT), id);
      const outcome = evaluateProfile(view.framework.profile, view.profile.answers);
      expect(outcome.notApplicable["MON.1.2"]![0]!.reason["zh-CN"]).toContain("没有在生产环境运行的人工智能应用");
      expect(view.framework.dimensions[0]!.indicators[0]!.questions[0]!.criteria?.["3"].length).toBeGreaterThan(0);

      const stored = await submitAndApprove(id);
      expect(stored.self.overall.index).toBe(50);
      expect(stored.self.overall.completion).toBe(1);
      expect(await db().response.count({ where: { assessmentId: id } })).toBe(responses);
    });

    it("changing the profile re-evaluates and never deletes answers", async () => {
      // A second 2.0 cycle gives the same department a fresh assessment.
      const a2 = { id: await startAssessment(w.home.RESPONDENT, (await cycleOn(framework2)).id, w.units.D.id) };
      actAs(w.home.RESPONDENT);
      await fillCompletely(a2.id, 3);
      await db().response.updateMany({ where: { assessmentId: a2.id, question: { code: { in: na } } }, data: { level: 1 } });
      const count = await db().response.count({ where: { assessmentId: a2.id } });

      expect(await saveProfileAction({ assessmentId: a2.id, expectedVersion: 0, answers: EXTERNAL_TOOLS_ONLY })).toMatchObject({ ok: true });
      expect((await shownScore(w.home.RESPONDENT, a2.id)).overall.index).toBe(50);
      // A stale version is refused.
      expect(await saveProfileAction({ assessmentId: a2.id, expectedVersion: 0, answers: { ...EXTERNAL_TOOLS_ONLY, production: "yes" } })).toMatchObject({ ok: false, code: "CONFLICT" });
      expect(await saveProfileAction({ assessmentId: a2.id, expectedVersion: 1, answers: { ...EXTERNAL_TOOLS_ONLY, production: "yes" } })).toMatchObject({ ok: true, data: { version: 2 } });
      const withProduction = await shownScore(w.home.RESPONDENT, a2.id);
      expect(withProduction.overall.index).toBeLessThan(50);
      expect(await db().response.count({ where: { assessmentId: a2.id } })).toBe(count);
      expect(await saveProfileAction({ assessmentId: a2.id, expectedVersion: 2, answers: EXTERNAL_TOOLS_ONLY })).toMatchObject({ ok: true });
      expect((await shownScore(w.home.RESPONDENT, a2.id)).overall.index).toBe(50);
      expect(await db().response.count({ where: { assessmentId: a2.id } })).toBe(count);
      const events = await db().auditEvent.count({ where: { entityId: a2.id, action: "assessment.profile_saved" } });
      expect(events).toBe(3);
    });

    it("lets only a reviewer mark the criteria the evidence shows, and only the question's own criteria", async () => {
      const v = (await db().assessment.findUniqueOrThrow({ where: { id } })).version;
      // Back under review for this check.
      await db().assessment.update({ where: { id }, data: { status: "SUBMITTED", version: v + 1 } });
      const q = framework2.dimensions[0]!.indicators[0]!.questions[0]!;
      const own = [q.criteria!["2"][0]!.id, q.criteria!["3"][0]!.id];
      actAs(w.home.RESPONDENT);
      expect((await markCriteriaAction({ assessmentId: id, questionCode: q.code, criteria: own })).ok).toBe(false);
      actAs(w.other.REVIEWER);
      expect(await markCriteriaAction({ assessmentId: id, questionCode: q.code, criteria: own })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      actAs(w.home.REVIEWER);
      expect(await markCriteriaAction({ assessmentId: id, questionCode: q.code, criteria: ["monitor-owner"] })).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(await markCriteriaAction({ assessmentId: id, questionCode: q.code, criteria: [...own].reverse() })).toMatchObject({ ok: true, data: { criteria: own } });
      const view = await getQuestionnaireView(await actorOf(w.home.REVIEWER), id);
      expect(view.responses[q.code]!.criteriaMet).toEqual(own);
    });
  });
});
