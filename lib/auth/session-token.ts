import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

/**
 * next-auth's decode of the session cookie, memoised by token string (issue 11 §1).
 *
 * One page request decrypts the same cookie three times (scripts/server.ts ranks it for
 * admission, proxy.ts looks for a session, lib/auth/session-claims.ts reads the ids), and
 * every request of a signed-in user does it again: an HKDF key derivation and a JWE
 * decryption each time. Decryption is deterministic — the same token and secret always give
 * the same claims — so a token already decrypted is answered from here. What is NOT
 * remembered is the decision: the expiry (and not-before) is checked on every use, exactly
 * as jose's jwtDecrypt checks it in next-auth's decode (15 s clock tolerance), and whether
 * the session still counts is decided in the database on every request as before
 * (lib/data/sessions.ts). Only tokens that decrypted are kept, at most MAX of them, the
 * oldest dropped first; the secret and salt are part of the key.
 *
 * No "server-only" import: scripts/server.ts (plain Node) uses it too.
 */

const MAX = 2000;
const CLOCK_TOLERANCE_S = 15;

const memo = new Map<string, JWT>();

function keyOf(params: JWTDecodeParams): string {
  return `${params.secret as string}\u0000${params.salt ?? ""}\u0000${params.token}`;
}

/** Whether the claims are in force now, with jose's rule and tolerance (next-auth's decode uses clockTolerance: 15). */
export function claimsCurrent(claims: JWT, nowMs: number = Date.now()): boolean {
  const now = Math.floor(nowMs / 1000);
  if (typeof claims.exp === "number" && claims.exp <= now - CLOCK_TOLERANCE_S) return false;
  if (typeof claims.nbf === "number" && claims.nbf > now + CLOCK_TOLERANCE_S) return false;
  return true;
}

/** Drop-in for next-auth's `decode` (pass it as getToken's `decode`): same result, one decryption per distinct token. */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token || typeof params.secret !== "string") return decode(params);
  const key = keyOf(params);
  const hit = memo.get(key);
  if (hit) {
    // Same error as jose's for an expired token, which getToken turns into "no session".
    if (!claimsCurrent(hit)) throw new Error("session token expired");
    return hit;
  }
  const claims = await decode(params);
  if (claims) {
    if (memo.size >= MAX) memo.delete(memo.keys().next().value as string);
    memo.set(key, Object.freeze(claims));
  }
  return claims;
}

/** For tests. */
export function clearSessionTokenMemo(): void {
  memo.clear();
}
