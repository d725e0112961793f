import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { saveActionId, sendSave } from "../scripts/bench/lib/save-action";
import { signInCookie } from "./fuzz/client";
import { demoAssessmentId } from "./helpers";

/**
 * Issue 15 §3 end to end, on a second production server of the app's own
 * (scripts/server.ts) with admission control at its tightest: one request in
 * flight. While a deliberately slow request holds that slot (its body is
 * still arriving), a page load is refused with 503 + Retry-After — without
 * waiting for the slow one — while an autosave (the app's real server-action
 * request) is served and /api/health answers, on the app's port and on
 * HEALTH_PORT (answered by a thread of its own). Behaviour, not timings.
 */

const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 3;
const base = `http://localhost:${APP_PORT}`;
const HEALTH_PORT = APP_PORT + 1;
let server: ChildProcess | null = null;

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    env: {
      ...process.env,
      HOST: "localhost",
      PORT: String(APP_PORT),
      NEXTAUTH_URL: base,
      NODE_ENV: "production",
      ADMISSION: "on",
      ADMISSION_MAX_IN_FLIGHT: "1",
      ADMISSION_MAX_WAIT_MS: "1000",
      HEALTH_PORT: String(HEALTH_PORT),
    },
    stdio: "ignore",
    detached: true,
  });
  const until = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error("the second server did not start");
    await new Promise((r) => setTimeout(r, 300));
  }
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

/** An anonymous server-action POST whose body arrives only when `finish` is called: it holds its slot till then. */
function slowRequest() {
  let finished = false;
  const req = http.request(`${base}/sign-in`, {
    method: "POST",
    headers: { "content-type": "text/plain;charset=UTF-8", "next-action": "0".repeat(42), "transfer-encoding": "chunked" },
  });
  const answered = new Promise<number>((resolve) => {
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(0));
  });
  req.write("[");
  return {
    answered,
    get finished() {
      return finished;
    },
    finish() {
      finished = true;
      req.end("]");
    },
  };
}

test("one slot, held by a slow request: a page load is refused fast with Retry-After, a save is served, health answers", async () => {
  const assessmentId = await demoAssessmentId();
  const cookie = await signInCookie(base, "respondent@example.gov.cn", "Demo#2026-AiGov");
  const page = () => fetch(`${base}/assessments/${assessmentId}`, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
  // Warm: the first render compiles and caches, and shows the page itself is fine.
  expect((await page()).status).toBe(200);

  const slow = slowRequest();
  let slowAnswered = false;
  void slow.answered.then(() => (slowAnswered = true));
  await new Promise((r) => setTimeout(r, 500)); // the slow request has been admitted and holds the slot

  const [refused, save, health, healthThread] = await Promise.all([
    page(),
    sendSave(base, saveActionId(), cookie, {
      assessmentId,
      questionCode: "GOV.2.1",
      expectedVersion: 0,
      answer: { level: 2, na: false, naReason: "", note: "" },
    }),
    fetch(`${base}/api/health`),
    fetch(`http://localhost:${HEALTH_PORT}/api/health`),
  ]);
  // All three answered while the slow request still held the slot.
  expect(slow.finished).toBe(false);
  expect(slowAnswered).toBe(false);

  expect(refused.status).toBe(503);
  expect(refused.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
  const text = await refused.text();
  expect(text).toContain("服务繁忙");
  expect(text).toContain("Service busy");
  // The save was served (a conflict means an earlier run saved it first: served too).
  expect(["ok", "conflict"]).toContain(save.kind);
  expect(health.status).toBe(200);
  expect(healthThread.status).toBe(200);
  expect(await healthThread.json()).toEqual({ status: "ok", db: "ok" });

  slow.finish();
  expect(await slow.answered).toBeLessThan(500);
  // The slot is free again: pages are served.
  await expect.poll(async () => (await page()).status, { timeout: 10_000 }).toBe(200);
});

/** A request whose client hangs up at once, before any answer: what a crawler, a fuzzer or a closed tab does. */
function abandonedRequest(path: string, headers: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request(`${base}${path}`, { headers });
    req.on("error", () => resolve());
    req.on("close", () => resolve());
    req.end();
    setImmediate(() => req.destroy());
  });
}

test("clients that hang up before their answer give their slot back: the one slot still serves the next page", async () => {
  const assessmentId = await demoAssessmentId();
  const cookie = await signInCookie(base, "respondent@example.gov.cn", "Demo#2026-AiGov");
  // Thirty hang-ups, anonymous and signed in, some while the session is being read, some while waiting.
  await Promise.all(
    Array.from({ length: 30 }, (_, i) => abandonedRequest(i % 2 ? "/sign-in" : `/assessments/${assessmentId}`, i % 2 ? {} : { cookie })),
  );
  // With a leaked slot every later request would wait its second and be refused.
  await expect
    .poll(async () => (await fetch(`${base}/assessments/${assessmentId}`, { headers: { cookie, accept: "text/html" }, redirect: "manual" })).status, {
      timeout: 15_000,
    })
    .toBe(200);
  for (let i = 0; i < 3; i++) expect((await fetch(`${base}/sign-in`)).status).toBe(200);
});

test("HEALTH_PORT answers /api/health only (GET and HEAD), nothing else of the app", async () => {
  const at = (path: string, init?: RequestInit) => fetch(`http://localhost:${HEALTH_PORT}${path}`, init);
  expect((await at("/api/health", { method: "HEAD" })).status).toBe(200);
  expect((await at("/api/health?x=1")).headers.get("cache-control")).toBe("no-store");
  for (const [path, method] of [["/", "GET"], ["/sign-in", "GET"], ["/api/health", "POST"], ["/api/v1/org-units", "GET"]] as const) {
    expect((await at(path, { method })).status, `${method} ${path}`).toBe(404);
  }
});
