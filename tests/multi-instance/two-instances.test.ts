/**
 * Two app instances on one PostgreSQL behind nginx (scripts/multi-instance.sh)
 * work as one. Needs a PostgreSQL server, a production build and nginx; `npm test`
 * runs it after the end-to-end phase when all three are there, or on its own:
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run test:multi-instance
 *
 * It creates a fresh database on that server and drops it afterwards.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Client } from "pg";

const PROXY = Number(process.env.MULTI_PROXY_PORT ?? 3195);
const A = Number(process.env.MULTI_PORT_A ?? 3196);
const B = Number(process.env.MULTI_PORT_B ?? 3197);
const url = (port: number, p: string) => `http://127.0.0.1:${port}${p}`;
const PASSWORD = "Demo#2026-AiGov";

const base = process.env.DATABASE_URL;
if (!base) throw new Error("DATABASE_URL (a PostgreSQL server) is required");
const dbName = `agm_multi_${Date.now()}_${randomBytes(3).toString("hex")}`;
const dbUrl = Object.assign(new URL(base), { pathname: `/${dbName}` }).toString();
const dataDir = mkdtempSync(path.join(tmpdir(), "agm-multi-"));
let stack: ChildProcess | undefined;
let output = "";

async function sql<T extends object>(connectionString: string, text: string): Promise<T[]> {
  const c = new Client({ connectionString });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

/** Cookie header value from a response's Set-Cookie lines (name=value only). */
function cookiesOf(res: Response): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const i = pair!.indexOf("=");
    out.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
  return out;
}
const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Signs in through next-auth's credentials callback; returns the session cookie (or null) and who answered. */
async function signIn(port: number, email: string, password: string) {
  const csrfRes = await fetch(url(port, "/api/auth/csrf"));
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(url(port, "/api/auth/callback/credentials"), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: "/" }),
  });
  const session = [...cookiesOf(res)].find(([k, v]) => k.endsWith("next-auth.session-token") && v);
  return { cookie: session ? `${session[0]}=${session[1]}` : null, upstream: res.headers.get("x-upstream") };
}

async function waitForReady(timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (stack?.exitCode !== null && stack?.exitCode !== undefined) throw new Error(`multi-instance.sh exited:\n${output}`);
    if (output.includes("[multi] ready")) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`not ready in time:\n${output}`);
}

before(async () => {
  await sql(base, `CREATE DATABASE "${dbName}"`);
  stack = spawn("bash", ["scripts/multi-instance.sh"], {
    cwd: path.resolve(__dirname, "../.."),
    env: { ...process.env, DATABASE_URL: dbUrl, DATA_DIR: dataDir, PROXY_PORT: String(PROXY), APP_PORTS: `${A} ${B}`, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  stack.stdout!.on("data", (d) => (output += d));
  stack.stderr!.on("data", (d) => (output += d));
  await waitForReady(10 * 60_000);
});

after(async () => {
  if (stack && stack.exitCode === null) {
    stack.kill("SIGTERM");
    await new Promise((r) => stack!.once("exit", r));
  }
  await sql(base, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  rmSync(dataDir, { recursive: true, force: true });
});

describe("two instances behind nginx", () => {
  it("the proxy alternates between both instances (round robin, no stickiness)", async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const res = await fetch(url(PROXY, "/api/health"));
      assert.equal(res.status, 200);
      seen.add(res.headers.get("x-upstream") ?? "");
    }
    assert.deepEqual([...seen].sort(), [`127.0.0.1:${A}`, `127.0.0.1:${B}`]);
  });

  it("a session started on one instance is valid on the other, and a save on one is seen on the other", async () => {
    const { cookie, upstream } = await signIn(PROXY, "respondent@example.gov.cn", PASSWORD);
    assert.ok(cookie, `sign-in through the proxy failed:\n${output.slice(-2000)}`);
    const signedInOn = Number(upstream!.split(":")[1]);
    const other = signedInOn === A ? B : A;

    const [row] = await sql<{ id: string }>(
      dbUrl,
      `INSERT INTO assessment (id, cycle_id, org_unit_id, updated_at)
       SELECT gen_random_uuid(), c.id, u.id, now() FROM assessment_cycle c, org_unit u
        WHERE c.status = 'OPEN' AND u.code = 'DH-SJ' ORDER BY c.opens_on DESC LIMIT 1
       ON CONFLICT (cycle_id, org_unit_id) DO UPDATE SET cycle_id = EXCLUDED.cycle_id RETURNING id`,
    );
    const id = row?.id;
    assert.ok(id);
    // Without the cookie the other instance refuses; with it, it serves.
    assert.equal((await fetch(url(other, `/api/v1/assessments/${id}/answers.json`))).status, 401);
    assert.equal((await fetch(url(other, `/api/v1/assessments/${id}/answers.json`), { headers: { cookie } })).status, 200);

    // Upload on the instance that signed in; download the same bytes from the other.
    const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${randomBytes(8).toString("hex")}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
    const form = new FormData();
    form.set("questionCode", "GOV.1.1");
    form.set("file", new Blob([bytes], { type: "application/pdf" }), "方案.pdf");
    const up = await fetch(url(signedInOn, `/api/v1/assessments/${id}/evidence`), { method: "POST", body: form, headers: { cookie } });
    assert.equal(up.status, 201, await up.clone().text());
    const { data } = (await up.json()) as { data: { id: string } };
    const down = await fetch(url(other, `/api/v1/evidence/${data.id}`), { headers: { cookie } });
    assert.equal(down.status, 200);
    assert.deepEqual(new Uint8Array(await down.arrayBuffer()), bytes);
    // A larger file through the proxy (nginx buffers the body to disk), read back from both instances.
    const big = new Uint8Array(300_000).fill(0x20);
    big.set(bytes.subarray(0, bytes.length - 6), 0);
    big.set(new TextEncoder().encode("\n%%EOF"), big.length - 6);
    const bigForm = new FormData();
    bigForm.set("questionCode", "GOV.1.2");
    bigForm.set("file", new Blob([big], { type: "application/pdf" }), "附件.pdf");
    const upBig = await fetch(url(PROXY, `/api/v1/assessments/${id}/evidence`), { method: "POST", body: bigForm, headers: { cookie } });
    assert.equal(upBig.status, 201, await upBig.clone().text());
    const bigId = ((await upBig.json()) as { data: { id: string } }).data.id;
    for (const port of [A, B]) {
      const res: Response = await fetch(url(port, `/api/v1/evidence/${bigId}`), { headers: { cookie } });
      assert.deepEqual(new Uint8Array(await res.arrayBuffer()), big);
    }
    const answers = await (await fetch(url(other, `/api/v1/assessments/${id}/answers.json`), { headers: { cookie } })).text();
    assert.match(answers, /方案\.pdf|GOV\.1\.1/);
  });

  it("failed sign-ins on both instances add up to one lockout", async () => {
    const email = "reviewer@example.gov.cn";
    assert.ok((await signIn(B, email, PASSWORD)).cookie, "the account signs in before the failures");
    // The default threshold is 5: spread over two instances, each alone would have seen at most 3.
    for (let i = 0; i < 5; i++) {
      const r = await signIn(i % 2 ? B : A, email, "Wrong#Password-1");
      assert.equal(r.cookie, null);
    }
    assert.equal((await signIn(A, email, PASSWORD)).cookie, null, "the correct password must not work while locked");
    assert.equal((await signIn(B, email, PASSWORD)).cookie, null);
  });
});
