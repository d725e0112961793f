/**
 * Benchmark: the audit write path alone — N writers at once, each appending
 * events back to back inside their own transactions (as every audited action
 * does), against a fresh database on a real PostgreSQL. Isolates what the
 * audit log costs a write and whether writers wait for one another.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
 *     node --conditions=react-server --import tsx scripts/bench/audit-append.ts
 *
 * BENCH_WRITERS (default 50) × BENCH_APPENDS (default 60). At the end the log is
 * sealed and fully verified (where the code has sealing).
 */
import { freshBenchDatabase } from "./fresh-database";

const WRITERS = Number(process.env.BENCH_WRITERS ?? 50);
const APPENDS = Number(process.env.BENCH_APPENDS ?? 60);

async function main() {
  const database = await freshBenchDatabase("agm_bench_audit");
  process.env.DATABASE_POOL_MAX ??= "20";
  try {
    const { migrate } = await import("../../lib/migrate/runner");
    const { db, disconnectDb } = await import("../../lib/db");
    const audit = await import("../../lib/data/audit");
    await migrate({ connectionString: database.url });
    const unit = crypto.randomUUID();
    const append = (w: number, k: number) =>
      db().$transaction((tx) =>
        audit.appendAudit(tx, {
          action: "response.saved",
          entityType: "Response",
          entityId: `${w}-${k}`,
          orgUnitId: unit,
          before: { questionCode: "GOV.1.1", level: (k % 5) + 1, na: false, note: "说明" },
          after: { questionCode: "GOV.1.1", level: ((k + 1) % 5) + 1, na: false, note: "新的说明" },
          ip: "127.0.0.1",
          userAgent: "bench",
        }),
      );
    for (let i = 0; i < 20; i++) await append(-1, i); // warm-up
    const timings: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let k = 0; k < APPENDS; k++) {
          const t0 = performance.now();
          await append(w, k);
          timings.push(performance.now() - t0);
        }
      }),
    );
    const wall = performance.now() - started;
    timings.sort((a, b) => a - b);
    const pct = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))]!.toFixed(1);
    console.log(`| ${WRITERS} writers × ${APPENDS} | ${timings.length} | ${pct(50)} | ${pct(95)} | ${pct(99)} | ${(timings.length / (wall / 1000)).toFixed(0)} |`);
    const verify = (audit as Record<string, unknown>).verifyAuditChain as (() => Promise<{ ok: boolean; checked: number }>) | undefined;
    try {
      const { sealPending, stopSealer } = await import("../../lib/data/audit-seal" as string);
      stopSealer();
      await sealPending();
    } catch {
      // The chained log (before sealing) has no sealer.
    }
    if (verify) {
      const v = await verify();
      console.log(`log verifies: ${v.ok} (${v.checked} events)`);
      if (!v.ok) process.exitCode = 1;
    }
    await disconnectDb();
  } finally {
    await database.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
