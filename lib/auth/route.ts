import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole, type Actor } from "@/lib/data/actor";
import { ForbiddenError, RETRY_AFTER_SECONDS, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { crossSiteRefusal } from "./same-origin";
import { localeOfRequest, translate } from "@/lib/i18n/messages";
import { toFailure, zodIssues } from "./action";
import { currentActor, currentRequestMeta } from "./guard";
import { noteRefusal } from "./refusal";

const STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 400,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

/** An error as JSON `{ error: { code, message, issues? } }` in the caller's language, never a stack trace. */
function errorResponse(err: unknown, name: string, req: Request): Response {
  const failure = toFailure(err, name);
  const locale = localeOfRequest(req);
  return Response.json(
    {
      error: {
        code: failure.code,
        // Feature keys ("admin.…") live in their own catalogue; the shared ones under "errors.".
        message: translate(locale, failure.messageKey.includes(".") ? failure.messageKey : `errors.${failure.messageKey}`),
        ...(failure.issues
          ? { issues: failure.issues.map((i) => ({ path: i.path, message: translate(locale, `validation.${i.message}`) })) }
          : {}),
      },
    },
    {
      status: STATUS[failure.code],
      headers: {
        "Cache-Control": "no-store",
        ...(failure.code === "UNAVAILABLE" ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {}),
      },
    },
  );
}

/**
 * The guard for REST route handlers, the twin of defineAction: authenticate
 * (session re-checked in the database), check the role, then run; tenancy is
 * decided by the data layer. The handler returns its own Response.
 */
export function defineHandler<P = Record<string, never>>(
  opts: { name: string; roles: readonly Role[] },
  handler: (req: Request, ctx: { actor: Actor; params: P }) => Promise<Response>,
): (req: Request, routeCtx?: { params: Promise<P> }) => Promise<Response> {
  return async (req, routeCtx) => {
    // Like server actions: a state-changing request from another site is refused before anything runs.
    const crossSite = crossSiteRefusal(req);
    if (crossSite) return crossSite;
    let actor: Actor | null = null;
    try {
      actor = await currentActor();
      if (!actor) throw new UnauthenticatedError();
      if (actor.mustChangePassword) throw new ForbiddenError("passwordChangeRequired", "passwordChangeRequired");
      if (!hasRole(actor, opts.roles)) throw new ForbiddenError(opts.name);
      const params = (routeCtx ? await routeCtx.params : {}) as P;
      return await handler(req, { actor, params });
    } catch (err) {
      await noteRefusal(err, { operation: opts.name, actor, meta: actor ? await currentRequestMeta().catch(() => null) : null });
      return errorResponse(err, opts.name, req);
    }
  };
}

/** A JSON GET endpoint whose query is parsed by a zod schema. */
export function defineRoute<Q extends z.ZodType, T>(
  opts: { name: string; query: Q; roles: readonly Role[] },
  handler: (query: z.infer<Q>, ctx: { actor: Actor; req: Request }) => Promise<T>,
): (req: Request) => Promise<Response> {
  return defineHandler(opts, async (req, { actor }) => {
    const params = Object.fromEntries(new URL(req.url).searchParams.entries());
    const parsed = opts.query.safeParse(params);
    if (!parsed.success) throw new ValidationError(zodIssues(parsed.error));
    const data = await handler(parsed.data, { actor, req });
    return Response.json({ data }, { headers: { "Cache-Control": "no-store" } });
  });
}
