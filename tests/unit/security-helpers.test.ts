import { describe, expect, it } from "vitest";
import { characterClasses, checkPasswordPolicy } from "@/lib/auth/password";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { canonicalJson, hashEvent, GENESIS_HASH } from "@/lib/data/audit";
import { coversPath, type Actor } from "@/lib/data/actor";
import { navFor } from "@/lib/navigation";

describe("password policy (defaults: 12 characters, 3 of 4 character classes)", () => {
  it.each([
    ["Short#1a", ["tooShort"]],
    ["alllowercaseletters", ["tooFewClasses"]],
    ["lowercase-with-symbols", ["tooFewClasses"]],
    ["Lowercase-with-symbols", []],
    ["Demo#2026-AiGov", []],
    ["密码密码密码密码密码密码A1", []],
  ])("%s → %j", (pw, problems) => {
    expect(checkPasswordPolicy(pw)).toEqual(problems);
  });
  it("counts character classes", () => {
    expect(characterClasses("aA1!")).toBe(4);
    expect(characterClasses("abc")).toBe(1);
  });
});

describe("audit hashing", () => {
  it("is independent of key order, as jsonb reorders keys", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });
  it("changes when any field or the previous hash changes", () => {
    const e = {
      occurredAt: new Date("2026-01-01T00:00:00.000Z"),
      actorId: null,
      actorEmail: "a@b.c",
      action: "x",
      entityType: "T",
      entityId: "1",
      orgUnitId: null,
      before: null,
      after: { level: 2 },
      ip: null,
      userAgent: null,
    };
    const h = hashEvent(GENESIS_HASH, e);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEvent(GENESIS_HASH, { ...e, after: { level: 3 } })).not.toBe(h);
    expect(hashEvent("1".repeat(64), e)).not.toBe(h);
  });
});

describe("request meta", () => {
  // Was: "takes the first X-Forwarded-For entry" — the forgeable rule issue 16 (item 4) reports.
  // The rule now lives in tests/unit/request-meta.test.ts; here only that a forged header is not taken.
  it("does not take a client's X-Forwarded-For as its address, and reads the user agent", () => {
    expect(requestMetaFrom(new Headers({ "x-forwarded-for": "203.0.113.5, 10.0.0.1", "user-agent": "UA" }))).toEqual({
      ip: null,
      userAgent: "UA",
    });
    expect(requestMetaFrom({ "x-real-ip": "198.51.100.2" })).toEqual({ ip: null, userAgent: null });
    expect(requestMetaFrom(undefined)).toEqual({ ip: null, userAgent: null });
  });
});

describe("scope checks", () => {
  const actor: Actor = {
    userId: "u",
    sessionId: "s",
    email: "e",
    displayName: "d",
    locale: "zh-CN",
    grants: [{ role: "OVERSIGHT", orgUnitId: "p", path: "/p/" }],
  };
  it("covers the whole subtree and nothing beside it", () => {
    expect(coversPath(actor, ["OVERSIGHT"], "/p/")).toBe(true);
    expect(coversPath(actor, ["OVERSIGHT"], "/p/c/d/")).toBe(true);
    expect(coversPath(actor, ["OVERSIGHT"], "/q/")).toBe(false);
    // A sibling whose id merely starts with the same characters is not covered.
    expect(coversPath(actor, ["OVERSIGHT"], "/p2/")).toBe(false);
    expect(coversPath(actor, ["REVIEWER"], "/p/c/")).toBe(false);
  });
  it("shows each role only its own navigation", () => {
    expect(navFor(["AUDITOR"]).map((i) => i.href)).toContain("/audit");
    expect(navFor(["AUDITOR"]).map((i) => i.href)).not.toContain("/admin/users");
    expect(navFor(["SYS_ADMIN"]).map((i) => i.href)).not.toContain("/audit");
  });
});
