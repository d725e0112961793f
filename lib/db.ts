import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, poolMaxWaitMs, requireDatabaseUrl } from "@/lib/env";
import { isEmbeddedDatabaseUrl } from "@/lib/db-embedded";
import { GatedPool } from "@/lib/db-gate";

/**
 * The Prisma client singleton (pg driver adapter: Prisma 7 needs no engine
 * binary this way). Only lib/data/* imports it — that layer decides tenancy.
 * Kept on globalThis so dev-server reloads do not open a pool per reload.
 */

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * Names for prepared statements, so PostgreSQL parses and plans a statement once per connection rather than
 * on every call. Measured under autosave load, planning was most of the database's time per save (the
 * assessment read with its joins: 2.1 ms to plan, 0.4 ms to run; docs/BENCHMARKS.md). The name is a digest of
 * the SQL text, so one text always gets one name and two texts never share one. Only the first
 * MAX_NAMED_STATEMENTS texts a process sees are named: a bound on what each connection keeps prepared on the
 * server. The app issues far fewer distinct texts; any beyond the bound run unnamed, as before.
 */
export const MAX_NAMED_STATEMENTS = 500;
const statementNames = new Map<string, string>();

export function statementName(sql: string): string | undefined {
  const known = statementNames.get(sql);
  if (known !== undefined || statementNames.size >= MAX_NAMED_STATEMENTS) return known;
  const name = `agm_${createHash("sha256").update(sql).digest("base64url").slice(0, 32)}`;
  statementNames.set(sql, name);
  return name;
}

function createClient(): PrismaClient {
  // Every checkout waits in a bounded, fair queue (lib/db-gate.ts) rather than pg's unbounded FIFO.
  const url = requireDatabaseUrl();
  const pool = new GatedPool({ connectionString: url, max: env().DATABASE_POOL_MAX, maxWaitMs: poolMaxWaitMs() });
  const prepared = env().DATABASE_PREPARED_STATEMENTS === "on" && !isEmbeddedDatabaseUrl(url);
  const adapter = new PrismaPg(pool, {
    disposeExternalPool: true,
    // The type asks for a string; pg runs a query whose name is undefined unnamed (unprepared), as before.
    statementNameGenerator: prepared ? (query) => statementName(query.sql) as string : undefined,
  });
  // Prisma's own wait for a transaction's connection stays generous; the gate's bound (above) comes first.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 30_000 } });
}

export function db(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
}

export type { PrismaClient };
export { Prisma } from "@/lib/generated/prisma/client";
