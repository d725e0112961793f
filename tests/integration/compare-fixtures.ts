import { randomBytes } from "node:crypto";
import { approveAssessment, submitAssessment } from "@/lib/data/assessments/workflow";
import { ensureFrameworkPublished } from "@/lib/data/framework-store";
import { db } from "@/lib/db";
import { defaultFramework } from "@/lib/framework";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { actorOf, fillCompletely, startAssessment } from "./assessment-fixtures";
import { createUnit, createUser, type FixtureUser } from "./fixtures";

const meta = { ip: null, userAgent: null };

/** A cycle on the default framework; closesOn in the future unless given. */
export async function createCycle(opts: { closesOn?: string; status?: "OPEN" | "CLOSED"; year?: number } = {}) {
  const fw = await ensureFrameworkPublished(defaultFramework);
  return db().assessmentCycle.create({
    data: {
      nameZh: `比较周期 ${randomBytes(3).toString("hex")}`,
      nameEn: "Comparison cycle",
      year: opts.year ?? 2026,
      opensOn: new Date("2020-01-01"),
      closesOn: new Date(opts.closesOn ?? "2099-12-31"),
      frameworkVersionId: fw.id,
      status: opts.status ?? "OPEN",
    },
  });
}

/**
 * A small tree with a respondent (dept admin) and a reviewer covering it all,
 * so any department in it can be taken through the real workflow.
 */
export async function createTree(tag = randomBytes(3).toString("hex")) {
  const P = await createUnit(`CP-${tag}`, "PROVINCE");
  const admin = await createUser(`cmp-admin-${tag}`, "DEPT_ADMIN", P.id);
  const reviewer = await createUser(`cmp-reviewer-${tag}`, "REVIEWER", P.id);
  const oversight = await createUser(`cmp-oversight-${tag}`, "OVERSIGHT", P.id);
  return { P, admin, reviewer, oversight, tag };
}

export async function dept(code: string, parent: { id: string; path: string }, sectorTag?: string, kind: OrgUnitKind = "DEPARTMENT") {
  const u = await createUnit(code, kind, parent);
  if (sectorTag) await db().orgUnit.update({ where: { id: u.id }, data: { sectorTag } });
  return u;
}

/**
 * Runs `fn` while the cycle's window is open. The server takes answers and submissions only inside the window
 * (issue 16); tests of earlier or overdue cycles fill them in "back then" and restore the real dates after.
 */
export async function duringWindow<T>(cycleId: string, fn: () => Promise<T>): Promise<T> {
  const cycle = await db().assessmentCycle.findUniqueOrThrow({ where: { id: cycleId } });
  const open = cycle.opensOn <= new Date() && cycle.closesOn >= new Date(Date.now() + 86_400_000);
  if (open) return fn();
  await db().assessmentCycle.update({ where: { id: cycleId }, data: { closesOn: new Date("2099-12-31") } });
  try {
    return await fn();
  } finally {
    await db().assessmentCycle.update({ where: { id: cycleId }, data: { closesOn: cycle.closesOn } });
  }
}

/** Starts, fills every question at `level` (with evidence where needed), submits and approves. */
export async function approveAt(t: { admin: FixtureUser; reviewer: FixtureUser }, cycleId: string, unitId: string, level: number) {
  const id = await duringWindow(cycleId, async () => {
    const started = await startAssessment(t.admin, cycleId, unitId);
    await fillCompletely(started, level);
    await submit(t.admin, started);
    return started;
  });
  const v = (await db().assessment.findUniqueOrThrow({ where: { id } })).version;
  await approveAssessment(await actorOf(t.reviewer), { assessmentId: id, expectedVersion: v }, meta);
  return id;
}

export async function submit(admin: FixtureUser, id: string) {
  const v = (await db().assessment.findUniqueOrThrow({ where: { id } })).version;
  await submitAssessment(await actorOf(admin), { assessmentId: id, expectedVersion: v }, meta);
}
