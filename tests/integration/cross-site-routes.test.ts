import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { actAs, createWorld, type World } from "./fixtures";

/**
 * Issue 16 item 9: Origin is checked on EVERY state-changing route handler, as
 * Next checks it for server actions. Each route module under app/api that
 * exports POST, PUT, PATCH or DELETE is found on disk (a route added later is
 * covered without editing this test) and called from another site, by a
 * signed-in user who holds every role: 403 in the app's error shape, nothing
 * written.
 */

const API = path.resolve(__dirname, "../../app/api");
const METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

/** A URL for the route with its dynamic segments filled in; the params the handler receives. */
function requestTarget(file: string): { url: string; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = {};
  const segments = path
    .relative(path.resolve(API, ".."), path.dirname(file))
    .split(path.sep)
    .map((s) => {
      const catchAll = /^\[\.\.\.(.+)\]$/.exec(s);
      if (catchAll) {
        params[catchAll[1]!] = ["callback", "credentials"];
        return "callback/credentials";
      }
      const dynamic = /^\[(.+)\]$/.exec(s);
      if (dynamic) {
        params[dynamic[1]!] = dynamic[1] === "kind" ? "users" : "00000000-0000-4000-8000-000000000000";
        return params[dynamic[1]!] as string;
      }
      return s;
    });
  return { url: `http://localhost/${segments.join("/")}`, params };
}

type Handler = (req: Request, ctx: { params: Promise<unknown> }) => Promise<Response>;

const handlers: { name: string; method: string; handler: Handler; file: string }[] = [];
let w: World;

beforeAll(async () => {
  w = await createWorld();
  // One signed-in user holding the roles every route asks for, so that no refusal can be the role check's.
  for (const role of ["RESPONDENT", "DEPT_ADMIN"] as const) {
    await db().roleGrant.create({ data: { userId: w.home.SYS_ADMIN.id, role, orgUnitId: w.units.D.id } });
  }
  await db().roleGrant.create({ data: { userId: w.home.SYS_ADMIN.id, role: "AUDITOR", orgUnitId: w.units.P.id } });
  for (const file of routeFiles(API)) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      if (typeof mod[method] === "function") handlers.push({ name: `${method} ${path.relative(API, file)}`, method, handler: mod[method] as Handler, file });
    }
  }
});
afterAll(() => disconnectDb());

const rowCounts = async () =>
  JSON.stringify(
    await Promise.all([db().auditEvent.count(), db().evidence.count(), db().user.count(), db().orgUnit.count(), db().frameworkVersion.count(), db().response.count()]),
  );

describe("a state-changing request from another site is refused by every route handler", () => {
  it("finds the route handlers that change state (upload, imports, framework import, sign-in)", () => {
    expect(handlers.length).toBeGreaterThanOrEqual(5);
    expect(handlers.map((h) => h.name)).toEqual(
      expect.arrayContaining([expect.stringContaining("evidence"), expect.stringContaining("nextauth"), expect.stringContaining("frameworks")]),
    );
  });

  it.each([
    ["a foreign Origin", { origin: "https://evil.example", host: "localhost" }],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    ["Origin: null", { origin: "null" }],
  ])("%s gets 403 from each, and nothing is written", async (_name, headers) => {
    actAs(w.home.SYS_ADMIN);
    for (const h of handlers) {
      const before = await rowCounts();
      const { url, params } = requestTarget(h.file);
      const res = await h.handler(
        new Request(url, { method: h.method, headers: { ...headers, "content-type": "application/x-www-form-urlencoded" }, body: "email=a%40b.c&password=x" }),
        { params: Promise.resolve(params) },
      );
      expect(res.status, h.name).toBe(403);
      expect(await res.json(), h.name).toMatchObject({ error: { code: "FORBIDDEN", message: expect.stringMatching(/其他网站/) } });
      expect(await rowCounts(), h.name).toBe(before);
    }
  });
});
