"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { defineAction } from "@/lib/auth/action";
import {
  adminSetUserActive,
  createUserWithGrant,
  forceSignOut,
  grantRole,
  resetPassword,
  revokeGrant,
} from "@/lib/data/admin/users";
import { mailSetPasswordLink } from "@/lib/data/admin/link-mail";
import { setUserActiveSchema } from "@/lib/validation/auth";
import { createUserSchema, grantRoleSchema, revokeGrantSchema, userIdSchema } from "@/lib/validation/admin-users";

const ADMIN = ["SYS_ADMIN"] as const;
const done = () => revalidatePath("/admin/users");
/** The address the admin's page was served from: the mailed link's base when NEXTAUTH_URL is not set. */
const requestOrigin = async () => (await headers()).get("origin");

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
  // With SMTP configured the link is mailed too; it is still shown, and a failed send is said, not thrown.
  const mail = await mailSetPasswordLink(r.userId, r, await requestOrigin());
  return { userId: r.userId, token: r.token, expiresAt: r.expiresAt.toISOString(), mail };
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
  const mail = await mailSetPasswordLink(input.userId, r, await requestOrigin());
  return { token: r.token, expiresAt: r.expiresAt.toISOString(), mail };
});

export const forceSignOutAction = defineAction({ name: "forceSignOut", schema: userIdSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  const r = await forceSignOut(actor, input, meta);
  done();
  return r;
});
