import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole, type Actor } from "@/lib/data/actor";
import type { RequestMeta } from "@/lib/data/audit";
import { checkSession } from "@/lib/data/sessions";
import { readSessionClaims } from "./session-claims";
import { requestMetaFrom } from "./request-meta";

/**
 * The signed-in user, re-checked against the database; null when there is
 * none or it no longer counts. Memoised for one server render (layout and
 * page share it); actions and route handlers call it afresh each time.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const check = await checkSession(claims.sid, claims.uid);
  return check.ok ? check.actor : null;
});

/** For pages: the actor, or a redirect to sign-in (or to setting a new password, when an administrator requires one). */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  if (actor.mustChangePassword) redirect("/set-password");
  return actor;
}

/** For pages restricted to some roles: others get a 404, which tells them nothing about what is there. */
export async function requireRole(roles: readonly Role[]): Promise<Actor> {
  const actor = await requireActor();
  if (!hasRole(actor, roles)) notFound();
  return actor;
}

export async function currentRequestMeta(): Promise<RequestMeta> {
  try {
    return requestMetaFrom(await headers());
  } catch {
    return { ip: null, userAgent: null };
  }
}
