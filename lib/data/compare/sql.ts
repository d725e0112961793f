import "server-only";
import { db, type Prisma } from "@/lib/db";

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
