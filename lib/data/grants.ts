import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";

export interface GrantView {
  role: Role;
  orgUnitId: string;
  nameZh: string;
  nameEn: string;
}

/** The actor's grants with the names of their scopes, for the home page. */
export async function describeGrants(actor: Actor): Promise<GrantView[]> {
  const units = await db().orgUnit.findMany({
    where: { id: { in: actor.grants.map((g) => g.orgUnitId) } },
    select: { id: true, nameZh: true, nameEn: true },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  return actor.grants.map((g) => ({
    role: g.role,
    orgUnitId: g.orgUnitId,
    nameZh: byId.get(g.orgUnitId)?.nameZh ?? "",
    nameEn: byId.get(g.orgUnitId)?.nameEn ?? "",
  }));
}
