import "server-only";
import { cookies, headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { decodeSessionToken } from "./session-token";

export interface SessionClaims {
  uid: string;
  sid: string;
}

/** Reads the ids from the signed session cookie. Validity is decided by lib/data/sessions.ts, not here. */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) return null;
  const token = await getToken({
    req: { cookies: await cookies(), headers: Object.fromEntries((await headers()).entries()) } as never,
    secret,
    // Memoised by token string; expiry still checked on each use (session-token.ts).
    decode: decodeSessionToken,
  });
  if (!token || typeof token.uid !== "string" || typeof token.sid !== "string") return null;
  return { uid: token.uid, sid: token.sid };
}
