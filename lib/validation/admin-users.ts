import { z } from "zod";

export const ROLE_VALUES = ["RESPONDENT", "DEPT_ADMIN", "REVIEWER", "OVERSIGHT", "SYS_ADMIN", "AUDITOR"] as const;
const id = z.string().uuid({ error: "invalid" });

export const emailField = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .email({ error: "email" });
export const displayNameField = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "tooLong" });
export const phoneField = z
  .string()
  .trim()
  .max(40, { error: "tooLong" })
  .refine((v) => v === "" || /^\+?[0-9 ()-]{5,40}$/.test(v), { error: "admin.phoneFormat" })
  .optional()
  .transform((v) => (v ? v : null));
export const roleField = z.enum(ROLE_VALUES, { error: "admin.roleInvalid" });

export const createUserSchema = z.object({
  displayName: displayNameField,
  email: emailField,
  phone: phoneField,
  role: roleField,
  orgUnitId: id,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const grantRoleSchema = z.object({ userId: id, role: roleField, orgUnitId: id });
export type GrantRoleInput = z.input<typeof grantRoleSchema>;
export const revokeGrantSchema = z.object({ userId: id, grantId: id });
export const userIdSchema = z.object({ userId: id });
export const adminSetUserActiveSchema = z.object({ userId: id, active: z.boolean({ error: "invalid" }) });
