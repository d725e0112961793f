import "server-only";
import { classifyError, RETRY_AFTER_SECONDS } from "@/lib/errors";
import { readBounded, refusalResponse } from "@/lib/http/request-guard";
import { logger } from "@/lib/logger";
import { textRuleIssues } from "@/lib/validation/text";
import { crossSiteRefusal } from "./same-origin";

/**
 * The guard in front of next-auth's route handler, which answers malformed
 * input (bad JSON, a GET on the credentials callback, an unknown action, a
 * failure inside) with a 500 of its own. Only the requests next-auth's own
 * client sends get through; everything else is a 4xx in the app's error shape.
 */

const GET_ACTIONS = new Set(["providers", "session", "csrf", "signin", "signout", "error"]);
const POST_ACTIONS = new Set(["signin", "signout", "callback", "session", "_log"]);
const PROVIDERS = new Set(["credentials"]);
/** Sign-in forms are a few hundred bytes; next-auth has no use for more. */
const AUTH_BODY_LIMIT = 64 * 1024;

type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

async function refuseMalformed(req: Request, segments: string[]): Promise<Response | null> {
  const [action, provider, ...rest] = segments;
  const method = req.method.toUpperCase();
  const known = action !== undefined && (GET_ACTIONS.has(action) || POST_ACTIONS.has(action));
  if (!known || rest.length > 0 || (provider !== undefined && !PROVIDERS.has(provider))) {
    return refusalResponse(req, { status: 404, code: "NOT_FOUND", key: "notFound" });
  }
  const allowed = method === "GET" || method === "HEAD" ? GET_ACTIONS.has(action) : method === "POST" && POST_ACTIONS.has(action);
  if (!allowed) return refusalResponse(req, { status: 405, code: "VALIDATION", key: "methodNotAllowed" });
  if (method !== "POST") return null;

  const crossSite = crossSiteRefusal(req);
  if (crossSite) return crossSite;
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const json = type.startsWith("application/json");
  if (!json && !type.startsWith("application/x-www-form-urlencoded")) {
    return refusalResponse(req, { status: 415, code: "VALIDATION", key: "unsupportedMediaType" });
  }
  const bytes = await readBounded(req.clone(), AUTH_BODY_LIMIT);
  if (!bytes) return refusalResponse(req, { status: 413, code: "VALIDATION", key: "payloadTooLarge" });
  let fields: unknown;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    fields = json ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
  } catch {
    return refusalResponse(req, { status: 400, code: "VALIDATION", key: "badRequest" });
  }
  if (!fields || typeof fields !== "object" || Array.isArray(fields)) {
    return refusalResponse(req, { status: 400, code: "VALIDATION", key: "badRequest" });
  }
  // The same text rules as every action's input (passwords exempt): a NUL in an e-mail is refused here,
  // not turned into a database error inside next-auth.
  if (textRuleIssues(fields).length) return refusalResponse(req, { status: 400, code: "VALIDATION", key: "validation" });
  return null;
}

export function guardNextAuth(handler: Handler): Handler {
  return async (req, ctx) => {
    try {
      const { nextauth } = await ctx.params;
      const refused = await refuseMalformed(req, nextauth ?? []);
      if (refused) return refused;
      return await handler(req, ctx);
    } catch (err) {
      const known = classifyError(err);
      if (known?.code === "UNAVAILABLE") {
        const res = refusalResponse(req, { status: 503, code: "UNAVAILABLE", key: "unavailable" });
        res.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
        return res;
      }
      if (known) return refusalResponse(req, { status: 400, code: known.code, key: known.messageKey });
      logger().error({ err, where: "next-auth" }, "unexpected error");
      return refusalResponse(req, { status: 500, code: "INTERNAL", key: "internal" });
    }
  };
}
