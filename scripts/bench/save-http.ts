/**
 * Benchmark: autosave end to end over HTTP (issue 11 §1), with every acknowledged save counted back in the
 * database afterwards.
 *
 * What `scripts/bench/save-response.ts` leaves out is the request path: HTTP, the session check, React's
 * server-action decoding and encoding, admission control. Here N distinct respondents (one department each, so
 * no two write the same answer) sign in over HTTP and each sends the questionnaire's own server-action request
 * (the `saveResponseAction` id from the build's manifest, the body React sends) once a second for
 * BENCH_SECONDS, at a random phase. A save refused as busy (503 or `UNAVAILABLE`) is retried after 250 ms, as
 * the questionnaire does with backoff; its whole time until acknowledged counts. Afterwards every acknowledged
 * save is looked up: its unique note in the audit log, and each answer's stored version and note no older than
 * the last acknowledged one. "lost" counts acknowledged saves not found. The last three columns divide the CPU
 * time used during the run (Linux /proc) by the saves acknowledged: the app's server process, every PostgreSQL
 * process on the machine, and this load generator — on a saturated machine they say what to make cheaper.
 *
 *   npm run build    # once: the production build
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
 *     node --conditions=react-server --import tsx scripts/bench/save-http.ts
 *
 * It creates a fresh database on that server, starts the app's own server (scripts/server.ts, as `npm start`,
 * with its defaults) on BENCH_PORT (3157) against it, runs each size in BENCH_SIZES (50,200), and drops the
 * database at the end. The load runs in this process on the same machine: on 2 cores it takes CPU from the
 * server, so the figures are pessimistic.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { signInCookie } from "../../e2e/fuzz/client";
import { freshBenchDatabase } from "./fresh-database";
import { benchProvince } from "./lib/bench-province";
import { checkAcknowledgedSaves, type AcknowledgedSave } from "./lib/acknowledged";
import { saveActionId, sendSave } from "./lib/save-action";

const SIZES = (process.env.BENCH_SIZES ?? "50,200").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 3157);
const PASSWORD = "Bench#2026-Respondent";
const root = path.resolve(__dirname, "../..");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Ack extends AcknowledgedSave {
  assessmentId: string;
}
const NOTE_PREFIX = `http-bench-${randomBytes(3).toString("hex")}-`;

async function startServer(databaseUrl: string): Promise<ChildProcess> {
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": where the server's time goes.
  // BENCH_SERVER_STDOUT=1 shows the server's own output (with EVENT_LOOP_LOG_SECONDS=5, or "--trace-gc" above).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "scripts/server.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(PORT),
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "silent",
    },
    stdio: ["ignore", process.env.BENCH_SERVER_STDOUT ? "inherit" : "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return server;
    } catch {
      /* not up yet */
    }
    if (server.exitCode !== null) throw new Error("the server exited; is there a production build (npm run build)?");
    await sleep(500);
  }
  throw new Error("the server did not become healthy");
}

/** CPU time (user + system, ms) of a process and its threads; of every PostgreSQL process on this machine when `pid` is "postgres". */
function cpuMs(pid: number | "postgres"): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  const pids = pid === "postgres" ? readdirSync("/proc").filter((p) => /^\d+$/.test(p) && readFileSync(`/proc/${p}/comm`, "utf8").trim().startsWith("postgres")) : [String(pid)];
  let total = 0;
  for (const p of pids) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      /* exited in between */
    }
  }
  return total;
}

/** Where the CPU went during one size's run, per acknowledged save: the app's server, PostgreSQL, this load generator. */
function cpuPerSave(serverPid: number | undefined) {
  const canRead = process.platform === "linux" && serverPid !== undefined;
  const start = canRead ? { server: cpuMs(serverPid!), postgres: cpuMs("postgres"), client: process.cpuUsage() } : null;
  return (saves: number) => {
    if (!start || saves === 0) return "– | – | –";
    const client = process.cpuUsage(start.client);
    const per = (ms: number) => (ms / saves).toFixed(1);
    return `${per(cpuMs(serverPid!) - start.server)} | ${per(cpuMs("postgres") - start.postgres)} | ${per((client.user + client.system) / 1000)}`;
  };
}

