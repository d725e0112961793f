import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regeneratePlanAction, updatePlanItemAction } from "@/app/(app)/assessments/[id]/results/actions";
import { GET as answersGET } from "@/app/api/v1/assessments/[id]/answers.json/route";
import { POST as importPOST } from "@/app/api/v1/assessments/[id]/import/route";
import { GET as pdfGET } from "@/app/api/v1/assessments/[id]/report.pdf/route";
import { GET as xlsxGET } from "@/app/api/v1/assessments/[id]/results.xlsx/route";
import { openPriorPlanItems } from "@/lib/data/results/plan";
import { getResultsView } from "@/lib/data/results/view";
import { disconnectDb } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { actAs, createUser, ROLES, type FixtureUser } from "./fixtures";
import { actorOf, startAssessment } from "./assessment-fixtures";
import { createApprovedWorld, createLaterCycle, stateOf } from "./results-fixtures";

/**
 * Acceptance 5: every new page, route and action of the results feature, for
 * each role at home, another tenant, another department of the same province,
 * and no session — refused, and nothing changed.
 */

let w: Awaited<ReturnType<typeof createApprovedWorld>>;
let draft: string;
let neighbour: FixtureUser; // DEPT_ADMIN of D2, a department beside D in the same province
let exported: string;
beforeAll(async () => {
  w = await createApprovedWorld();
  const later = await createLaterCycle(w.cycle.frameworkVersionId);
  draft = await startAssessment(w.home.RESPONDENT, later.id, w.units.D.id);
  neighbour = await createUser("neighbour-admin", "DEPT_ADMIN", w.units.D2.id);
  actAs(w.home.DEPT_ADMIN);
  exported = await (await answersGET(new Request("http://localhost/x"), { params: Promise.resolve({ id: w.assessmentId }) })).text();
});
afterAll(() => disconnectDb());

const READERS: Role[] = ["RESPONDENT", "DEPT_ADMIN", "REVIEWER", "OVERSIGHT"];
const NO_ACCESS: Role[] = ["AUDITOR", "SYS_ADMIN"];

const documents = [
  ["report.pdf", pdfGET],
  ["results.xlsx", xlsxGET],
  ["answers.json", answersGET],
] as const;

const get = (handler: (typeof documents)[number][1], id: string) =>
  handler(new Request(`http://localhost/api/v1/assessments/${id}/doc`), { params: Promise.resolve({ id }) });

describe.each(documents)("GET /api/v1/assessments/{id}/%s", (_name, handler) => {
  it("refuses without a session (401)", async () => {
    actAs(null);
    expect((await get(handler, w.assessmentId)).status).toBe(401);
  });
  it.each(NO_ACCESS)("refuses %s (403)", async (role) => {
    actAs(w.home[role]);
    expect((await get(handler, w.assessmentId)).status).toBe(403);
  });
  it.each(READERS)("serves the home %s", async (role) => {
    actAs(w.home[role]);
    expect((await get(handler, w.assessmentId)).status).toBe(200);
  });
  it.each(READERS)("hides it from the other tenant's %s (404)", async (role) => {
    actAs(w.other[role]);
    expect((await get(handler, w.assessmentId)).status).toBe(404);
  });
  it("hides it from another department's admin in the same province (404), and refuses a non-id", async () => {
    actAs(neighbour);
    expect((await get(handler, w.assessmentId)).status).toBe(404);
    actAs(w.home.DEPT_ADMIN);
    expect((await get(handler, "not-an-id")).status).toBe(404);
  });
});

describe("POST /api/v1/assessments/{id}/import", () => {
  const post = (id: string) =>
    importPOST(new Request(`http://localhost/api/v1/assessments/${id}/import?dryRun=0`, { method: "POST", body: exported }), {
      params: Promise.resolve({ id }),
    });
  const refuse = async (user: FixtureUser | null, status: number) => {
    actAs(user);
    const before = await stateOf(draft);
    expect((await post(draft)).status).toBe(status);
    expect(await stateOf(draft)).toBe(before);
  };
  it("refuses without a session (401)", () => refuse(null, 401));
  it.each(ROLES.filter((r) => r !== "RESPONDENT" && r !== "DEPT_ADMIN"))("refuses the home %s", async (role) => {
    // Reviewers and oversight may read the department but not answer for it (403); auditors and system admins fail the role check (403).
    await refuse(w.home[role], 403);
  });
  it.each(["RESPONDENT", "DEPT_ADMIN"] as const)("hides it from the other tenant's %s (404)", (role) => refuse(w.other[role], 404));
  it("hides it from another department's admin (404)", () => refuse(neighbour, 404));
});

describe("server actions on the plan", () => {
  const tryAll = async () => {
    const view = await getResultsView(await actorOf(w.home.DEPT_ADMIN), w.assessmentId);
    const item = view.plan[0]!;
    return [
      await updatePlanItemAction({
        itemId: item.id,
        expectedVersion: item.version,
        fields: { ownerName: "X", ownerUserId: "", dueOn: "", status: "DONE", rejectReason: "", progressNote: "" },
      }),
      await regeneratePlanAction({ assessmentId: w.assessmentId }),
    ];
  };
  const refuse = async (user: FixtureUser | null, code: string) => {
    const before = await stateOf(w.assessmentId);
    actAs(user);
    for (const res of await tryAll()) expect(res).toMatchObject({ ok: false, code });
    expect(await stateOf(w.assessmentId)).toBe(before);
  };
  it("refuses without a session", () => refuse(null, "UNAUTHENTICATED"));
  it.each(ROLES.filter((r) => r !== "DEPT_ADMIN"))("refuses the home %s", (role) => refuse(w.home[role], "FORBIDDEN"));
  it("hides the plan from the other tenant's DEPT_ADMIN", () => refuse(w.other.DEPT_ADMIN, "NOT_FOUND"));
  it("hides the plan from another department's admin", () => refuse(neighbour, "NOT_FOUND"));
});

describe("the results page's data (the page answers 404 when this refuses)", () => {
  it.each(READERS)("reads for the home %s", async (role) => {
    const view = await getResultsView(await actorOf(w.home[role]), w.assessmentId);
    expect(view.assessment.id).toBe(w.assessmentId);
    expect(view.permissions.editPlan).toBe(role === "DEPT_ADMIN");
    expect(view.owners.length > 0).toBe(role === "DEPT_ADMIN");
  });
  it.each(NO_ACCESS)("refuses the home %s", async (role) => {
    await expect(getResultsView(await actorOf(w.home[role]), w.assessmentId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
  it.each(ROLES)("refuses the other tenant's %s", async (role) => {
    await expect(getResultsView(await actorOf(w.other[role]), w.assessmentId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
  it("refuses another department's admin, and so does the questionnaire's prior-plan lookup", async () => {
    await expect(getResultsView(await actorOf(neighbour), w.assessmentId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openPriorPlanItems(await actorOf(neighbour), draft)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openPriorPlanItems(await actorOf(w.home.AUDITOR), draft)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
