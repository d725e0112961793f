/**
 * Benchmark (issue 15 §3, issue 11 §2): what a running server does when demand
 * exceeds what it can render. Against a production server (scripts/server.ts,
 * i.e. `npm start`, with or without ADMISSION=off):
 *
 *   node --import tsx scripts/bench/overload.ts URL            the overload run
 *     200 clients load the questionnaire page back to back for 30 s (a refused
 *     client waits Retry-After, as a browser user would before trying again)
 *     while 20 respondents autosave once a second with the app's real
 *     server-action request, and a load balancer asks /api/health 4× a second.
 *     Prints p50/p95 of every page answer (served or refused), share refused,
 *     autosave p50/p95, refusals and errors, health p95 and max (the probe runs in
 *     a worker thread of its own, so this process's load does not delay it), and
 *     afterwards re-counts in the database every save answered ok (each carries a
 *     note of its own): "lost" must be 0 (exit code 1 otherwise).
 *   … --soak         100 respondents instead of 20, for OVERLOAD_SECONDS (default
 *     300), reporting RSS (of OVERLOAD_PIDS) and p95s per minute: start, middle, end.
 *   … --matrix       1, 10 and 50 users (OVERLOAD_MATRIX=1,10,50): questionnaire page (back to
 *     back, refusals not waited out) and autosave (once a second) measured separately, one row
 *     each (run it against the embedded database and a server).
 *
 * Settings: OVERLOAD_HEALTH_PORT (the server's HEALTH_PORT: probed as well, 4× a second),
 * OVERLOAD_CLIENTS (200), OVERLOAD_SAVERS (20; 100 with --soak),
 * OVERLOAD_SECONDS (30; 300 with --soak; 15 per step with --matrix),
 * OVERLOAD_PIDS (comma-separated server pids for RSS), BENCH_EMAIL/BENCH_PASSWORD
 * (the demo respondent), and the database holding the demo data, to open the
 * department's assessment if it has none: OVERLOAD_DB, else the running embedded
 * database of DATA_DIR (.data). The action id comes from the build's manifest
 * (.next/server/server-reference-manifest.json): run it from the checkout that built the server.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { runningEmbeddedUrl } from "../lib/embedded-address";
import { signInCookie } from "../../e2e/fuzz/client";
import { checkAcknowledgedSaves, type AcknowledgedSave } from "./lib/acknowledged";
import { saveActionId, sendSave, type SaveOutcome } from "./lib/save-action";

const argv = process.argv.slice(2);
const base = (argv.find((a) => !a.startsWith("--")) ?? "http://localhost:3000").replace(/\/$/, "");
const soak = argv.includes("--soak");
const matrix = argv.includes("--matrix");
const CLIENTS = Number(process.env.OVERLOAD_CLIENTS ?? 200);
const SAVERS = Number(process.env.OVERLOAD_SAVERS ?? (soak ? 100 : 20));
const SECONDS = Number(process.env.OVERLOAD_SECONDS ?? (soak ? 300 : matrix ? 15 : 30));
const EMAIL = process.env.BENCH_EMAIL ?? "respondent@example.gov.cn";
const PASSWORD = process.env.BENCH_PASSWORD ?? "Demo#2026-AiGov";
const SIZES = (process.env.OVERLOAD_MATRIX ?? "1,10,50").split(",").map(Number).filter((n) => n > 0);
const HEALTH_PORT = Number(process.env.OVERLOAD_HEALTH_PORT ?? 0);
const PIDS = (process.env.OVERLOAD_PIDS ?? "").split(",").map(Number).filter(Boolean);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const q = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};
const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : "–");
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : "–");

function rssMb(): number {
  let kb = 0;
  for (const pid of PIDS) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return Math.round(kb / 1024);
}

function databaseUrl(): string {
  const url = process.env.OVERLOAD_DB ?? runningEmbeddedUrl(path.resolve(process.env.DATA_DIR ?? ".data"));
  if (!url) throw new Error("Set OVERLOAD_DB to the server's database (or run from the checkout whose DATA_DIR holds the running embedded database).");
  return url;
}

async function assessmentId(): Promise<string> {
  const c = new pg.Client({ connectionString: databaseUrl() });
  await c.connect();
  try {
    // The same row the e2e helpers open: the demo department's assessment in the open cycle.
    const { rows } = await c.query<{ id: string }>(
      `INSERT INTO assessment (id, cycle_id, org_unit_id, updated_at)
       SELECT gen_random_uuid(), c.id, u.id, now() FROM assessment_cycle c, org_unit u
        WHERE c.status = 'OPEN' AND u.code = 'DH-SJ' ORDER BY c.opens_on DESC LIMIT 1
       ON CONFLICT (cycle_id, org_unit_id) DO UPDATE SET cycle_id = EXCLUDED.cycle_id RETURNING id`,
    );
    if (!rows[0]) throw new Error("no open cycle / DH-SJ in the database (demo data expected)");
    return rows[0].id;
  } finally {
    await c.end();
  }
}

async function sessions(n: number): Promise<string[]> {
  const out: string[] = [];
  // A few at a time: sign-in hashes a password, and a refused sign-in (503) is simply tried again.
  while (out.length < n) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(4, n - out.length) }, () => signInCookie(base, EMAIL, PASSWORD).catch(() => null)),
    );
    for (const c of batch) if (c) out.push(c);
    if (batch.some((c) => !c)) await sleep(500);
  }
  return out;
}

interface Sample {
  at: number;
  ms: number;
}

class Recorder {
  pages: (Sample & { status: number })[] = [];
  saves: (Sample & { kind: SaveOutcome["kind"] | "network" })[] = [];
  health: (Sample & { status: number; phases?: Record<string, number> })[] = [];
  /** The same probe on the server's HEALTH_PORT (OVERLOAD_HEALTH_PORT), answered by a thread of its own. */
  healthPort: Recorder["health"] = [];
  /** Every save answered ok, with the note that makes it findable in the database afterwards. */
  acked: AcknowledgedSave[] = [];
}

