import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole, type Actor } from "@/lib/data/actor";
import type { RequestMeta } from "@/lib/data/audit";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError, isAppError, type ErrorCode, type FieldIssue } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { currentActor, currentRequestMeta } from "./guard";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; messageKey: string; issues?: FieldIssue[]; details?: unknown };

export interface ActionContext {
  actor: Actor;
  meta: RequestMeta;
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

/** Maps any failure to a result the client can show; unexpected errors are logged and never leak detail. */
export function toFailure(err: unknown, where: string): Extract<ActionResult<never>, { ok: false }> {
  if (isAppError(err)) {
    return {
      ok: false,
      code: err.code,
      messageKey: err.messageKey,
      ...(err instanceof ValidationError ? { issues: err.issues } : {}),
      ...(err instanceof ConflictError && err.details !== undefined ? { details: err.details } : {}),
    };
  }
  logger().error({ err, where }, "unexpected error");
  return { ok: false, code: "INTERNAL", messageKey: "internal" };
}

/**
 * For the few actions that run without a session (redeeming a one-time
 * set-password link): parse the input with its zod schema, then run; errors
 * are mapped exactly as for defineAction. The handler itself must prove the
 * caller's right (e.g. by a secret token).
 */
export function definePublicAction<S extends z.ZodType, T>(
  opts: { name: string; schema: S },
  handler: (input: z.infer<S>, ctx: { meta: RequestMeta }) => Promise<T>,
): (raw: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const parsed = opts.schema.safeParse(raw);
      if (!parsed.success) throw new ValidationError(zodIssues(parsed.error));
      return { ok: true, data: await handler(parsed.data, { meta: await currentRequestMeta() }) };
    } catch (err) {
      return toFailure(err, opts.name);
    }
  };
}

/**
 * The one guard every server action goes through: authenticate (session
 * re-checked in the database), check the role, parse the input with its zod
 * schema, then run. Tenancy is decided inside the data layer from the ids
 * loaded from the database. Server actions are public POST endpoints, so no
 * action relies on the page that shows it.
 */
export function defineAction<S extends z.ZodType, T>(
  opts: {
    name: string;
    schema: S;
    roles?: readonly Role[];
    /** The only actions open to a user who must first set a new password. */
    allowWhilePasswordChangeRequired?: boolean;
  },
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<T>,
): (raw: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const actor = await currentActor();
      if (!actor) throw new UnauthenticatedError();
      if (actor.mustChangePassword && !opts.allowWhilePasswordChangeRequired) {
        throw new ForbiddenError("passwordChangeRequired", "passwordChangeRequired");
      }
      if (opts.roles && !hasRole(actor, opts.roles)) throw new ForbiddenError(opts.name);
      const parsed = opts.schema.safeParse(raw);
      if (!parsed.success) throw new ValidationError(zodIssues(parsed.error));
      const data = await handler(parsed.data, { actor, meta: await currentRequestMeta() });
      return { ok: true, data };
    } catch (err) {
      return toFailure(err, opts.name);
    }
  };
}
