/**
 * Benchmark: saving one answer with 50 respondents at once.
 *
 * Server time of one save = the data-layer call the server action makes
 * (`saveResponse`: tenancy and status checks, optimistic-locked write and the
 * audit event, in one transaction) against a real PostgreSQL. The audit
 * sealer runs in this process as in the server (about once a second), and at
 * the end the whole log is sealed and verified: the figures count only if it
 * verifies.
 * HTTP and React are left out: they are the same for every action.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
 *     node --conditions=react-server --import tsx scripts/bench/save-response.ts
 *
 * It creates a fresh database on that server, 50 departments with one
 * respondent each, and runs two loads (the database is dropped at the end):
 *  - paced: all 50 respondents at once, each saving one answer per second
 *    (autosave fires at most about once a second per person while typing),
 *    with random phase — the target: p95 under 50 ms;
 *  - saturation: each respondent saves back to back with no pause, to show
 *    the ceiling (latency there is mostly waiting in line).
 */
import os from "node:os";
import { freshBenchDatabase } from "./fresh-database";
import { benchProvince } from "./lib/bench-province";

const USERS = Number(process.env.BENCH_USERS ?? 50);
const SAVES_PER_USER = Number(process.env.BENCH_SAVES ?? 30);

async function main() {
  const database = await freshBenchDatabase("agm_bench");
  process.env.DATABASE_POOL_MAX ??= "20";

  try {
    // Imported after DATABASE_URL points at the fresh database.
    const { disconnectDb } = await import("../../lib/db");
    const { saveResponse } = await import("../../lib/data/assessments/responses");
    const province = await benchProvince(database.url);
    const { codes, meta } = province;
    const workers: { actor: import("../../lib/data/actor").Actor; assessmentId: string }[] = [];
    for (let i = 0; i < USERS; i++) workers.push(await province.addRespondent(i));

    // Warm-up: connections, the framework cache, JIT.
    for (const w of workers.slice(0, 5)) {
      await saveResponse(w.actor, { assessmentId: w.assessmentId, questionCode: codes[0]!, expectedVersion: 0, answer: { level: 1, na: false, naReason: "", note: "" } }, meta);
    }

    const versions = workers.map((_, wi) => new Map<string, number>([[codes[0]!, wi < 5 ? 1 : 0]]));
    let counter = 0;
    async function saveOnce(wi: number): Promise<number> {
      const w = workers[wi]!;
      const s = counter++;
      const code = codes[s % codes.length]!;
      const t0 = performance.now();
      const saved = await saveResponse(
        w.actor,
        { assessmentId: w.assessmentId, questionCode: code, expectedVersion: versions[wi]!.get(code) ?? 0, answer: { level: (s % 5) + 1, na: false, naReason: "", note: `第${s}次保存` } },
        meta,
      );
      versions[wi]!.set(code, saved.version);
      return performance.now() - t0;
    }
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

    async function run(label: string, pacedMs: number | null) {
      const timings: number[] = [];
      const started = performance.now();
      await Promise.all(
        workers.map(async (_, wi) => {
          if (pacedMs) await sleep(Math.random() * pacedMs);
          for (let k = 0; k < SAVES_PER_USER; k++) {
            const t = await saveOnce(wi);
            timings.push(t);
            if (pacedMs) await sleep(Math.max(0, pacedMs - t));
          }
        }),
      );
      const wall = performance.now() - started;
      timings.sort((a, b) => a - b);
      const pct = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))]!;
      return `| ${label} | ${USERS} | ${timings.length} | ${pct(50).toFixed(1)} | ${pct(95).toFixed(1)} | ${pct(99).toFixed(1)} | ${timings.at(-1)!.toFixed(1)} | ${(timings.length / (wall / 1000)).toFixed(0)} | ${(process.memoryUsage().rss / 1048576).toFixed(0)} |`;
    }
    // BENCH_LOADS=saturation skips the paced load (30 s) when only the ceiling is compared.
    const loads = (process.env.BENCH_LOADS ?? "paced,saturation").split(",");
    const paced = loads.includes("paced") ? await run("paced: 1 save/s each", 1000) : "";
    const saturated = loads.includes("saturation") ? await run("saturation: back to back", null) : "";
    console.log(`Node ${process.version}, ${os.cpus().length} cores, PostgreSQL via ${new URL(database.url).host}, pool ${process.env.DATABASE_POOL_MAX}, ${SAVES_PER_USER} saves per respondent per load`);
    console.log("| load | concurrent respondents | saves | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | saves/s | RSS (MB) |");
    console.log("|---|---|---|---|---|---|---|---|---|");
    if (paced) console.log(paced);
    if (saturated) console.log(saturated);
    const { sealPending, stopSealer } = await import("../../lib/data/audit-seal");
    const { verifyAuditChain } = await import("../../lib/data/audit");
    stopSealer();
    await sealPending();
    const t0 = performance.now();
    const chain = await verifyAuditChain();
    console.log(
      `audit log after the runs: ${chain.ok ? "verifies" : `DOES NOT VERIFY (${chain.problem?.kind} from event ${chain.firstBrokenId})`}, ` +
        `${chain.checked} events in ${chain.checkedSeals} sealed batches, full verification ${(performance.now() - t0).toFixed(0)} ms`,
    );
    if (!chain.ok) process.exitCode = 1;
    await disconnectDb();
  } finally {
    await database.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