/** This run's saves carry notes starting with it (the re-count afterwards looks for these only). */
const RUN_TAG = `overload ${new Date().toISOString().slice(0, 19)} ${randomBytes(3).toString("hex")}`;

async function pageClient(url: string, cookie: string, until: number, rec: Recorder, honourRetryAfter: boolean) {
  while (Date.now() < until) {
    const t0 = performance.now();
    let status = 0;
    let retryAfter = 0;
    try {
      const res = await fetch(url, { headers: { cookie, accept: "text/html" }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
      await res.arrayBuffer();
      status = res.status;
      retryAfter = Number(res.headers.get("retry-after") ?? 0);
    } catch {
      status = 0;
    }
    rec.pages.push({ at: Date.now(), ms: performance.now() - t0, status });
    if (status === 0) await sleep(1000);
    else if (honourRetryAfter && status === 503) await sleep(Math.min(10, Math.max(1, retryAfter)) * 1000);
  }
}

async function saver(i: number, ctx: { actionId: string; assessmentId: string; codes: string[] }, cookie: string, until: number, rec: Recorder) {
  const code = ctx.codes[i % ctx.codes.length]!;
  let version: number | null = null;
  let tick = Date.now() + Math.random() * 1000; // spread the savers over the second
  for (let n = 0; ; n++) {
    await sleep(Math.max(0, tick - Date.now()));
    if (Date.now() >= until) return;
    tick += 1000;
    const t0 = performance.now();
    let outcome: SaveOutcome | null = null;
    const level = (n % 5) + 1;
    const note = `${RUN_TAG} s${i} #${n}`;
    try {
      outcome = await sendSave(base, ctx.actionId, cookie, {
        assessmentId: ctx.assessmentId,
        questionCode: code,
        expectedVersion: version ?? 0,
        answer: { level, na: false, naReason: "", note },
      });
    } catch {
      outcome = null;
    }
    rec.saves.push({ at: Date.now(), ms: performance.now() - t0, kind: outcome?.kind ?? "network" });
    if (outcome?.kind === "ok") {
      version = outcome.version;
      rec.acked.push({ code, note, level, version: outcome.version });
    }
    // Someone else (another run, another saver on the same question) saved first: go on from their version, as the app's "keep mine" does.
    if (outcome?.kind === "conflict") version = outcome.version;
  }
}

/**
 * The load balancer's probe, 4× a second, in a worker thread: its own event loop (and its own connections), so
 * the 200 page clients' work in this process does not delay its timer or the reading of its replies — what it
 * measures is the server. (In the same loop, its p95 was mostly this process's own delay: 1.1 s against 83 ms.)
 * Each sample keeps when the connection was made and the first byte came, so a slow one can be placed.
 */
const HEALTH_PROBE = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { url, until } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const samples = [];
const get = () =>
  new Promise((resolve) => {
    const t0 = performance.now();
    const phases = {};
    const req = http.get(url, { agent, timeout: 30000 }, (res) => {
      phases.firstByte = performance.now() - t0;
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode, phases }));
    });
    req.on("socket", (socket) => {
      if (socket.connecting) {
        socket.once("lookup", () => (phases.lookup = performance.now() - t0));
        socket.once("connect", () => (phases.connect = performance.now() - t0));
      }
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ status: 0, phases }));
  });
