import { randomBytes } from "node:crypto";
import { approveAssessmentAction, submitAssessmentAction, verifyResponseAction } from "@/app/(app)/assessments/[id]/actions";
import { db } from "@/lib/db";
import { allQuestions, defaultFramework } from "@/lib/framework";
import { actAs } from "./fixtures";
import { createAssessmentWorld, dayFromToday, startAssessment } from "./assessment-fixtures";

export const QUESTIONS = allQuestions(defaultFramework);

/** Levels 1..3 in turn, N/A (with a reason) wherever allowed, a link wherever evidence is needed, a note on each. */
export async function fillVaried(assessmentId: string) {
  const a = await db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, include: { cycle: true } });
  const questions = await db().question.findMany({
    where: { indicator: { dimension: { frameworkVersionId: a.cycle.frameworkVersionId } } },
    orderBy: [{ indicator: { dimension: { position: "asc" } } }, { indicator: { position: "asc" } }, { position: "asc" }],
  });
  for (const [i, q] of questions.entries()) {
    const na = q.allowNa && i % 2 === 0;
    const level = na ? null : (i % 3) + 1;
    const r = await db().response.create({
      data: { assessmentId, questionId: q.id, level, na, naReason: na ? "本单位不涉及该事项。" : null, note: `第 ${i + 1} 题说明` },
    });
    if (level !== null && level >= q.evidenceFromLevel) {
      await db().evidence.create({ data: { responseId: r.id, kind: "LINK", url: `https://example.gov.cn/e/${q.code}` } });
      await db().evidence.create({ data: { responseId: r.id, kind: "TEXT", text: `制度文件 ${q.code}` } });
    }
  }
}

const version = async (id: string) => (await db().assessment.findUniqueOrThrow({ where: { id } })).version;

/** A world with department D's assessment filled, submitted, one level verified down, and approved. */
export async function createApprovedWorld() {
  const w = await createAssessmentWorld();
  const id = await startAssessment(w.home.DEPT_ADMIN, w.cycle.id, w.units.D.id);
  await fillVaried(id);
  actAs(w.home.DEPT_ADMIN);
  const sub = await submitAssessmentAction({ assessmentId: id, expectedVersion: await version(id) });
  if (!sub.ok) throw new Error(`submit failed: ${JSON.stringify(sub)}`);
  actAs(w.home.REVIEWER);
  const third = QUESTIONS[2]!.code; // level 3 in fillVaried
  const v = await verifyResponseAction({ assessmentId: id, questionCode: third, verifiedLevel: 2, comment: "" });
  if (!v.ok) throw new Error(`verify failed: ${JSON.stringify(v)}`);
  const ap = await approveAssessmentAction({ assessmentId: id, expectedVersion: await version(id) });
  if (!ap.ok) throw new Error(`approve failed: ${JSON.stringify(ap)}`);
  actAs(null);
  return { ...w, assessmentId: id };
}

/** A later open cycle on the same framework, for "next cycle" tests. */
export async function createLaterCycle(frameworkVersionId: string) {
  return db().assessmentCycle.create({
    data: {
      nameZh: `下一周期 ${randomBytes(3).toString("hex")}`,
      nameEn: "Next cycle",
      year: 2027,
      // Opens after the first cycle (which opened 60 days ago) and is open today: the server enforces the window.
      opensOn: dayFromToday(-30),
      closesOn: dayFromToday(330),
      frameworkVersionId,
      status: "OPEN",
    },
  });
}

/** A snapshot of everything an import or a refused request could touch, to prove "nothing changed". */
export async function stateOf(assessmentId: string) {
  const [a, responses, evidence, plan, audit] = await Promise.all([
    db().assessment.findUniqueOrThrow({ where: { id: assessmentId } }),
    db().response.findMany({ where: { assessmentId }, orderBy: { id: "asc" } }),
    db().evidence.count({ where: { response: { assessmentId } } }),
    db().planItem.findMany({ where: { assessmentId }, orderBy: { id: "asc" } }),
    // A refusal is itself recorded as a security event (lib/auth/refusal.ts); nothing else may be written.
    db().auditEvent.count({ where: { NOT: { action: { startsWith: "security." } } } }),
  ]);
  return JSON.stringify({ a, responses, evidence, plan, audit });
}
