import { randomBytes } from "node:crypto";
import { headers } from "next/headers";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { PEER_HEADER, PEER_MARKER } from "@/lib/auth/request-meta";
import { signInWithPassword } from "@/lib/data/auth";
import { db, disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { addressBucket } from "@/lib/data/throttle";
import { actAs, createUnit, createUser, PASSWORD } from "./fixtures";

// Counts real password checks: argon2 verifications against an account's own
// hash (refusals verify against a dummy hash only to take the same time).
const checkedHashes: string[] = [];
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    verifyPassword: vi.fn(async (hash: string, password: string) => {
      checkedHashes.push(hash);
      return real.verifyPassword(hash, password);
    }),
  };
});

/** A fresh address for each test, so tests do not share a per-address budget. */
const freshIp = () => `198.51.${randomBytes(1)[0]}.${randomBytes(1)[0]! % 254 + 1}`;
const meta = (ip: string) => ({ ip, userAgent: "vitest" });
const WRONG = "Wrong#Password-2026";

function withEnv(vars: Record<string, string>) {
  Object.assign(process.env, vars);
  resetEnvCache();
}

async function hashOf(userId: string): Promise<string> {
  return (await db().user.findUniqueOrThrow({ where: { id: userId } })).passwordHash;
}

let unit: { id: string };
beforeAll(async () => {
  unit = await createUnit(`THR-${Date.now()}`, "PROVINCE");
});
beforeEach(async () => {
  checkedHashes.length = 0;
  // The global counter is shared by every test in this database; each test starts it afresh.
  await db().signInThrottle.deleteMany({ where: { bucket: "global" } });
});
afterEach(() => {
  for (const k of ["AUTH_THROTTLE_GLOBAL", "AUTH_LOCKOUT_THRESHOLD"]) delete process.env[k];
  resetEnvCache();
});
afterAll(() => disconnectDb());

describe("sign-in throttling per client address and globally", () => {
  it("30 accounts × 1 wrong password from one address: refused from the 21st on, with no password check", async () => {
    const ip = freshIp();
    const users = [];
    for (let i = 0; i < 30; i++) users.push(await createUser(`spray${i}`, "RESPONDENT", unit.id));
    const results = [];
    for (const u of users) results.push(await signInWithPassword({ email: u.email, password: WRONG }, meta(ip)));
    expect(results.slice(0, 20).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.slice(20).every((r) => !r.ok && r.reason === "throttled")).toBe(true);
    const own = new Set(await Promise.all(users.map((u) => hashOf(u.id))));
    expect(checkedHashes.filter((h) => own.has(h))).toHaveLength(20);
    // Even the right password is refused from that address until the window passes…
    expect(await signInWithPassword({ email: users[29]!.email, password: PASSWORD }, meta(ip))).toEqual({
      ok: false,
      reason: "throttled",
    });
    // …while another address is unaffected, and so is the window after.
    expect((await signInWithPassword({ email: users[29]!.email, password: PASSWORD }, meta(freshIp()))).ok).toBe(true);
    const later = new Date(Date.now() + 11 * 60_000);
    expect((await signInWithPassword({ email: users[28]!.email, password: PASSWORD }, meta(ip), later)).ok).toBe(true);
    // The refusals are audited once per window, not once per attempt.
    const throttled = await db().auditEvent.findMany({ where: { action: "auth.sign_in_throttled", ip } });
    expect(throttled).toHaveLength(1);
    // No account was locked by the spray.
    expect(await db().user.count({ where: { id: { in: users.map((u) => u.id) }, lockedUntil: { not: null } } })).toBe(0);
  });

  it("does not count right passwords against the address", async () => {
    const ip = freshIp();
    const u = await createUser("regular", "RESPONDENT", unit.id);
    for (let i = 0; i < 30; i++) expect((await signInWithPassword({ email: u.email, password: PASSWORD }, meta(ip))).ok).toBe(true);
  });

  it("refuses everyone once the global limit of failures is reached", async () => {
    withEnv({ AUTH_THROTTLE_GLOBAL: "5" });
    const u = await createUser("global", "RESPONDENT", unit.id);
    for (let i = 0; i < 5; i++) {
      expect(await signInWithPassword({ email: `nobody${i}@fixture.test`, password: WRONG }, meta(freshIp()))).toMatchObject({
        reason: "invalid",
      });
    }
    expect(await signInWithPassword({ email: u.email, password: PASSWORD }, meta(freshIp()))).toEqual({
      ok: false,
      reason: "throttled",
    });
  });
});

