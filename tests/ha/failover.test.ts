/**
 * Issue 15 §2: the app on PostgreSQL in high availability (scripts/postgres-ha.sh: etcd, two Patroni
 * nodes with synchronous replication, HAProxy following the primary) survives the primary's crash.
 * Respondents autosave through the app's real server-action requests; the primary's postmaster is killed
 * with SIGKILL; Patroni promotes the synchronous standby, HAProxy follows it, and the same app process
 * (no restart) saves again. Every save the app acknowledged (ok:true) must be on the new primary.
 * Prints the recovery time. Needs Debian's patroni, etcd-server and haproxy, PostgreSQL 15 and a
 * production build; `npm test` runs it after the end-to-end phase when they are there, or on its own:
 *
 *   npm run test:ha
 *
 * Everything runs in a temporary folder removed afterwards; no database of the local server is used.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Client } from "pg";
import { signInCookie } from "../../e2e/fuzz/client";
import { checkAcknowledgedSaves, type AcknowledgedSave } from "../../scripts/bench/lib/acknowledged";
import { saveActionId } from "../../scripts/bench/lib/save-action";

const root = path.resolve(__dirname, "../..");
const APP = Number(process.env.HA_APP_PORT ?? 3320);
const HAPROXY = Number(process.env.HA_HAPROXY_PORT ?? 5450);
const PG_PORTS = [Number(process.env.HA_PG_PORT_1 ?? 5441), Number(process.env.HA_PG_PORT_2 ?? 5442)];
const REST_PORTS = [Number(process.env.HA_REST_PORT_1 ?? 8008), Number(process.env.HA_REST_PORT_2 ?? 8009)];
const ETCD_PORTS = process.env.HA_ETCD_PORTS ?? "23790 23791";
const PASSWORD = "Demo#2026-AiGov";
/** Saving workers (each its own question) and the pause between one worker's saves, as autosave does. */
const WORKERS = 6;
const PAUSE_MS = 250;
const app = (p: string) => `http://127.0.0.1:${APP}${p}`;

const haDir = mkdtempSync(path.join(tmpdir(), "agm-ha-test-"));
let cluster: ChildProcess | undefined;
let server: ChildProcess | undefined;
let clusterLog = "";
let serverLog = "";
let dbUrl = "";

function spawnLogged(args: string[], env: NodeJS.ProcessEnv, onOutput: (s: string) => void): ChildProcess {
  // Its own process group, so teardown can end it with everything it started.
  const child = spawn(args[0]!, args.slice(1), { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout!.on("data", (d) => onOutput(String(d)));
  child.stderr!.on("data", (d) => onOutput(String(d)));
  return child;
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = "";
    const child = spawnLogged([process.execPath, ...args], env, (s) => (out += s));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}:\n${out}`))));
  });
}

/** SIGTERM to the process (or its whole group), then SIGKILL to the group if it has not exited in time. */
async function stopGroup(child: ChildProcess | undefined, graceMs: number, whole: boolean) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    process.kill(whole ? -child.pid : child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  }, graceMs);
  await exited;
  clearTimeout(timer);
}

async function sql<T extends object>(connectionString: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, log: () => string) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what}: not in ${timeoutMs / 1000} s\n${log().slice(-3000)}`);
}

/** Signs in through next-auth's credentials callback, as the sign-in form does; the server's log if it fails. */
async function signIn(email: string): Promise<string> {
  try {
    return await signInCookie(app(""), email, PASSWORD);
  } catch (err) {
    assert.fail(`${err instanceof Error ? err.message : err}\n${serverLog.slice(-2000)}`);
  }
}

type SaveResult = { ok: true; data: { version: number } } | { ok: false; code: string; details?: { theirs?: { version: number } } };

