import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";
import { reproduce, send, signInCookie, verdict, type FuzzRequest } from "./fuzz/client";
import { discoverActions, discoverRoutes } from "./fuzz/discover";
import { actionRequests, routeRequests } from "./fuzz/generators";
import { snapshotDatabase } from "./fuzz/snapshot";

/**
 * The project's own fuzz suite (issue 15 §1): every route handler, page and
 * server action of the production build, found in its manifests, gets
 * seeded, generated malformed requests as every role and anonymously.
 * No reply may be ≥ 500, reset the connection or carry stack/driver text,
 * and the database must be unchanged (bar sign-in bookkeeping).
 * FUZZ_SEED and FUZZ_SCALE vary the run; a failure prints curl commands.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const ROLES: Record<string, string | null> = {
  anonymous: null,
  RESPONDENT: "respondent@example.gov.cn",
  DEPT_ADMIN: "deptadmin@example.gov.cn",
  REVIEWER: "reviewer@example.gov.cn",
  OVERSIGHT: "oversight@example.gov.cn",
  SYS_ADMIN: "sysadmin@example.gov.cn",
  AUDITOR: "auditor@example.gov.cn",
};
const CONCURRENCY = 6;

test.describe.configure({ timeout: 180_000 });

test("fuzz: every route, page and server action answers malformed requests with < 500, no leak, nothing changed", async ({ baseURL }) => {
  const base = baseURL!;
  const started = Date.now();
  const routes = discoverRoutes();
  const actions = discoverActions();
  expect(routes.some((r) => r.pattern === "/api/auth/[...nextauth]")).toBe(true);
  expect(actions.length).toBeGreaterThan(5);

  const cookies: Record<string, string | undefined> = {};
  for (const [role, email] of Object.entries(ROLES)) cookies[role] = email ? await signInCookie(base, email, DEMO_PASSWORD) : undefined;

  const before = await snapshotDatabase(process.env.DATABASE_URL!);

  const requests: FuzzRequest[] = [];
  let n = 0;
  for (const role of Object.keys(ROLES)) {
    for (const r of routes) requests.push(...routeRequests(r, role, SEED + n++, Math.round((r.kind === "route" ? 14 : 5) * SCALE)));
    for (const a of actions) requests.push(...actionRequests(a, role, SEED + n++, Math.round(7 * SCALE)));
  }
  // The requests the issue reports by name, as every role.
  for (const role of Object.keys(ROLES)) {
    const action = actions.find((a) => !a.pagePattern.includes("[")) ?? actions[0]!;
    for (const body of ["null", "", "true", "42", JSON.stringify(Array(1001).fill(null)), `["${"x".repeat(1_200_000)}"]`]) {
      requests.push({ method: "POST", path: action.pagePattern, headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8" }, body, role, label: "named: action body" });
    }
    for (const [method, path, type, body] of [
      ["POST", "/api/auth/session", "application/json", "{"],
      ["POST", "/api/auth/callback/credentials", "application/json", "{"],
      ["POST", "/api/auth/_log", "application/json", "{"],
      ["GET", "/api/auth/callback/credentials", undefined, undefined],
      ["GET", "/api/v1/evidence/%E0%A4%A", undefined, undefined],
      ["GET", "/api/v1/evidence/not-a-uuid", undefined, undefined],
    ] as const) {
      requests.push({ method, path, headers: type ? { "content-type": type } : {}, body, role, label: "named" });
    }
  }

  const failures: string[] = [];
  let next = 0;
  const statuses = new Map<number, number>();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const req = requests[next++]!;
        const reply = await send(base, req, cookies[req.role]);
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        const bad = verdict(reply);
        if (bad) failures.push(`${bad}\n${reproduce(base, req)}`);
      }
    }),
  );

  const after = await snapshotDatabase(process.env.DATABASE_URL!);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `[fuzz] seed ${SEED}: ${requests.length} requests to ${routes.length} routes/pages and ${actions.length} actions as ${Object.keys(ROLES).length} clients in ${seconds} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
  );
  if (failures.length) console.log(`[fuzz] ${failures.length} failing requests (first 25):\n\n${failures.slice(0, 25).join("\n\n")}`);
  expect(failures.length, "requests answered ≥ 500, reset, or leaking internals").toBe(0);
  expect(after).toEqual(before);
});
