import { z } from "zod";
import { ORG_KINDS } from "./admin-org-units";

const id = z.string().uuid({ error: "invalid" });
const name = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "tooLong" });
export const dateField = z
  .string({ error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "admin.dateFormat" })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: "admin.dateFormat" });

export const createCycleSchema = z
  .object({
    nameZh: name,
    nameEn: name,
    year: z.coerce.number({ error: "admin.yearRange" }).int({ error: "admin.yearRange" }).min(2000, { error: "admin.yearRange" }).max(2100, { error: "admin.yearRange" }),
    opensOn: dateField,
    closesOn: dateField,
    frameworkVersionId: id,
    ownerUnitId: id,
  })
  .refine((v) => v.closesOn > v.opensOn, { path: ["closesOn"], error: "admin.closesBeforeOpens" });
export type CreateCycleInput = z.input<typeof createCycleSchema>;

export const PARTICIPANT_MODES = ["subtree", "kind", "sector", "codes"] as const;
export const addParticipantsSchema = z
  .object({
    cycleId: id,
    mode: z.enum(PARTICIPANT_MODES, { error: "invalid" }),
    unitId: id.optional(),
    kind: z.enum(ORG_KINDS, { error: "admin.kindInvalid" }).optional(),
    sector: z.string().max(64, { error: "tooLong" }).optional(),
    /** Unit codes, one per line or separated by commas (a pasted CSV column). */
    codes: z.string().max(200_000, { error: "tooLong" }).optional(),
  })
  .refine((v) => v.mode !== "subtree" || !!v.unitId, { path: ["unitId"], error: "required" })
  .refine((v) => v.mode !== "kind" || !!v.kind, { path: ["kind"], error: "required" })
  .refine((v) => v.mode !== "sector" || !!v.sector, { path: ["sector"], error: "required" })
  .refine((v) => v.mode !== "codes" || !!v.codes?.trim(), { path: ["codes"], error: "required" });
export type AddParticipantsInput = z.input<typeof addParticipantsSchema>;

export const cycleIdSchema = z.object({ cycleId: id });
export const removeParticipantSchema = z.object({ cycleId: id, orgUnitId: id });
export const extendCycleSchema = z.object({ cycleId: id, closesOn: dateField });
