import { z } from "zod";

// Messages are catalogue keys under "validation." (shared) or "admin." (this feature).
export const ORG_KINDS = ["PROVINCE", "CITY", "COUNTY", "DEPARTMENT", "OFFICE"] as const;

export const orgCode = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(64, { error: "tooLong" })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: "admin.codeFormat" });
const name = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "tooLong" });
const optionalText = (max: number, re?: RegExp, msg = "invalid") =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .refine((v) => v === "" || !re || re.test(v), { error: msg })
    .optional()
    .transform((v) => (v ? v : null));

export const regionCode = optionalText(12, /^[0-9]{6,12}$/, "admin.regionFormat");
export const sectorCode = optionalText(64, /^[a-z0-9-]+$/, "admin.sectorUnknown");
const id = z.string().uuid({ error: "invalid" });

export const createOrgUnitSchema = z.object({
  code: orgCode,
  parentId: id,
  nameZh: name,
  nameEn: name,
  kind: z.enum(ORG_KINDS, { error: "admin.kindInvalid" }),
  regionCode,
  sectorTag: sectorCode,
});
export type CreateOrgUnitInput = z.input<typeof createOrgUnitSchema>;

export const updateOrgUnitSchema = createOrgUnitSchema.omit({ code: true, parentId: true, kind: true }).extend({ id });
export type UpdateOrgUnitInput = z.input<typeof updateOrgUnitSchema>;

export const moveOrgUnitSchema = z.object({ id, newParentId: id });
export const setOrgUnitActiveSchema = z.object({ id, active: z.boolean({ error: "invalid" }) });
