import "server-only";
import { db } from "@/lib/db";

/**
 * Whether a department takes part in a cycle. A cycle with no participant rows
 * is open to every department: cycles created before participation existed
 * (and the demo cycle). Admins cannot open a new cycle without participants.
 */
export async function cycleIncludesUnit(cycleId: string, orgUnitId: string): Promise<boolean> {
  const [any, mine] = await Promise.all([
    db().cycleParticipant.count({ where: { cycleId } }),
    db().cycleParticipant.count({ where: { cycleId, orgUnitId } }),
  ]);
  return any === 0 || mine > 0;
}

/** For lists: which (cycle, unit) pairs take part, in one query. */
export async function participationFilter(cycleIds: string[], unitIds: string[]): Promise<(cycleId: string, unitId: string) => boolean> {
  const rows = await db().cycleParticipant.findMany({ where: { cycleId: { in: cycleIds } }, select: { cycleId: true, orgUnitId: true } });
  const restricted = new Set(rows.map((r) => r.cycleId));
  const pairs = new Set(rows.filter((r) => unitIds.includes(r.orgUnitId)).map((r) => `${r.cycleId}/${r.orgUnitId}`));
  return (cycleId, unitId) => !restricted.has(cycleId) || pairs.has(`${cycleId}/${unitId}`);
}