function pct(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

async function main() {
  const database = await freshBenchDatabase("agm_bench_http");
  let server: ChildProcess | undefined;
  const maxUsers = Math.max(...SIZES);
  try {
    // Imported after DATABASE_URL points at the fresh database.
    const { disconnectDb } = await import("../../lib/db");
    const { hashPassword } = await import("../../lib/auth/password");
    const province = await benchProvince(database.url);
    const { codes } = province;
    const passwordHash = await hashPassword(PASSWORD);
    const respondents: { email: string; assessmentId: string }[] = [];
    for (let i = 0; i < maxUsers; i++) respondents.push(await province.addRespondent(i, passwordHash));
    await disconnectDb();

    server = await startServer(database.url);
    const base = `http://127.0.0.1:${PORT}`;
    const actionId = saveActionId();
    // One after another: many sign-ins from one address at once is what the sign-in throttle is for.
    const cookies: string[] = [];
    for (const r of respondents) cookies.push(await signInCookie(base, r.email, PASSWORD));

    // Warm-up: the first requests compile nothing in production, but they fill caches and the JIT.
    const versions = respondents.map(() => new Map<string, number>());
    let counter = 0;
    const acks: Ack[] = [];
    const rows: string[] = [];

    async function saveOnce(wi: number, timings: number[], tally: { refused: number; errors: number; conflicts: number }) {
      const r = respondents[wi]!;
      const s = counter++;
      const code = codes[s % codes.length]!;
      const note = `${NOTE_PREFIX}${s}`;
      const level = (s % 5) + 1;
      const t0 = performance.now();
      for (;;) {
        const expectedVersion = versions[wi]!.get(code) ?? 0;
        const out = await sendSave(base, actionId, cookies[wi]!, { assessmentId: r.assessmentId, questionCode: code, expectedVersion, answer: { level, na: false, naReason: "", note } });
        if (out.kind === "ok") {
          versions[wi]!.set(code, out.version);
          acks.push({ assessmentId: r.assessmentId, code, version: out.version, note, level });
          break;
        }
        if (out.kind === "refused") {
          tally.refused++;
          await sleep(250);
          continue;
        }
        if (out.kind === "conflict") tally.conflicts++;
        else tally.errors++;
        if (out.kind === "conflict" && out.version !== null) versions[wi]!.set(code, out.version);
        break;
      }
      timings.push(performance.now() - t0);
    }

    for (let wi = 0; wi < Math.min(5, respondents.length); wi++) await saveOnce(wi, [], { refused: 0, errors: 0, conflicts: 0 });

    for (const n of SIZES) {
      const timings: number[] = [];
      const tally = { refused: 0, errors: 0, conflicts: 0 };
      const until = performance.now() + SECONDS * 1000;
      // On stderr, so a CPU sampler can be started on cue; the table on stdout stays clean.
      console.error(`[save-http] ${n} respondents: saving for ${SECONDS} s`);
      const started = performance.now();
      const cpu = cpuPerSave(server.pid);
      await Promise.all(
        respondents.slice(0, n).map(async (_, wi) => {
          await sleep(Math.random() * 1000);
          while (performance.now() < until) {
            const t0 = performance.now();
            await saveOnce(wi, timings, tally);
            await sleep(Math.max(0, 1000 - (performance.now() - t0)));
          }
        }),
      );
      const wall = (performance.now() - started) / 1000;
      const cpuColumns = cpu(timings.length);
      timings.sort((a, b) => a - b);
      rows.push(
        `| ${n} | ${timings.length} | ${(timings.length / wall).toFixed(0)} | ${pct(timings, 50).toFixed(0)} | **${pct(timings, 95).toFixed(0)}** | ${pct(timings, 99).toFixed(0)} | ${timings.at(-1)!.toFixed(0)} | ${tally.refused} | ${tally.errors + tally.conflicts} | ${cpuColumns} |`,
      );
    }

    // Every acknowledged save, counted back (the same check as the overload bench and the failover test).
    const byAssessment = new Map<string, AcknowledgedSave[]>();
    for (const a of acks) byAssessment.set(a.assessmentId, [...(byAssessment.get(a.assessmentId) ?? []), a]);
    let lost = 0;
    let behind = 0;
    for (const [assessmentId, saves] of byAssessment) {
      const check = await checkAcknowledgedSaves(database.url, assessmentId, saves, NOTE_PREFIX);
      lost += check.lost.length;
      behind += check.behind.length;
    }

    const rss = (() => {
      try {
        return `${(Number(readFileSync(`/proc/${server!.pid}/statm`, "utf8").split(" ")[1]) * 4096 / 1048576).toFixed(0)} MB`;
      } catch {
        return "–";
      }
    })();
    console.log(`\nAutosave over HTTP — Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, PostgreSQL via ${new URL(database.url).host}, ${SECONDS} s per size; server RSS at the end ${rss}`);
    console.log(`| respondents | saves | saves/s | p50 ms | p95 ms | p99 ms | max ms | busy (retried) | errors | CPU ms/save: server | PostgreSQL (machine-wide) | load generator |`);
    console.log(`|---|---|---|---|---|---|---|---|---|---|---|---|`);
    for (const row of rows) console.log(row);
    console.log(`acknowledged saves: ${acks.length}, counted back in the database: lost ${lost}; answers older than their last acknowledged save: ${behind}`);
    if (lost > 0 || behind > 0) process.exitCode = 1;
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        /* gone */
      }
      await sleep(1000);
    }
    await database.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
