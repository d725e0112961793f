import { z } from "zod";

// Messages are catalogue keys (under "validation."): the form and the server both translate them.
export const signInSchema = z.object({
  email: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(254, { error: "tooLong" }).email({ error: "email" }),
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(256, { error: "tooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "required" }).max(256, { error: "tooLong" }),
    newPassword: z.string().min(12, { error: "password.tooShort" }).max(256, { error: "tooLong" }),
    confirmPassword: z.string().min(1, { error: "required" }).max(256, { error: "tooLong" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "password.mismatch" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const setUserActiveSchema = z.object({
  userId: z.string().uuid({ error: "invalid" }),
  active: z.boolean({ error: "invalid" }),
});

export const localeSchema = z.object({ locale: z.enum(["zh-CN", "en"], { error: "invalid" }) });
