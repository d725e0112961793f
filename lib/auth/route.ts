import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole, type Actor } from "@/lib/data/actor";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { localeOfRequest, translate } from "@/lib/i18n/messages";
import { toFailure, zodIssues } from "./action";
import { currentActor } from "./guard";

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, VALIDATION: 400, INTERNAL: 500 } as const;

/**
 * The guard for REST route handlers, the twin of defineAction: authenticate,
 * check the role, parse the query with its zod schema; errors become JSON
 * `{ error: { code, message, issues? } }` in the caller's language, never a stack trace.
 */
export function defineRoute<Q extends z.ZodType, T>(
  opts: { name: string; query: Q; roles: readonly Role[] },
  handler: (query: z.infer<Q>, ctx: { actor: Actor; req: Request }) => Promise<T>,
): (req: Request) => Promise<Response> {
  return async (req) => {
    try {
      const actor = await currentActor();
      if (!actor) throw new UnauthenticatedError();
      if (!hasRole(actor, opts.roles)) throw new ForbiddenError(opts.name);
      const params = Object.fromEntries(new URL(req.url).searchParams.entries());
      const parsed = opts.query.safeParse(params);
      if (!parsed.success) throw new ValidationError(zodIssues(parsed.error));
      const data = await handler(parsed.data, { actor, req });
      return Response.json({ data }, { headers: { "Cache-Control": "no-store" } });
    } catch (err) {
      const failure = toFailure(err, opts.name);
      const locale = localeOfRequest(req);
      return Response.json(
        {
          error: {
            code: failure.code,
            message: translate(locale, `errors.${failure.messageKey}`),
            ...(failure.issues
              ? { issues: failure.issues.map((i) => ({ path: i.path, message: translate(locale, `validation.${i.message}`) })) }
              : {}),
          },
        },
        { status: STATUS[failure.code], headers: { "Cache-Control": "no-store" } },
      );
    }
  };
}
