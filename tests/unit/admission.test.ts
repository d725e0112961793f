import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AdmissionQueue, classify, type Admission } from "@/lib/http/admission";
import { busyReply } from "@/lib/http/busy-response";

// Issue 15 §3 / issue 11 §2: behaviour of the admission queue, not timings (fake timers throughout).

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const queue = (limit: number, extra: Partial<ConstructorParameters<typeof AdmissionQueue>[0]> = {}) =>
  new AdmissionQueue({ limit, maxWaitMs: 3000, queueMax: 100, initialServiceMs: 10, ...extra });

function settled(p: Promise<Admission>) {
  const box: { value?: Admission } = {};
  void p.then((v) => (box.value = v));
  return box;
}

describe("classify", () => {
  const facts = { method: "GET", path: "/", nextAction: false, authenticated: true };
  it("ranks requests by what they are and who sends them", () => {
    expect(classify({ ...facts, path: "/api/health" })).toBe("health");
    expect(classify({ ...facts, path: "/api/health", authenticated: false })).toBe("health");
    expect(classify({ ...facts, path: "/_next/static/chunks/app.js", authenticated: false })).toBe("static");
    expect(classify({ ...facts, method: "POST", path: "/assessments/x", nextAction: true })).toBe("active");
    expect(classify({ ...facts, method: "POST", path: "/api/auth/callback/credentials" })).toBe("active");
    expect(classify({ ...facts, path: "/api/auth/session" })).toBe("active");
    expect(classify({ ...facts, method: "POST", path: "/api/v1/evidence" })).toBe("signedIn");
    expect(classify({ ...facts, path: "/assessments/x" })).toBe("page");
    // Without a valid session, every request is anonymous: sign-in attempts included, actions included.
    expect(classify({ ...facts, method: "POST", path: "/api/auth/callback/credentials", authenticated: false })).toBe("anonymous");
    expect(classify({ ...facts, method: "POST", path: "/assessments/x", nextAction: true, authenticated: false })).toBe("anonymous");
    expect(classify({ ...facts, path: "/sign-in", authenticated: false })).toBe("anonymous");
  });
});