(async () => {
  while (Date.now() < until) {
    const t0 = performance.now();
    const { status, phases } = await get();
    samples.push({ at: Date.now(), ms: performance.now() - t0, status, phases });
    await new Promise((r) => setTimeout(r, 250));
  }
  agent.destroy();
  parentPort.postMessage(samples);
})();
`;

function healthClient(url: string, until: number, into: Recorder["health"]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(HEALTH_PROBE, { eval: true, execArgv: [], workerData: { url, until } });
    worker.once("message", (samples: Recorder["health"]) => {
      into.push(...samples);
      void worker.terminate().then(() => resolve());
    });
    worker.once("error", reject);
  });
}

/** This process's own event-loop delay during the run: when it is large, page and save timings include it. */
function benchLoop() {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  return () => {
    h.disable();
    return { p99: h.percentile(99) / 1e6, max: h.max / 1e6 };
  };
}

/** Every save answered ok, found in the database with its value (scripts/bench/lib/acknowledged.ts). */
async function recount(rec: Recorder, assessment: string) {
  const check = await checkAcknowledgedSaves(databaseUrl(), assessment, rec.acked, RUN_TAG);
  const lost = check.lost.length + check.behind.length;
  console.log(
    `\nacknowledged saves re-counted in the database: ${check.checked} acknowledged, ${check.checked - check.lost.length} found with their value; ` +
      `lost = ${check.lost.length}; questions behind their last acknowledged save: ${check.behind.length}`,
  );
  if (lost) {
    console.log(JSON.stringify({ lost: check.lost.slice(0, 10), behind: check.behind.slice(0, 10) }, null, 2));
    process.exitCode = 1;
  }
}

function summary(rec: Recorder, from = 0, to = Infinity) {
  const pages = rec.pages.filter((s) => s.at >= from && s.at < to);
  const saves = rec.saves.filter((s) => s.at >= from && s.at < to);
  const health = rec.health.filter((s) => s.at >= from && s.at < to);
  const refused = pages.filter((p) => p.status === 503).length;
  const served = pages.filter((p) => p.status === 200);
  return {
    pages: pages.length,
    pageP50: q(pages.map((p) => p.ms), 0.5),
    pageP95: q(pages.map((p) => p.ms), 0.95),
    servedP95: q(served.map((p) => p.ms), 0.95),
    refused: pct(refused, pages.length),
    pageErrors: pages.filter((p) => p.status !== 200 && p.status !== 503).length,
    saves: saves.length,
    saveP50: q(saves.map((s) => s.ms), 0.5),
    saveP95: q(saves.map((s) => s.ms), 0.95),
    saveOk: saves.filter((s) => s.kind === "ok" || s.kind === "conflict").length,
    saveRefused: saves.filter((s) => s.kind === "refused").length,
    saveErrors: saves.filter((s) => s.kind === "error" || s.kind === "network").length,
    healthP95: q(health.map((h) => h.ms), 0.95),
    healthMax: Math.max(...health.map((h) => h.ms)),
    portP95: q(rec.healthPort.filter((h) => h.at >= from && h.at < to).map((h) => h.ms), 0.95),
    portMax: Math.max(...rec.healthPort.filter((h) => h.at >= from && h.at < to).map((h) => h.ms)),
    healthNot200: health.filter((h) => h.status !== 200).length,
  };
}

async function questionCodes(url: string, cookie: string): Promise<string[]> {
  const html = await (await fetch(url, { headers: { cookie } })).text();
  const codes = [...new Set(html.match(/\b[A-Z]{2,5}\.\d+\.\d+\b/g) ?? [])];
  if (!codes.length) throw new Error(`no question codes on ${url} (is the respondent signed in and the assessment open?)`);
  return codes;
}

async function overload() {
  const id = await assessmentId();
  const actionId = saveActionId();
  const url = `${base}/assessments/${id}`;
  console.log(`[overload] ${base}: ${CLIENTS} page clients, ${SAVERS} savers, ${SECONDS} s${soak ? " (soak)" : ""}; signing in…`);
  const pageCookies = await sessions(Math.min(CLIENTS, 20));
  const saveCookies = await sessions(SAVERS);
  const codes = await questionCodes(url, pageCookies[0]!);
  for (const c of pageCookies.slice(0, 2)) await (await fetch(url, { headers: { cookie: c } })).arrayBuffer();
  const rec = new Recorder();
  const start = Date.now();
  const until = start + SECONDS * 1000;
  const windows: { label: string; from: number; to: number; rss?: number }[] = [];
  const rssTimer = soak
    ? setInterval(() => {
        const minute = Math.floor((Date.now() - start) / 60_000);
        windows[minute] = { label: `minute ${minute + 1}`, from: start + minute * 60_000, to: start + (minute + 1) * 60_000, rss: rssMb() };
      }, 5_000)
    : undefined;
  const rssStart = rssMb();
  const loop = benchLoop();
  await Promise.all([
    ...Array.from({ length: CLIENTS }, (_, i) => pageClient(url, pageCookies[i % pageCookies.length]!, until, rec, true)),
    ...saveCookies.map((c, i) => saver(i, { actionId, assessmentId: id, codes }, c, until, rec)),
    healthClient(`${base}/api/health`, until, rec.health),
    ...(HEALTH_PORT ? [healthClient(`${new URL(base).protocol}//${new URL(base).hostname}:${HEALTH_PORT}/api/health`, until, rec.healthPort)] : []),
  ]);
  if (rssTimer) clearInterval(rssTimer);
  const benchDelay = loop();
  const s = summary(rec);
  console.log(`\n| clients | savers | s | page answers | p50 | p95 (all) | p95 (served) | refused | page errors | saves | save p50 | save p95 | saves refused | save errors | health p95 | health max | health ≠200 | RSS start → end |`);
  console.log(`|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|`);
  console.log(
    `| ${CLIENTS} | ${SAVERS} | ${SECONDS} | ${s.pages} | ${ms(s.pageP50)} | ${ms(s.pageP95)} | ${ms(s.servedP95)} | ${s.refused} | ${s.pageErrors} | ${s.saves} | ${ms(s.saveP50)} | ${ms(s.saveP95)} | ${s.saveRefused} | ${s.saveErrors} | ${ms(s.healthP95)} | ${ms(s.healthMax)} | ${s.healthNot200} | ${PIDS.length ? `${rssStart} → ${rssMb()} MB` : "–"} |`,
  );
  if (soak) {
    // Whole minutes of the run only (the last, partial one holds nothing but the stragglers).
    const picks = windows.filter((w) => w && w.to <= until + 1000);
    console.log(`\n| window | RSS | page p95 (all) | refused | saves | save p95 | saves refused | save errors | health p95 | health max | health port p95 / max |`);
    console.log(`|---|---|---|---|---|---|---|---|---|---|---|`);
    for (const w of picks) {
      const x = summary(rec, w.from, w.to);
      console.log(
        `| ${w.label} | ${w.rss ?? "–"} MB | ${ms(x.pageP95)} | ${x.refused} | ${x.saves} | ${ms(x.saveP95)} | ${x.saveRefused} | ${x.saveErrors} | ${ms(x.healthP95)} | ${ms(x.healthMax)} | ${HEALTH_PORT ? `${ms(x.portP95)} / ${ms(x.portMax)}` : "–"} |`,
      );
    }
  }
  const slowest = (xs: Recorder["health"]) =>
    [...xs].sort((a, b) => b.ms - a.ms).slice(0, 3).map((h) => `${ms(h.ms)} (sent at +${((h.at - h.ms - start) / 1000).toFixed(1)} s; ${JSON.stringify(h.phases ?? {})})`).join(", ");
  console.log(`\nslowest health answers: ${slowest(rec.health)}`);
  if (HEALTH_PORT) {
    console.log(`health on HEALTH_PORT ${HEALTH_PORT}: ${rec.healthPort.length} answers, p95 ${ms(s.portP95)}, max ${ms(s.portMax)}, ≠200: ${rec.healthPort.filter((h) => h.status !== 200).length}; slowest: ${slowest(rec.healthPort)}`);
  }
  console.log(`the bench's own event loop (page and save clients; the health probe runs in its own thread): p99 ${ms(benchDelay.p99)}, max ${ms(benchDelay.max)}`);
  await recount(rec, id);
}

