import { z } from "zod";

/**
 * Inputs of the results page's actions (improvement plan), shared by the
 * plan-item form's resolver and the server actions. Messages are catalogue
 * keys under "validation.".
 */

const id = z.string({ error: "required" }).uuid({ error: "invalid" });
const version = z.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" });

export const PLAN_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "REJECTED"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const OWNER_MAX = 120;
export const REJECT_REASON_MAX = 2_000;
export const PROGRESS_NOTE_MAX = 4_000;

/** The editable fields of one plan item, as the form holds them ("" = empty). */
export const planItemFieldsSchema = z
  .object({
    ownerName: z.string({ error: "invalid" }).trim().max(OWNER_MAX, { error: "tooLong" }),
    /** A user of the department, or "" for a free-text owner. */
    ownerUserId: z.union([z.literal(""), id]),
    /** YYYY-MM-DD or "". */
    dueOn: z.union([
      z.literal(""),
      z
        .string({ error: "invalid" })
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" })
        .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
          error: "date",
        })
        .refine((s) => s >= "2000-01-01" && s <= "2100-12-31", { error: "date" }),
    ]),
    status: z.enum(PLAN_STATUSES, { error: "invalid" }),
    rejectReason: z.string({ error: "invalid" }).trim().max(REJECT_REASON_MAX, { error: "tooLong" }),
    progressNote: z.string({ error: "invalid" }).trim().max(PROGRESS_NOTE_MAX, { error: "tooLong" }),
  })
  .superRefine((v, ctx) => {
    if (v.status === "REJECTED" && v.rejectReason === "") {
      ctx.addIssue({ code: "custom", path: ["rejectReason"], message: "rejectReasonRequired" });
    }
  });
export type PlanItemFields = z.infer<typeof planItemFieldsSchema>;

export const updatePlanItemSchema = z
  .object({ itemId: id, expectedVersion: version, fields: planItemFieldsSchema })
  .strict();
export type UpdatePlanItemInput = z.infer<typeof updatePlanItemSchema>;

export const regeneratePlanSchema = z.object({ assessmentId: id }).strict();
export type RegeneratePlanInput = z.infer<typeof regeneratePlanSchema>;

/** `?lang=` of the document routes. */
export const documentQuerySchema = z.object({ lang: z.enum(["zh-CN", "en"], { error: "invalid" }).optional() }).strict();
