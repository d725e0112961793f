import { z } from "zod";
import { AUDIT_CATEGORIES } from "@/lib/audit/categories";

/** The audit log's filters, shared by the page (URL params), the REST list and the CSV export. */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid" }).refine((d) => !Number.isNaN(Date.parse(d)), { error: "invalid" });

export const auditFilterSchema = z.object({
  who: z.string().trim().max(120, { error: "invalid" }).optional(),
  what: z.enum(AUDIT_CATEGORIES, { error: "invalid" }).optional(),
  unit: z.uuid({ error: "invalid" }).optional(),
  from: date.optional(),
  to: date.optional(),
});

export type AuditFilterInput = z.infer<typeof auditFilterSchema>;

/** Reads the filters from URL params leniently (the page): a malformed value is dropped, not an error. */
export function readAuditFilter(raw: Record<string, string | string[] | undefined>): AuditFilterInput {
  const out: Record<string, string> = {};
  for (const key of ["who", "what", "unit", "from", "to"] as const) {
    const v = Array.isArray(raw[key]) ? raw[key][0] : raw[key];
    if (!v) continue;
    const one = auditFilterSchema.shape[key].safeParse(v);
    if (one.success && one.data) out[key] = one.data;
  }
  return out as AuditFilterInput;
}
