/**
 * `npm run bench`: every benchmark whose figures are in docs/BENCHMARKS.md.
 * The save benchmark needs a PostgreSQL server (DATABASE_URL); it creates and
 * drops its own database there.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: process.env }).status ?? 1;

let failed = node(["--import", "tsx", "scripts/bench/scoring.ts"]);
if (process.env.DATABASE_URL) {
  failed += node(["--conditions=react-server", "--import", "tsx", "scripts/bench/save-response.ts"]);
  // The results page row needs BENCH_PORT and a production build; without it the PDF and XLSX rows still run.
  failed += node(["--conditions=react-server", "--import", "tsx", "scripts/bench/report.ts"]);
} else {
  console.log("\nsave-response and report: skipped (set DATABASE_URL to a PostgreSQL server to run them)");
}
process.exit(failed ? 1 : 0);
