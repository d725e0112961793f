import { z } from "zod";

export const redeemTokenSchema = z
  .object({
    token: z.string().min(20, { error: "invalid" }).max(100, { error: "invalid" }).regex(/^[A-Za-z0-9_-]+$/, { error: "invalid" }),
    newPassword: z.string().min(12, { error: "password.tooShort" }).max(256, { error: "tooLong" }),
    confirmPassword: z.string().min(1, { error: "required" }).max(256, { error: "tooLong" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "password.mismatch" });
export type RedeemTokenInput = z.input<typeof redeemTokenSchema>;
