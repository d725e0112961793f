import { afterEach, describe, expect, it, vi } from "vitest";
import { decode, encode, getToken } from "next-auth/jwt";
import { claimsCurrent, clearSessionTokenMemo, decodeSessionToken } from "@/lib/auth/session-token";

const SECRET = "unit-test-secret-0123456789abcdef-0123456789";

async function tokenFor(claims: Record<string, unknown>, maxAge = 3600) {
  return encode({ token: claims, secret: SECRET, maxAge });
}

describe("decodeSessionToken (memoised next-auth decode)", () => {
  afterEach(() => {
    vi.useRealTimers();
    clearSessionTokenMemo();
  });

  it("gives the same claims as next-auth's decode, and the same again from the memo", async () => {
    const token = await tokenFor({ uid: "u1", sid: "s1" });
    const plain = await decode({ token, secret: SECRET });
    const first = await decodeSessionToken({ token, secret: SECRET });
    expect(first).toEqual(plain);
    const second = await decodeSessionToken({ token, secret: SECRET });
    expect(second).toEqual(plain);
    // The second answer is the remembered object itself, not a fresh decryption (next-auth's decode makes a new one each time).
    expect(second).toBe(first);
    expect(await decode({ token, secret: SECRET })).not.toBe(plain);
  });

  it("refuses a remembered token once it has expired (jose's 15 s tolerance), as getToken does", async () => {
    const token = await tokenFor({ uid: "u1", sid: "s1" }, 60);
    const req = { cookies: { "next-auth.session-token": token }, headers: {} } as never;
    expect(await getToken({ req, secret: SECRET, decode: decodeSessionToken })).toMatchObject({ uid: "u1" });
    vi.useFakeTimers({ now: Date.now() + 60_000 + 16_000 });
    expect(await getToken({ req, secret: SECRET, decode: decodeSessionToken })).toBeNull();
    // next-auth's own decode agrees.
    expect(await getToken({ req, secret: SECRET })).toBeNull();
  });

  it("never answers a token under another secret", async () => {
    const token = await tokenFor({ uid: "u1", sid: "s1" });
    await decodeSessionToken({ token, secret: SECRET });
    await expect(decodeSessionToken({ token, secret: `${SECRET}-other` })).rejects.toThrow();
  });

  it("remembers nothing for a token that does not decrypt", async () => {
    await expect(decodeSessionToken({ token: "not-a-jwe", secret: SECRET })).rejects.toThrow();
    await expect(decodeSessionToken({ token: "not-a-jwe", secret: SECRET })).rejects.toThrow();
  });

  it("claimsCurrent follows exp and nbf with the tolerance", () => {
    const now = 1_800_000_000_000;
    const s = now / 1000;
    expect(claimsCurrent({ exp: s + 1 }, now)).toBe(true);
    expect(claimsCurrent({ exp: s - 14 }, now)).toBe(true);
    expect(claimsCurrent({ exp: s - 15 }, now)).toBe(false);
    expect(claimsCurrent({ nbf: s + 16 }, now)).toBe(false);
    expect(claimsCurrent({}, now)).toBe(true);
  });
});
