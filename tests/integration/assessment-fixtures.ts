import { randomBytes } from "node:crypto";
import { ensureFrameworkPublished } from "@/lib/data/framework-store";
import { db } from "@/lib/db";
import { allQuestions, defaultFramework } from "@/lib/framework";
import { startOrResumeAssessment } from "@/lib/data/assessments/workflow";
import { checkSession } from "@/lib/data/sessions";
import { createWorld, type FixtureUser } from "./fixtures";

const meta = { ip: null, userAgent: null };

export function dayFromToday(days: number): Date {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** An open cycle on the default framework, with a world of users around department D. */
export async function createAssessmentWorld() {
  const w = await createWorld();
  const fw = await ensureFrameworkPublished(defaultFramework);
  const cycle = await db().assessmentCycle.create({
    data: {
      nameZh: `测试周期 ${randomBytes(3).toString("hex")}`,
      nameEn: "Test cycle",
      year: 2026,
      // Open around today, whatever day the suite runs: the server enforces the cycle's window (issue 16).
      opensOn: dayFromToday(-60),
      closesOn: dayFromToday(300),
      frameworkVersionId: fw.id,
      status: "OPEN",
    },
  });
  return { ...w, cycle };
}

export async function actorOf(user: FixtureUser) {
  const check = await checkSession(user.sessionId, user.id);
  if (!check.ok) throw new Error(`fixture session not valid: ${check.reason}`);
  return check.actor;
}

/** Starts an assessment for a department as one of its users. */
export async function startAssessment(user: FixtureUser, cycleId: string, orgUnitId: string) {
  return (await startOrResumeAssessment(await actorOf(user), { cycleId, orgUnitId }, meta)).assessmentId;
}

/** Writes a complete, submittable set of answers directly (the UI journey is tested end to end). */
export async function fillCompletely(assessmentId: string, level = 2) {
  const a = await db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, include: { cycle: true } });
  const questions = await db().question.findMany({
    where: { indicator: { dimension: { frameworkVersionId: a.cycle.frameworkVersionId } } },
  });
  for (const q of questions) {
    const r = await db().response.upsert({
      where: { assessmentId_questionId: { assessmentId, questionId: q.id } },
      create: { assessmentId, questionId: q.id, level },
      update: { level, na: false, naReason: null },
    });
    if (level >= q.evidenceFromLevel && (await db().evidence.count({ where: { responseId: r.id } })) === 0) {
      await db().evidence.create({ data: { responseId: r.id, kind: "LINK", url: "https://example.gov.cn/doc" } });
    }
  }
  return questions.length;
}

export const QUESTION_COUNT = allQuestions(defaultFramework).length;
export const FIRST_CODE = allQuestions(defaultFramework)[0]!.code;
export const NA_CODE = allQuestions(defaultFramework).find((q) => q.allowNA)!.code;
export const NO_NA_CODE = allQuestions(defaultFramework).find((q) => !q.allowNA)!.code;
