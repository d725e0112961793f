/**
 * `npm run demo:generate -- --units 3000 --cycles 3 [--seed 7]`
 *
 * Fills a database with a generated province for the comparison pages and the
 * benchmarks (issue 9 §4): ~N units over cities and counties, accounts, and
 * the given number of cycles of assessments (approved ones scored by the
 * engine on the stored answers; a sample is re-checked at the end).
 * Uses DATABASE_URL, or without it the embedded database in DATA_DIR (the one
 * `npm start` uses; stop the app first). Migrates and loads the framework first.
 * Accounts (password Demo#2026-AiGov): gen-oversight@example.gov.cn (province),
 * gen-city-oversight@example.gov.cn (first city), gen-reviewer@…, gen-deptadmin@….
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";

async function main() {
  const { values } = parseArgs({
    options: {
      units: { type: "string", default: "3000" },
      cycles: { type: "string", default: "3" },
      seed: { type: "string", default: "7" },
    },
  });
  const num = (v: string | undefined, name: string, min: number, max: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
  const opts = {
    units: num(values.units, "units", 20, 50_000),
    cycles: num(values.cycles, "cycles", 1, 10),
    seed: num(values.seed, "seed", 0, 2 ** 31),
  };
  let embedded: EmbeddedPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(process.env.DATA_DIR ?? ".data", "pg") });
    process.env.DATABASE_URL = embedded.url;
    process.env.DATABASE_POOL_MAX = "1";
  }
  process.env.LOG_LEVEL ??= "warn";
  try {
    const { migrate } = await import("../lib/migrate/runner");
    await migrate({ connectionString: process.env.DATABASE_URL! });
    const { generateProvince, verifyGenerated } = await import("../lib/data/compare/demo-generator");
    const started = Date.now();
    const result = await generateProvince({ ...opts, log: (l) => console.log(l) });
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.units} units, ${result.cycles.length} cycles`);
    const check = await verifyGenerated(50);
    console.log(`stored scores re-checked against scoreAssessment on the stored answers: ${check.checked} assessments, ${check.mismatches} mismatches`);
    if (check.mismatches > 0) process.exitCode = 1;
    const { disconnectDb } = await import("../lib/db");
    await disconnectDb();
  } finally {
    await embedded?.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
