import { z } from "zod";
import { defineRoute } from "@/lib/auth/route";
import { listVisibleOrgUnits, ORG_READ_ROLES } from "@/lib/data/org-units";

export const dynamic = "force-dynamic";

/** GET /api/v1/org-units — the units in the caller's scope. */
export const GET = defineRoute(
  { name: "orgUnits.list", roles: ORG_READ_ROLES, query: z.object({}).strict() },
  async (_q, { actor }) => listVisibleOrgUnits(actor),
);
