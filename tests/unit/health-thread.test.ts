import type { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEALTH_STALE_MS, healthShared, startHealthThread, writeHealthState } from "@/lib/http/health-thread";

/**
 * HEALTH_PORT's thread (issue 15 §3: /api/health always answers within 500 ms): it answers from what the main
 * thread last wrote, and says so when the main thread or the database watch has gone quiet.
 */
describe("the health thread", () => {
  const shared = healthShared();
  let worker: Worker;
  let base: string;

  beforeAll(async () => {
    const thread = await startHealthThread(0, "127.0.0.1", shared);
    worker = thread.worker;
    base = `http://127.0.0.1:${thread.port}`;
  });
  afterAll(async () => {
    await worker?.terminate();
  });

  const health = async () => {
    const res = await fetch(`${base}/api/health`);
    return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.json() };
  };

  it("before the watch's first look: 503, database unknown", async () => {
    writeHealthState(shared, { up: true, checkedAt: 0 });
    expect(await health()).toEqual({ status: 503, retryAfter: "5", body: { status: "degraded", db: "unknown" } });
    writeHealthState(shared, undefined);
    expect((await health()).body).toEqual({ status: "degraded", db: "unknown" });
  });

  it("database up and the main thread writing: 200", async () => {
    writeHealthState(shared, { up: true, checkedAt: Date.now() - 800 });
    expect(await health()).toEqual({ status: 200, retryAfter: null, body: { status: "ok", db: "ok" } });
  });

  it("database down: 503 with Retry-After", async () => {
    writeHealthState(shared, { up: false, checkedAt: Date.now() });
    expect(await health()).toEqual({ status: 503, retryAfter: "5", body: { status: "degraded", db: "down" } });
  });

  it("the watch's last look too old: 503, database unknown", async () => {
    writeHealthState(shared, { up: true, checkedAt: Date.now() - HEALTH_STALE_MS - 100 });
    expect((await health()).body).toEqual({ status: "degraded", db: "unknown" });
  });

  it("the main thread silent for 5 s (its loop stalled): 503, app unresponsive", async () => {
    // The watch's last look is fresh, but the main loop last wrote more than 5 s ago.
    writeHealthState(shared, { up: true, checkedAt: Date.now() }, Date.now() - HEALTH_STALE_MS - 100);
    expect(await health()).toMatchObject({ status: 503, body: { status: "degraded", app: "unresponsive" } });
  });

  it("answers nothing but GET/HEAD /api/health", async () => {
    writeHealthState(shared, { up: true, checkedAt: Date.now() });
    expect((await fetch(`${base}/api/health`, { method: "HEAD" })).status).toBe(200);
    expect((await fetch(`${base}/api/health?probe=1`)).status).toBe(200);
    for (const [path, method] of [["/", "GET"], ["/api/health", "POST"], ["/api/healthz", "GET"], ["/sign-in", "GET"]] as const) {
      expect((await fetch(`${base}${path}`, { method })).status, `${method} ${path}`).toBe(404);
    }
  });

  it("a port already taken: the start fails (the server does not run without the health port it was asked for)", async () => {
    await expect(startHealthThread(Number(new URL(base).port), "127.0.0.1", shared)).rejects.toThrow(/EADDRINUSE/);
  });
});
