import { z } from "zod";
import { defineRoute } from "@/lib/auth/route";
import { listAuditEvents } from "@/lib/data/audit-log";
import { auditFilterSchema } from "@/lib/validation/audit";

export const dynamic = "force-dynamic";

const query = auditFilterSchema
  .extend({
    limit: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }).max(500, { error: "invalid" }).default(100),
    before: z.string().regex(/^\d{1,18}$/, { error: "invalid" }).optional(),
  })
  .strict();

/**
 * GET /api/v1/audit-events — AUDITOR only (SYS_ADMIN is refused like everyone else), within the auditor's scope.
 * Each event says what changed and its level, never the text of notes, comments or evidence.
 */
export const GET = defineRoute({ name: "auditEvents.list", roles: ["AUDITOR"], query }, async (q, { actor }) =>
  (
    await listAuditEvents(actor, {
      limit: q.limit,
      beforeId: q.before,
      filter: { who: q.who, what: q.what, unitId: q.unit, from: q.from, to: q.to },
    })
  ).map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() })),
);