describe("throttling buckets", () => {
  it("counts IPv4 per address and IPv6 per /64 (one host usually holds a whole /64)", () => {
    expect(addressBucket("192.0.2.7")).toBe("addr:192.0.2.7");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("addr:2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("addr:2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::1")).toBe("addr:2001:db8:0:0::/64");
    expect(addressBucket(null)).toBe("addr:unknown");
  });
});

describe("atomic lockout", () => {
  it("40 parallel wrong passwords make at most the threshold's worth of password checks, then the account is locked", async () => {
    const u = await createUser("parallel", "RESPONDENT", unit.id);
    const own = await hashOf(u.id);
    // Many addresses, as a distributed attacker would use: only the account's own lock stops them.
    const results = await Promise.all(
      Array.from({ length: 40 }, () => signInWithPassword({ email: u.email, password: WRONG }, meta(freshIp()))),
    );
    expect(checkedHashes.filter((h) => h === own).length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(35);
    const after = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await signInWithPassword({ email: u.email, password: PASSWORD }, meta(freshIp()))).toEqual({ ok: false, reason: "locked" });
    expect(await db().auditEvent.count({ where: { entityId: u.id, action: "auth.locked" } })).toBe(1);
  });

  it("a locked account, an unknown email and a wrong password take the same time (±20 %)", async () => {
    withEnv({ AUTH_LOCKOUT_THRESHOLD: "100" });
    const open = await createUser("timing-open", "RESPONDENT", unit.id);
    const locked = await createUser("timing-locked", "RESPONDENT", unit.id);
    await db().user.update({ where: { id: locked.id }, data: { lockedUntil: new Date(Date.now() + 3600_000) } });
    const time = async (email: string) => {
      const t0 = performance.now();
      await signInWithPassword({ email, password: WRONG }, meta(freshIp()));
      return performance.now() - t0;
    };
    await Promise.all([time(open.email), time(locked.email), time("nobody-warm@fixture.test")]); // warm-up
    // The three run side by side, so each triple sees the same load on this
    // shared machine; each triple gives a ratio, and the median ratio is
    // compared. Which one starts first rotates: the first to start is ahead in
    // every queue (connection pool, argon2 threads, audit chain lock).
    const lockedRatios: number[] = [];
    const unknownRatios: number[] = [];
    for (let i = 0; i < 27; i++) {
      const emails = [open.email, locked.email, `nobody-${i}@fixture.test`];
      const order = [0, 1, 2].map((k) => (k + i) % 3);
      const started: Record<number, Promise<number>> = {};
      for (const k of order) started[k] = time(emails[k]!);
      const [tw, tl, tu] = await Promise.all([started[0]!, started[1]!, started[2]!]);
      lockedRatios.push(tl / tw);
      unknownRatios.push(tu / tw);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const ratio = median(lockedRatios);
    const unknownRatio = median(unknownRatios);
    console.log(`locked / wrong password: median ratio ${ratio.toFixed(2)}; unknown email / wrong password: ${unknownRatio.toFixed(2)}`);
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.2);
    expect(unknownRatio).toBeGreaterThan(0.8);
    expect(unknownRatio).toBeLessThan(1.2);
  });
});

describe("password change counts like a sign-in", () => {
  const marker = globalThis as Record<symbol, unknown>;
  afterEach(() => {
    delete marker[PEER_MARKER];
  });

  it("wrong current passwords use up the account's attempts and lock it", async () => {
    const ip = freshIp();
    // As scripts/server.ts hands it over: the request's address comes from the socket.
    marker[PEER_MARKER] = true;
    vi.mocked(headers).mockResolvedValue(new Headers({ "user-agent": "vitest", [PEER_HEADER]: ip }) as never);
    const u = await createUser("change", "RESPONDENT", unit.id);
    actAs(u);
    const attempt = (current: string) =>
      changePasswordAction({ currentPassword: current, newPassword: "Brand#New-Pass-2026", confirmPassword: "Brand#New-Pass-2026" });
    for (let i = 0; i < 5; i++) {
      expect(await attempt(WRONG)).toMatchObject({ ok: false, issues: [{ path: "currentPassword", message: "currentPasswordWrong" }] });
    }
    // Locked now: even the right current password is refused, and so is sign-in.
    expect(await attempt(PASSWORD)).toMatchObject({ ok: false, issues: [{ path: "currentPassword", message: "tooManyAttempts" }] });
    expect(await signInWithPassword({ email: u.email, password: PASSWORD }, meta(freshIp()))).toEqual({ ok: false, reason: "locked" });
    const failed = await db().auditEvent.findMany({ where: { entityId: u.id, action: "auth.sign_in_failed" } });
    expect(failed).toHaveLength(5);
    expect(failed.every((e) => e.ip === ip)).toBe(true);
    // The address's budget is spent too.
    const row = await db().signInThrottle.findUniqueOrThrow({ where: { bucket: `addr:${ip}` } });
    expect(row.failures).toBe(6);
    vi.mocked(headers).mockReset();
  });
});