async function runMatrix() {
  const id = await assessmentId();
  const actionId = saveActionId();
  const url = `${base}/assessments/${id}`;
  const cookies = await sessions(Math.max(...SIZES));
  const codes = await questionCodes(url, cookies[0]!);
  for (const c of cookies.slice(0, 2)) await (await fetch(url, { headers: { cookie: c } })).arrayBuffer();
  const all = new Recorder();
  console.log(`\n| users | page/s | page p50 | page p95 | page ≠200 | save p50 | save p95 | saves | save refused | save errors |`);
  console.log(`|---|---|---|---|---|---|---|---|---|---|`);
  for (const n of SIZES) {
    const pages = new Recorder();
    let until = Date.now() + SECONDS * 1000;
    await Promise.all(Array.from({ length: n }, (_, i) => pageClient(url, cookies[i]!, until, pages, false)));
    const saves = new Recorder();
    until = Date.now() + SECONDS * 1000;
    await Promise.all(Array.from({ length: n }, (_, i) => saver(i, { actionId, assessmentId: id, codes }, cookies[i]!, until, saves)));
    const p = summary(pages);
    const s = summary(saves);
    all.acked.push(...saves.acked);
    const served = pages.pages.filter((x) => x.status === 200).length;
    console.log(
      `| ${n} | ${(served / SECONDS).toFixed(1)} | ${ms(p.pageP50)} | ${ms(p.pageP95)} | ${p.pages - served} | ${ms(s.saveP50)} | ${ms(s.saveP95)} | ${s.saves} | ${s.saveRefused} | ${s.saveErrors} |`,
    );
  }
  await recount(all, id);
}

(matrix ? runMatrix() : overload()).then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
