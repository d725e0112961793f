import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";
import { sql } from "./db";

/**
 * Issue 16 item 4 through the whole stack (scripts/server.ts, the proxy, next-auth, the data layer): without
 * TRUST_PROXY a client's X-Forwarded-For — and a forged copy of the server's own peer header — is not what the
 * audit log, the session list or sign-in throttling record; the socket's address is.
 */

const FORGED = "203.0.113.99";


test("a forged X-Forwarded-For is not recorded for a sign-in, a failed one, its session or its throttling", async ({ baseURL }) => {
  const email = "oversight@example.gov.cn";
  const forged = { "x-forwarded-for": FORGED, "x-aigov-peer-address": "198.51.100.77", "x-real-ip": FORGED };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${baseURL}/api/auth/csrf`, { headers: forged });
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  for (const password of ["Wrong#Password-2026", DEMO_PASSWORD]) {
    const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { ...forged, "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    keep(res);
  }
  expect([...jar.keys()].some((k) => k.includes("session-token"))).toBe(true);

  const events = await sql<{ action: string; ip: string | null }>(
    `SELECT action, ip FROM audit_event WHERE actor_email = $1 AND action IN ('auth.sign_in', 'auth.sign_in_failed') ORDER BY id DESC LIMIT 2`,
    [email],
  );
  expect(events.map((e) => e.action).sort()).toEqual(["auth.sign_in", "auth.sign_in_failed"]);
  const [session] = await sql<{ ip: string | null }>(
    `SELECT s.ip FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1 ORDER BY s.created_at DESC LIMIT 1`,
    [email],
  );
  const buckets = (await sql<{ bucket: string }>(`SELECT bucket FROM sign_in_throttle`)).map((r) => r.bucket);
  // The test connects over loopback: that is the client's address.
  for (const ip of [...events.map((e) => e.ip), session!.ip]) expect(ip).toMatch(/^(127\.0\.0\.1|::1)$/);
  expect(buckets.some((b) => b.includes(FORGED) || b.includes("198.51.100.77"))).toBe(false);
});