describe("AdmissionQueue", () => {
  it("admits up to the limit and makes the next one wait", async () => {
    const q = queue(2, { reserve: 0 });
    const a = await q.admit("page");
    const b = await q.admit("active");
    expect(a.ok && b.ok).toBe(true);
    const c = settled(q.admit("active"));
    await vi.advanceTimersByTimeAsync(10);
    expect(c.value).toBeUndefined();
    if (a.ok) a.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(c.value?.ok).toBe(true);
  });

  it("refuses a request that waited the bound, with a Retry-After of at least a second", async () => {
    const q = queue(1, { maxWaitMs: 500, initialServiceMs: 1 });
    const held = await q.admit("page");
    expect(held.ok).toBe(true);
    const waiting = settled(q.admit("page"));
    await vi.advanceTimersByTimeAsync(499);
    expect(waiting.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(waiting.value).toMatchObject({ ok: false, reason: "timeout" });
    expect(waiting.value?.ok === false && waiting.value.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(q.stats().waiting).toBe(0);
  });

  it("serves waiting saves before waiting page loads and anonymous requests, oldest first within a class", async () => {
    const q = queue(1, { reserve: 0 });
    const held = await q.admit("page");
    const order: string[] = [];
    const track = (name: string, p: Promise<Admission>) =>
      p.then((a) => {
        order.push(name);
        if (a.ok) setTimeout(a.release, 1);
      });
    const all = [
      track("anonymous", q.admit("anonymous")),
      track("page-1", q.admit("page")),
      track("save-1", q.admit("active")),
      track("page-2", q.admit("page")),
      track("api", q.admit("signedIn")),
      track("save-2", q.admit("active")),
    ];
    if (held.ok) held.release();
    await vi.advanceTimersByTimeAsync(20);
    await Promise.all(all);
    expect(order).toEqual(["save-1", "save-2", "api", "page-1", "page-2", "anonymous"]);
  });

  it("refuses at once when the expected wait already exceeds the bound, but queues an active user's save", async () => {
    const q = queue(1, { maxWaitMs: 500, initialServiceMs: 2000, reserve: 0 });
    const held = await q.admit("page");
    const page = await q.admit("page");
    expect(page).toMatchObject({ ok: false, reason: "expected-wait", waitedMs: 0 });
    expect(page.ok === false && page.retryAfterSeconds).toBeGreaterThanOrEqual(2);
    const save = settled(q.admit("active"));
    await vi.advanceTimersByTimeAsync(100);
    expect(save.value).toBeUndefined();
    if (held.ok) held.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.value?.ok).toBe(true);
  });

  it("refuses at once when the waiting room is full", async () => {
    const q = queue(1, { queueMax: 2, reserve: 0 });
    await q.admit("active");
    void q.admit("active");
    void q.admit("active");
    expect(await q.admit("active")).toMatchObject({ ok: false, reason: "queue-full" });
  });

  it("never queues the health check or static files", async () => {
    const q = queue(1, { queueMax: 0 });
    await q.admit("page");
    expect((await q.admit("health")).ok).toBe(true);
    expect((await q.admit("static")).ok).toBe(true);
    expect(q.stats().inFlight).toBe(1);
  });

  it("keeps extra slots for active users that nothing else can take, and caps anonymous requests", async () => {
    const q = queue(4); // reserve 1: four shared slots, one more for saves; anonymous requests at most 2
    expect(q.reserve).toBe(1);
    const pages = await Promise.all([q.admit("page"), q.admit("page"), q.admit("signedIn"), q.admit("page")]);
    expect(pages.every((p) => p.ok)).toBe(true);
    const fifth = settled(q.admit("page"));
    await vi.advanceTimersByTimeAsync(0);
    expect(fifth.value).toBeUndefined();
    expect((await q.admit("active")).ok).toBe(true);
    const another = settled(q.admit("active"));
    await vi.advanceTimersByTimeAsync(0);
    expect(another.value).toBeUndefined();

    const r = queue(4);
    await r.admit("anonymous");
    await r.admit("anonymous");
    const third = settled(r.admit("anonymous"));
    await vi.advanceTimersByTimeAsync(0);
    expect(third.value).toBeUndefined();
    expect((await r.admit("page")).ok).toBe(true);
  });

  it("with a limit of 1, a save is served beside a page in flight while a second page waits", async () => {
    const q = queue(1);
    expect((await q.admit("page")).ok).toBe(true);
    const page = settled(q.admit("page"));
    await vi.advanceTimersByTimeAsync(0);
    expect(page.value).toBeUndefined();
    expect((await q.admit("active")).ok).toBe(true);
  });

  it("withdraws a waiting request whose client went away, without using a slot", async () => {
    const q = queue(1);
    const held = await q.admit("page");
    const gone = new AbortController();
    const waiting = settled(q.admit("page", gone.signal));
    gone.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting.value?.ok).toBe(false);
    if (held.ok) held.release();
    expect(q.stats()).toMatchObject({ inFlight: 0, waiting: 0 });
  });
});

describe("busyReply", () => {
  it("answers a browser with a page in both languages and a client with the app's error shape, both 503 + Retry-After", () => {
    const page = busyReply({ headers: { accept: "text/html,application/xhtml+xml" } }, 3);
    expect(page.status).toBe(503);
    expect(page.headers["Retry-After"]).toBe("3");
    expect(page.body).toContain("服务繁忙");
    expect(page.body).toContain("Service busy");
    const action = busyReply({ headers: { accept: "text/x-component", "next-action": "abc", cookie: "NEXT_LOCALE=en" } }, 1);
    expect(action.headers["Content-Type"]).toMatch(/application\/json/);
    expect(JSON.parse(action.body)).toEqual({ error: { code: "UNAVAILABLE", message: expect.stringContaining("busy") } });
  });
});
