import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { GET as auditEventsGET } from "@/app/api/v1/audit-events/route";
import { db, disconnectDb } from "@/lib/db";
import { actAs, createWorld, type World } from "./fixtures";

/** Refused access by a signed-in user is a security event in the audit log; anonymous requests are not recorded. */
let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => disconnectDb());

const refusals = (userId: string) =>
  db().auditEvent.findMany({ where: { action: "security.access_refused", actorId: userId }, orderBy: { id: "asc" } });

describe("security events for refused access", () => {
  it("records a route refused for a role the user lacks", async () => {
    const user = w.home.RESPONDENT;
    actAs(user);
    const before = (await refusals(user.id)).length;
    const res = await auditEventsGET(new Request("http://localhost/api/v1/audit-events"));
    expect(res.status).toBe(403);
    const after = await refusals(user.id);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)!.after).toMatchObject({ reason: "forbidden" });
  });

  it("records an action refused for a role the user lacks", async () => {
    const user = w.home.REVIEWER;
    actAs(user);
    const before = (await refusals(user.id)).length;
    const res = await setUserActiveAction({ userId: w.home.RESPONDENT.id, active: false });
    expect(res.ok).toBe(false);
    expect(await refusals(user.id)).toHaveLength(before + 1);
    // …and the refusal changed nothing.
    expect((await db().user.findUniqueOrThrow({ where: { id: w.home.RESPONDENT.id } })).active).toBe(true);
  });

  it("records nothing for an anonymous request", async () => {
    actAs(null);
    const count = await db().auditEvent.count({ where: { action: "security.access_refused" } });
    expect((await auditEventsGET(new Request("http://localhost/api/v1/audit-events"))).status).toBe(401);
    expect(await db().auditEvent.count({ where: { action: "security.access_refused" } })).toBe(count);
  });
});