/** One autosave, the request the questionnaire's client sends: POST to the page with the action id. */
async function save(actionId: string, cookie: string, assessmentId: string, body: unknown): Promise<SaveResult | { ok: false; code: "NETWORK" }> {
  try {
    const res = await fetch(app(`/assessments/${assessmentId}`), {
      method: "POST",
      headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: app(""), cookie },
      body: JSON.stringify([body]),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    // The RSC reply: one line per chunk, "<id>:<json>"; the action's result is the object with "ok".
    for (const line of text.split("\n")) {
      const json = line.slice(line.indexOf(":") + 1);
      if (!json.startsWith("{")) continue;
      try {
        const value = JSON.parse(json) as Record<string, unknown>;
        if (typeof value.ok === "boolean") return value as unknown as SaveResult;
      } catch {
        /* another chunk */
      }
    }
    return { ok: false, code: `HTTP ${res.status}` } as SaveResult;
  } catch {
    return { ok: false, code: "NETWORK" };
  }
}

async function leader(): Promise<{ name: string; port: number }> {
  for (const rest of REST_PORTS) {
    try {
      const res = await fetch(`http://127.0.0.1:${rest}/cluster`, { signal: AbortSignal.timeout(2000) });
      const { members } = (await res.json()) as { members: { name: string; role: string; port: number; state: string }[] };
      const lead = members.find((m) => m.role === "leader" && m.state === "running");
      if (lead) return { name: lead.name, port: lead.port };
    } catch {
      /* that node's REST API is away: ask the other */
    }
  }
  throw new Error("no running leader");
}

before(async () => {
  assert.ok(
    existsSync(path.join(root, ".next", "BUILD_ID")),
    "no production build in .next: `npm start` (or NODE_ENV=production npx next build) makes one",
  );
  cluster = spawnLogged(
    ["bash", "scripts/postgres-ha.sh"],
    {
      ...process.env,
      HA_DIR: haDir,
      HAPROXY_PORT: String(HAPROXY),
      HAPROXY_REPLICA_PORT: String(HAPROXY + 1),
      PG_PORTS: PG_PORTS.join(" "),
      REST_PORTS: REST_PORTS.join(" "),
      ETCD_PORTS,
    },
    (s) => (clusterLog += s),
  );
  await waitFor("the HA arrangement", () => {
    if (cluster!.exitCode !== null) throw new Error(`postgres-ha.sh exited:\n${clusterLog}`);
    return clusterLog.includes("[ha] ready");
  }, 120_000, () => clusterLog);
  const base = readFileSync(path.join(haDir, "database-url"), "utf8").trim();
  await sql(base, `CREATE DATABASE aigov`);
  dbUrl = Object.assign(new URL(base), { pathname: "/aigov" }).toString();

  // Schema and demo data through HAProxy, as a deployment would.
  const env = { ...process.env, DATABASE_URL: dbUrl, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" };
  await runNode(["--conditions=react-server", "--import", "tsx", "scripts/migrate.ts"], env);
  await runNode(["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], env);

  server = spawnLogged(
    [process.execPath, "--import", "tsx", "scripts/server.ts"],
    {
      ...env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(APP),
      NEXTAUTH_URL: app(""),
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    },
    (s) => (serverLog += s),
  );
  await waitFor("the app", async () => {
    if (server!.exitCode !== null) throw new Error(`the app exited:\n${serverLog}`);
    return (await fetch(app("/api/health")).catch(() => null))?.status === 200;
  }, 120_000, () => serverLog);
});

after(async () => {
  await stopGroup(server, 10_000, true);
  // The script alone first: its trap stops HAProxy and Patroni (each stopping its PostgreSQL), then etcd.
  await stopGroup(cluster, 60_000, false);
  rmSync(haDir, { recursive: true, force: true });
});

describe("PostgreSQL failover under the app (Patroni, synchronous standby, HAProxy)", () => {
  it("keeps every acknowledged save when the primary is killed, and serves again without a restart", async () => {
    const [row] = await sql<{ id: string }>(
      dbUrl,
      `INSERT INTO assessment (id, cycle_id, org_unit_id, updated_at)
       SELECT gen_random_uuid(), c.id, u.id, now() FROM assessment_cycle c, org_unit u
        WHERE c.status = 'OPEN' AND u.code = 'DH-SJ' ORDER BY c.opens_on DESC LIMIT 1
       ON CONFLICT (cycle_id, org_unit_id) DO UPDATE SET cycle_id = EXCLUDED.cycle_id RETURNING id`,
    );
    const assessmentId = row!.id;
    const codes = (
      await sql<{ code: string }>(
        dbUrl,
        `SELECT q.code FROM question q JOIN indicator i ON i.id = q.indicator_id JOIN dimension d ON d.id = i.dimension_id
           JOIN assessment_cycle c ON c.framework_version_id = d.framework_version_id JOIN assessment a ON a.cycle_id = c.id
          WHERE a.id = $1 ORDER BY q.code LIMIT ${WORKERS}`,
        [assessmentId],
      )
    ).map((r) => r.code);
    assert.equal(codes.length, WORKERS);
    // Two respondents of the department (both may answer), three questions each.
    const cookies = [await signIn("respondent@example.gov.cn"), await signIn("deptadmin@example.gov.cn")];
    const actionId = saveActionId();
    const appPid = server!.pid;

    const acked: AcknowledgedSave[] = [];
    const failures: { sentAt: number; at: number; code: string }[] = [];
    const oks: { sentAt: number; at: number }[] = [];
    let stop = false;
    let killedAt = 0;

    async function worker(w: number) {
      const code = codes[w]!;
      const cookie = cookies[w % cookies.length]!;
      let expectedVersion = 0;
      for (let n = 0; !stop; n++) {
        const note = `ha w${w} #${n} ${randomBytes(3).toString("hex")}`;
        const sentAt = Date.now();
        const r = await save(actionId, cookie, assessmentId, { assessmentId, questionCode: code, expectedVersion, answer: { level: 1 + (n % 5), na: false, naReason: "", note } });
        if (r.ok) {
          acked.push({ code, note, level: 1 + (n % 5), version: r.data.version });
          oks.push({ sentAt, at: Date.now() });
          expectedVersion = r.data.version;
        } else {
          failures.push({ sentAt, at: Date.now(), code: r.code });
          // A save whose reply was lost may have landed: the conflict names the version now stored.
          if (r.code === "CONFLICT" && "details" in r && r.details?.theirs) expectedVersion = r.details.theirs.version;
        }
        await new Promise((res) => setTimeout(res, PAUSE_MS));
      }
    }
    const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));

    let leaderBefore: { name: string; port: number };
    let ackedBeforeKill: number;
    try {
      // Saves flow, then the primary's postmaster is killed hard (no shutdown: a crash of the node's database).
      await waitFor("saves before the crash", () => acked.length >= 20, 30_000, () => serverLog);
      leaderBefore = await leader();
      const pidFile = path.join(haDir, leaderBefore.name, "data", "postmaster.pid");
      const postmaster = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
      ackedBeforeKill = acked.length;
      killedAt = Date.now();
      process.kill(postmaster, "SIGKILL");

      // Saves keep going; recovered once saves sent after the kill are acknowledged again for 3 s.
      await waitFor(
        "saves after the failover",
        () => oks.some((o) => o.sentAt > killedAt) && Date.now() - oks.find((o) => o.sentAt > killedAt)!.at > 3000,
        90_000,
        () => `${clusterLog}\n${serverLog}`,
      );
    } finally {
      stop = true;
      await Promise.all(workers);
    }

    const leaderAfter = await leader();
    assert.notEqual(leaderAfter.name, leaderBefore.name, "the standby should have been promoted");
    assert.equal(server!.exitCode, null, "the app must keep running (no restart)");
    assert.equal(server!.pid, appPid);
    assert.equal((await fetch(app("/api/health"))).status, 200);

    // Every acknowledged save is on the new primary, read directly from it (not through HAProxy).
    const direct = Object.assign(new URL(dbUrl), { port: String(leaderAfter.port) }).toString();
    const [role] = await sql<{ in_recovery: boolean }>(direct, "SELECT pg_is_in_recovery() AS in_recovery");
    assert.equal(role?.in_recovery, false, "read from the promoted primary");
    const check = await checkAcknowledgedSaves(direct, assessmentId, acked, "ha w");
    assert.deepEqual(check.lost, [], `acknowledged saves missing on the new primary: ${check.lost.length} of ${acked.length}`);
    assert.deepEqual(check.behind, [], "a question's stored answer is older than its last acknowledged save");

    // Recovery as a respondent sees it: from sending the first save that failed to the reply of the first
    // save acknowledged after it.
    const firstFail = failures.find((f) => f.at >= killedAt);
    const firstOkAfter = oks.find((o) => o.sentAt > (firstFail?.sentAt ?? killedAt))!;
    const firstOkSentAfterKill = oks.find((o) => o.sentAt > killedAt)!;
    const s = (ms: number) => (ms / 1000).toFixed(1);
    console.log(
      `[ha] ${acked.length} saves acknowledged (${ackedBeforeKill} before the kill), all ${acked.length} on the promoted ` +
        `${leaderAfter.name}; ${failures.length} refused during the failover (${[...new Set(failures.map((f) => f.code))].join(", ") || "none"}); ` +
        `recovery ${firstFail ? s(firstOkAfter.at - firstFail.sentAt) : "0.0"} s (first failed save → first ok save), ` +
        `${s(firstOkSentAfterKill.at - killedAt)} s from the kill to the first ok save; the app was not restarted`,
    );
    // A refusal other than UNAVAILABLE means an error the app did not recognise as "the database is briefly
    // away": print what the server logged for it, so the next run that sees one says which error it was.
    if (failures.some((f) => f.code !== "UNAVAILABLE")) {
      const errors = serverLog.split("\n").filter((l) => /"level":(50|60)/.test(l) && !l.includes("sealing failed"));
      console.log(`[ha] refusals other than UNAVAILABLE; the server's error lines:\n${errors.join("\n").slice(0, 8000)}`);
    }
  });
});
