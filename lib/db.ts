import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, poolMaxWaitMs, requireDatabaseUrl } from "@/lib/env";
import { GatedPool } from "@/lib/db-gate";

/**
 * The Prisma client singleton (pg driver adapter: Prisma 7 needs no engine
 * binary this way). Only lib/data/* imports it — that layer decides tenancy.
 * Kept on globalThis so dev-server reloads do not open a pool per reload.
 */

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  // Every checkout waits in a bounded, fair queue (lib/db-gate.ts) rather than pg's unbounded FIFO.
  const pool = new GatedPool({ connectionString: requireDatabaseUrl(), max: env().DATABASE_POOL_MAX, maxWaitMs: poolMaxWaitMs() });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
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
