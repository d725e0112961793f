import "server-only";
import { db, Prisma } from "@/lib/db";

/**
 * Runs one dashboard aggregate with JIT compilation off. These queries touch a
 * few thousand rows and finish in milliseconds, but their cost estimates can
 * pass PostgreSQL's jit_above_cost, and compiling them then takes seconds
 * (measured: 7.8 s of JIT for a 0.3 s league query over 3,000 units).
 */
export async function aggregate<T>(query: Prisma.Sql): Promise<T> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL jit = off`;
    return tx.$queryRaw<T>(query);
  });
}

/**
 * Whether a unit takes part in a cycle, as SQL (the rule of lib/data/admin/participation.ts):
 * a cycle with no participant rows is open to every department; otherwise only its
 * participants — and any unit that has an assessment in it — count. Units outside a
 * cycle are neither "not started" nor overdue in it, and raise no warning for it.
 * `cycle`, `unit` and `assessment` are SQL expressions for the cycle id, the unit id and
 * the unit's assessment id in the cycle (NULL when none).
 */
export function takesPart(cycle: Prisma.Sql, unit: Prisma.Sql, assessment: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${assessment} IS NOT NULL
    OR NOT EXISTS (SELECT 1 FROM cycle_participant cp WHERE cp.cycle_id = ${cycle})
    OR EXISTS (SELECT 1 FROM cycle_participant cp WHERE cp.cycle_id = ${cycle} AND cp.org_unit_id = ${unit}))`;
}
