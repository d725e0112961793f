import { db } from "@/lib/db";

/** Everything administration can change, as one comparable value: "nothing changed" means this is equal before and after. */
export async function adminState() {
  const [units, users, grants, participants, cycles, tokens] = await Promise.all([
    db().orgUnit.findMany({ orderBy: { code: "asc" }, select: { code: true, nameZh: true, nameEn: true, path: true, parentId: true, active: true, sectorTag: true, regionCode: true } }),
    db().user.findMany({ orderBy: { email: "asc" }, select: { email: true, active: true, mustChangePassword: true, sessionVersion: true, passwordHash: true, displayName: true } }),
    db().roleGrant.findMany({ orderBy: { id: "asc" }, select: { id: true, userId: true, role: true, orgUnitId: true } }),
    db().cycleParticipant.findMany({ orderBy: [{ cycleId: "asc" }, { orgUnitId: "asc" }], select: { cycleId: true, orgUnitId: true } }),
    db().assessmentCycle.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, closesOn: true, nameZh: true } }),
    db().setPasswordToken.count(),
  ]);
  return { units, users, grants, participants, cycles, tokens };
}

/** Builds an upload request for the import route. */
export function uploadRequest(kind: string, bytes: Uint8Array | string, opts: { apply?: boolean; name?: string } = {}) {
  const form = new FormData();
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  form.set("file", new File([data as Uint8Array<ArrayBuffer>], opts.name ?? "import.csv"));
  return new Request(`http://localhost/api/v1/admin/imports/${kind}${opts.apply ? "?apply=1" : ""}`, { method: "POST", body: form });
}
