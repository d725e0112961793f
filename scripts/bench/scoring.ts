// Benchmark of the pure scoring engine (lib/scoring).
// Usage: node --import tsx scripts/bench/scoring.ts
// Times 20,000 scoreAssessment calls on a synthetic 4 × 4 × 4 framework (and on
// the bundled default framework when lib/framework/index.ts exports one), each
// call timed on its own with process.hrtime.bigint so a p95 can be reported.
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { scoreAssessment } from "../../lib/scoring";
import type { AnswerInput, Basis, ScoreLevel, ScoringFramework } from "../../lib/scoring";

const CALLS = 20_000;
const WARMUP = 5_000;

/** Small seeded PRNG (mulberry32) so every run scores the same answers. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Same shape as the real framework: dimensions → indicators → questions, unequal weights, some N/A. */
function syntheticFramework(): ScoringFramework {
  const codes = ["GOV", "RSK", "DAT", "OPS"];
  return {
    code: "BENCH",
    version: "1.0",
    dimensions: codes.map((d, di) => ({
      code: d,
      weight: 1 + (di % 2),
      indicators: [1, 2, 3, 4].map((i) => ({
        code: `${d}.${i}`,
        weight: 1 + (i % 3),
        questions: [1, 2, 3, 4].map((n) => ({
          code: `${d}.${i}.${n}`,
          weight: 1 + (n % 2),
          allowNA: n === 4,
          evidenceFromLevel: 3 as ScoreLevel,
          actions: ["1→2", "2→3", "3→4", "4→5"],
        })),
      })),
    })),
  };
}

function randomAnswers(framework: ScoringFramework, random: () => number): Record<string, AnswerInput> {
  const out: Record<string, AnswerInput> = {};
  for (const d of framework.dimensions) {
    for (const i of d.indicators) {
      for (const q of i.questions) {
        const level = (1 + Math.floor(random() * 5)) as ScoreLevel;
        out[q.code] = {
          level,
          na: q.allowNA && random() < 0.2,
          evidence: random() < 0.6 ? 1 + Math.floor(random() * 3) : 0,
          verifiedLevel: random() < 0.3 ? level : null,
        };
      }
    }
  }
  return out;
}

interface BenchRow {
  name: string;
  questions: number;
  basis: Basis;
  meanUs: number;
  p95Us: number;
  heapMb: number;
}

function bench(name: string, framework: ScoringFramework, basis: Basis): BenchRow {
  const random = rng(20240501);
  // A pool of answer sets, so the engine does not see the same object every call.
  const pool = Array.from({ length: 64 }, () => randomAnswers(framework, random));
  const questions = framework.dimensions.reduce(
    (n, d) => n + d.indicators.reduce((m, i) => m + i.questions.length, 0),
    0,
  );
  let sink = 0;
  for (let k = 0; k < WARMUP; k++) {
    sink += scoreAssessment(framework, pool[k % pool.length] ?? {}, { basis }).actions.length;
  }
  const times = new Float64Array(CALLS);
  for (let k = 0; k < CALLS; k++) {
    const answers = pool[k % pool.length] ?? {};
    const start = process.hrtime.bigint();
    const result = scoreAssessment(framework, answers, { basis });
    const end = process.hrtime.bigint();
    sink += result.actions.length;
    times[k] = Number(end - start) / 1000;
  }
  if (sink < 0) console.log(sink); // keeps the results observable
  const sorted = Array.from(times).sort((a, b) => a - b);
  const mean = sorted.reduce((s, t) => s + t, 0) / sorted.length;
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN;
  const heapMb = process.memoryUsage().heapUsed / (1024 * 1024);
  return { name, questions, basis, meanUs: mean, p95Us: p95, heapMb };
}

async function loadDefaultFramework(): Promise<ScoringFramework | null> {
  try {
    const url = pathToFileURL(path.resolve(__dirname, "../../lib/framework/index.ts")).href;
    const mod: { defaultFramework?: ScoringFramework } = await import(url);
    return mod.defaultFramework ?? null;
  } catch {
    return null; // not written yet: the synthetic framework is enough
  }
}

export async function runScoringBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const synthetic = syntheticFramework();
  rows.push(bench("synthetic 4×4×4", synthetic, "self"));
  rows.push(bench("synthetic 4×4×4", synthetic, "verified"));
  const real = await loadDefaultFramework();
  if (real) {
    rows.push(bench("default framework", real, "self"));
    rows.push(bench("default framework", real, "verified"));
  } else {
    console.log("(lib/framework/index.ts has no defaultFramework yet: synthetic only)");
  }

  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  console.log(`Node ${process.version}, ${os.cpus().length} cores (${cpu}), ${CALLS} calls after ${WARMUP} warm-up`);
  for (const r of rows) {
    console.log(
      `${r.name} [${r.basis}] ${r.questions} questions: mean ${r.meanUs.toFixed(2)} µs, p95 ${r.p95Us.toFixed(2)} µs, heap used ${r.heapMb.toFixed(1)} MB`,
    );
  }
  console.log("\n| Framework | Questions | Basis | Calls | Mean (µs) | p95 (µs) | Heap used (MB) | Node |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.questions} | ${r.basis} | ${CALLS} | ${r.meanUs.toFixed(2)} | ${r.p95Us.toFixed(2)} | ${r.heapMb.toFixed(1)} | ${process.version} |`,
    );
  }
  return rows;
}

if (require.main === module) {
  runScoringBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
