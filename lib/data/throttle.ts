import "server-only";
import { isIP } from "node:net";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Sign-in throttling beyond the per-account lock: at most
 * AUTH_THROTTLE_PER_ADDRESS failed password checks per client address and
 * AUTH_THROTTLE_GLOBAL in all per AUTH_THROTTLE_WINDOW_MINUTES (fixed
 * windows). Spraying one password over many accounts from one address stops
 * after the per-address limit, so one attacker cannot lock every reviewer out
 * either; the global limit bounds a spray spread over many addresses.
 *
 * The counters live in PostgreSQL so every instance of the app shares them.
 * Each attempt *reserves* a failure before the password is checked, in one
 * conditional upsert, so parallel requests cannot overshoot a limit; an
 * attempt that turns out right gives its reservation back.
 */

export type ThrottleScope = "address" | "global";

export interface ThrottleReservation {
  held: { bucket: string; windowStartedAt: Date }[];
}

export type ThrottleResult = { ok: true; reservation: ThrottleReservation } | { ok: false; scope: ThrottleScope; bucket: string };

export const GLOBAL_BUCKET = "global";

/** One bucket per IPv4 address, and per IPv6 /64 (one host usually holds a whole /64). */
export function addressBucket(ip: string | null): string {
  if (!ip) return "addr:unknown";
  if (isIP(ip) !== 6) return `addr:${ip}`;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `addr:${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

async function reserveOne(bucket: string, max: number, now: Date): Promise<Date | null> {
  const staleBefore = new Date(now.getTime() - env().AUTH_THROTTLE_WINDOW_MINUTES * 60_000);
  // One statement: start a new window when the old one has passed, otherwise
  // count one more only while under the limit. No row back = refused.
  const rows = await db().$queryRaw<{ window_started_at: Date }[]>`
    INSERT INTO sign_in_throttle AS t (bucket, window_started_at, failures)
    VALUES (${bucket}, ${now}, 1)
    ON CONFLICT (bucket) DO UPDATE SET
      window_started_at = CASE WHEN t.window_started_at <= ${staleBefore} THEN ${now} ELSE t.window_started_at END,
      failures = CASE WHEN t.window_started_at <= ${staleBefore} THEN 1 ELSE t.failures + 1 END,
      audited = CASE WHEN t.window_started_at <= ${staleBefore} THEN false ELSE t.audited END
    WHERE t.window_started_at <= ${staleBefore} OR t.failures < ${max}
    RETURNING window_started_at`;
  return rows[0]?.window_started_at ?? null;
}

/** Reserves one failure on the client's address and on the global counter, or says which limit is reached. */
export async function reserveSignInAttempt(ip: string | null, now: Date = new Date()): Promise<ThrottleResult> {
  const { AUTH_THROTTLE_PER_ADDRESS, AUTH_THROTTLE_GLOBAL } = env();
  const bucket = addressBucket(ip);
  const addressWindow = await reserveOne(bucket, AUTH_THROTTLE_PER_ADDRESS, now);
  // Now and then, forget addresses whose window has long passed, so the table stays small.
  if (Math.random() < 0.01) await pruneStaleBuckets(now);
  if (!addressWindow) return { ok: false, scope: "address", bucket };
  const globalWindow = await reserveOne(GLOBAL_BUCKET, AUTH_THROTTLE_GLOBAL, now);
  const address = { bucket, windowStartedAt: addressWindow };
  if (!globalWindow) {
    await releaseSignInAttempt({ held: [address] });
    return { ok: false, scope: "global", bucket: GLOBAL_BUCKET };
  }
  return { ok: true, reservation: { held: [address, { bucket: GLOBAL_BUCKET, windowStartedAt: globalWindow }] } };
}

export async function pruneStaleBuckets(now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - 2 * env().AUTH_THROTTLE_WINDOW_MINUTES * 60_000);
  return db().$executeRaw`DELETE FROM sign_in_throttle WHERE bucket <> ${GLOBAL_BUCKET} AND window_started_at < ${before}`;
}

/** Gives a reservation back (the password was right). A window that has moved on is left alone. */
export async function releaseSignInAttempt(reservation: ThrottleReservation): Promise<void> {
  for (const { bucket, windowStartedAt } of reservation.held) {
    await db().$executeRaw`
      UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0)
      WHERE bucket = ${bucket} AND window_started_at = ${windowStartedAt}`;
  }
}

/**
 * True once per bucket and window: refusals are written to the audit log
 * once, not once per attempt, so a flood of refused attempts does not queue
 * on the audit chain.
 */
export async function firstRefusalInWindow(bucket: string): Promise<boolean> {
  const n = await db().$executeRaw`UPDATE sign_in_throttle SET audited = true WHERE bucket = ${bucket} AND NOT audited`;
  return n > 0;
}
