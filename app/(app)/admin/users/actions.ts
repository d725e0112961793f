"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import {
  adminSetUserActive,
  createUserWithGrant,
  forceSignOut,
  grantRole,
  resetPassword,
  revokeGrant,
} from "@/lib/data/admin/users";
import { setUserActiveSchema } from "@/lib/validation/auth";
import { createUserSchema, grantRoleSchema, revokeGrantSchema, userIdSchema } from "@/lib/validation/admin-users";

const ADMIN = ["SYS_ADMIN"] as const;
const done = () => revalidatePath("/admin/users");

export const setUserActiveAction = defineAction(
  { name: "setUserActive", schema: setUserActiveSchema, roles: ADMIN },
  async (input, { actor, meta }) => {
    await adminSetUserActive(actor, input, meta);
    done();
    return null;
  },
);

/** Returns the one-time set-password token for the admin to pass on; it is shown once and stored only as a hash. */
export const createUserAction = defineAction({ name: "createUser", schema: createUserSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  const r = await createUserWithGrant(actor, input, meta);
  done();
  return { userId: r.userId, token: r.token, expiresAt: r.expiresAt.toISOString() };
});

export const grantRoleAction = defineAction({ name: "grantRole", schema: grantRoleSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  await grantRole(actor, input, meta);
  done();
  return null;
});

export const revokeGrantAction = defineAction({ name: "revokeGrant", schema: revokeGrantSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  await revokeGrant(actor, input, meta);
  done();
  return null;
});

export const resetPasswordAction = defineAction({ name: "resetPassword", schema: userIdSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  const r = await resetPassword(actor, input, meta);
  done();
  return { token: r.token, expiresAt: r.expiresAt.toISOString() };
});

export const forceSignOutAction = defineAction({ name: "forceSignOut", schema: userIdSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  const r = await forceSignOut(actor, input, meta);
  done();
  return r;
});
