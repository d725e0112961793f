import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "../actor";
import { orgScopeWhere } from "../org-units";
import { listMyDepartmentCycles } from "./view";

export interface MyAssessmentItem {
  /** Stable row key: the assessment's id, or cycle + unit for one not started yet. */
  key: string;
  cycleId: string;
  cycleName: { "zh-CN": string; en: string };
  cycleOpen: boolean;
  closesOn: string | null;
  orgUnitId: string;
  orgUnitName: { "zh-CN": string; en: string };
  assessmentId: string | null;
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | null;
  updatedAt: string | null;
}

/**
 * "我的评估": every assessment of the departments the user fills in for, current
 * and past, plus open cycles not started yet (those come from the same function
 * the home page uses, so which cycles a department may start is decided once).
 */
export async function listMyAssessments(actor: Actor): Promise<MyAssessmentItem[]> {
  const [open, past] = await Promise.all([
    listMyDepartmentCycles(actor),
    db().assessment.findMany({
      where: {
        orgUnit: { AND: [orgScopeWhere(actor, ["RESPONDENT", "DEPT_ADMIN"]), { kind: { in: ["DEPARTMENT", "OFFICE"] } }] },
        cycle: { status: { not: "OPEN" } },
      },
      include: { cycle: true, orgUnit: true },
      orderBy: [{ cycle: { opensOn: "desc" } }, { orgUnit: { code: "asc" } }],
    }),
  ]);
  const openIds = open.filter((o) => o.assessmentId).map((o) => o.assessmentId as string);
  const [openRows, openCycles] = await Promise.all([
    openIds.length ? db().assessment.findMany({ where: { id: { in: openIds } }, select: { id: true, updatedAt: true } }) : [],
    db().assessmentCycle.findMany({ where: { id: { in: [...new Set(open.map((o) => o.cycleId))] } }, select: { id: true, closesOn: true } }),
  ]);
  const openById = new Map(openRows.map((r) => [r.id, r]));
  const closesOnOf = new Map(openCycles.map((c) => [c.id, c.closesOn.toISOString().slice(0, 10)]));
  return [
    ...open.map((o) => {
      const row = o.assessmentId ? openById.get(o.assessmentId) : undefined;
      return {
        key: o.assessmentId ?? `${o.cycleId}:${o.orgUnitId}`,
        cycleId: o.cycleId,
        cycleName: o.cycleName,
        cycleOpen: true,
        closesOn: closesOnOf.get(o.cycleId) ?? null,
        orgUnitId: o.orgUnitId,
        orgUnitName: o.orgUnitName,
        assessmentId: o.assessmentId,
        status: (o.status as MyAssessmentItem["status"]) ?? null,
        updatedAt: row ? row.updatedAt.toISOString() : null,
      };
    }),
    ...past.map((a) => ({
      key: a.id,
      cycleId: a.cycleId,
      cycleName: { "zh-CN": a.cycle.nameZh, en: a.cycle.nameEn },
      cycleOpen: false,
      closesOn: a.cycle.closesOn.toISOString().slice(0, 10),
      orgUnitId: a.orgUnitId,
      orgUnitName: { "zh-CN": a.orgUnit.nameZh, en: a.orgUnit.nameEn },
      assessmentId: a.id,
      status: a.status,
      updatedAt: a.updatedAt.toISOString(),
    })),
  ];
}
