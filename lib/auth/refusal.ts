import "server-only";
import type { Actor } from "@/lib/data/actor";
import { recordSecurityEvent, type RequestMeta } from "@/lib/data/audit";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/**
 * A signed-in user refused by the guard or the data layer — a role they lack,
 * or another unit's data (which the data layer answers as "not found" so that
 * ids of other tenants leak nothing) — is a security event in the audit log.
 * Anonymous requests are not recorded here: they never reach any data, and
 * recording them would let anyone fill the log.
 */
export async function noteRefusal(
  err: unknown,
  ctx: { operation: string; actor: Actor | null; meta: RequestMeta | null },
): Promise<void> {
  if (!ctx.actor) return;
  // The forced password change is a normal step of a new account, not an attempt to get in somewhere.
  if (err instanceof ForbiddenError && err.messageKey === "passwordChangeRequired") return;
  const reason = err instanceof ForbiddenError ? "forbidden" : err instanceof NotFoundError ? "notFound" : null;
  if (!reason) return;
  await recordSecurityEvent({ reason, operation: ctx.operation, actor: ctx.actor, meta: ctx.meta });
}
