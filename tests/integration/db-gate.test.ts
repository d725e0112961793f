import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseBusyError, GatedPool } from "@/lib/db-gate";
import { classifyError } from "@/lib/errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { runAsClass } from "@/lib/http/request-class";

/**
 * Issue 11 §2: the embedded database's single connection, made fair. One pooled
 * connection (as `npm start` runs PGlite) held by a slow query must not hold
 * everyone else beyond the bound: they get the typed busy answer (UNAVAILABLE)
 * while the slow one still runs, a save outranks a page render in the queue,
 * and every write that was acknowledged is in the database — the refused ones
 * never ran. Behaviour, not timings: "within the bound" is checked as "before
 * the slow query finished".
 */

const BOUND_MS = 300;
const SLOW_S = 2;
let pool: GatedPool;
let prisma: PrismaClient;

beforeAll(async () => {
  pool = new GatedPool({ connectionString: process.env.DATABASE_URL, max: 1, maxWaitMs: BOUND_MS });
  prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  await prisma.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS overload_gate_probe (n int PRIMARY KEY)`);
});

afterAll(async () => {
  await prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS overload_gate_probe`);
  await prisma.$disconnect();
});

describe("the database gate (one connection)", () => {
  it("answers others busy within the bound while a slow query holds the connection; nothing acknowledged is lost", async () => {
    let slowDone = false;
    const slow = prisma.$queryRawUnsafe(`SELECT pg_sleep(${SLOW_S})::text AS slept`).then(() => (slowDone = true));
    await new Promise((r) => setTimeout(r, 50)); // the slow query has the connection

    const writes = Array.from({ length: 5 }, (_, n) =>
      prisma.$executeRawUnsafe(`INSERT INTO overload_gate_probe (n) VALUES (${n})`).then(
        () => ({ n, ok: true as const, doneBeforeSlow: !slowDone }),
        (err: unknown) => ({ n, ok: false as const, err, doneBeforeSlow: !slowDone }),
      ),
    );
    const results = await Promise.all(writes);
    await slow;

    // All refused, and all before the slow query let go of the connection.
    for (const r of results) {
      expect(r.ok).toBe(false);
      expect(r.doneBeforeSlow).toBe(true);
      if (!r.ok) expect(classifyError(r.err)).toMatchObject({ code: "UNAVAILABLE", messageKey: "busy", status: 503 });
    }
    // A refused write never ran; one acknowledged after the slow query is there.
    await prisma.$executeRawUnsafe(`INSERT INTO overload_gate_probe (n) VALUES (100)`);
    const rows = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT n FROM overload_gate_probe ORDER BY n`);
    expect(rows.map((r) => Number(r.n))).toEqual([100]);
  });

  it("serves a waiting save before a waiting page render, whatever came first", async () => {
    const wide = new GatedPool({ connectionString: process.env.DATABASE_URL, max: 1, maxWaitMs: 10_000 });
    try {
      const order: string[] = [];
      const slow = wide.query(`SELECT pg_sleep(0.5)`);
      await new Promise((r) => setTimeout(r, 50));
      const page = runAsClass("page", () => wide.query(`SELECT 1`).then(() => order.push("page")));
      const anonymous = runAsClass("anonymous", () => wide.query(`SELECT 1`).then(() => order.push("anonymous")));
      const save = runAsClass("active", () => wide.query(`SELECT 1`).then(() => order.push("save")));
      await Promise.all([slow, page, anonymous, save]);
      expect(order).toEqual(["save", "page", "anonymous"]);
    } finally {
      await wide.end();
    }
  });

  it("gives the connection back after a refusal and after errors (no slot leaks)", async () => {
    await expect(prisma.$queryRawUnsafe(`SELECT nonsense_column FROM overload_gate_probe`)).rejects.toThrow();
    const tx = await prisma.$transaction(async (t) => t.$queryRawUnsafe<{ one: number }[]>(`SELECT 1 AS one`));
    expect(Number(tx[0]!.one)).toBe(1);
    expect(pool.gate.stats()).toMatchObject({ inFlight: 0, waiting: 0 });
    expect(new DatabaseBusyError(5).message).toMatch(/^database busy:/);
  });
});
