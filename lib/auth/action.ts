import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole, type Actor } from "@/lib/data/actor";
import type { RequestMeta } from "@/lib/data/audit";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError, classifyError, type ErrorCode, type FieldIssue } from "@/lib/errors";
import { textRuleIssues } from "@/lib/validation/text";
import { logger } from "@/lib/logger";
import { currentActor, currentRequestMeta } from "./guard";
import { noteRefusal } from "./refusal";

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
  // Driver errors get their kind here (lib/errors.ts): a database that is away is UNAVAILABLE, not a bug.
  const known = classifyError(err);
  if (known) {
    // A database outage is worth a log line (operators watch for it), a user's mistake is not.
    if (known.code === "UNAVAILABLE") logger().warn({ where, detail: known.message }, "database unavailable");
    return {
      ok: false,
      code: known.code,
      messageKey: known.messageKey,
      ...(known instanceof ValidationError ? { issues: known.issues } : {}),
      ...(known instanceof ConflictError && known.details !== undefined ? { details: known.details } : {}),
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
    let actor: Actor | null = null;
    try {
      actor = await currentActor();
      if (!actor) throw new UnauthenticatedError();
      if (actor.mustChangePassword && !opts.allowWhilePasswordChangeRequired) {
        throw new ForbiddenError("passwordChangeRequired", "passwordChangeRequired");
      }
      if (opts.roles && !hasRole(actor, opts.roles)) throw new ForbiddenError(opts.name);
      // The text rules (lib/validation/text.ts) hold for every string of every action's input.
      const textIssues = textRuleIssues(raw);
      if (textIssues.length) throw new ValidationError(textIssues);
      const parsed = opts.schema.safeParse(raw);
      if (!parsed.success) throw new ValidationError(zodIssues(parsed.error));
      const data = await handler(parsed.data, { actor, meta: await currentRequestMeta() });
      return { ok: true, data };
    } catch (err) {
      await noteRefusal(err, { operation: opts.name, actor, meta: actor ? await currentRequestMeta().catch(() => null) : null });
      return toFailure(err, opts.name);
    }
  };
}
