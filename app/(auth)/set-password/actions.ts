"use server";
import { defineAction, definePublicAction } from "@/lib/auth/action";
import { changePassword } from "@/lib/data/auth";
import { clearMustChangePassword, redeemSetPasswordToken } from "@/lib/data/admin/passwords";
import { changePasswordSchema } from "@/lib/validation/auth";
import { redeemTokenSchema } from "@/lib/validation/admin-passwords";

/** The one-time link: the token is the proof, so no session is needed. */
export const redeemSetPasswordAction = definePublicAction({ name: "redeemSetPassword", schema: redeemTokenSchema }, async (input, { meta }) => {
  await redeemSetPasswordToken(input, meta);
  return null;
});

/** The required change after an administrator set the password: the usual change (current password checked), then the account is released. */
export const requiredPasswordChangeAction = defineAction(
  { name: "requiredPasswordChange", schema: changePasswordSchema, allowWhilePasswordChangeRequired: true },
  async (input, { actor, meta }) => {
    await changePassword(actor, input, meta);
    await clearMustChangePassword(actor, meta);
    return null;
  },
);
