import { crossSiteRefusal } from "@/lib/auth/same-origin";
import { localeOfRequest, translate } from "@/lib/i18n/messages";
import { MAX_UPLOAD_BODY_BYTES } from "@/lib/storage/evidence-rules";

/**
 * Answers, in the request proxy, the malformed requests that the framework
 * itself would otherwise answer with a 500 before any of our code runs:
 * malformed percent-encoding in the path, server-action POSTs whose body is
 * not what React's encoding produces, and bodies beyond the limits. It
 * refuses; it never lets anything through that the route's own guard would
 * not also check (the proxy can be skipped, CVE-2025-29927).
 */

/** Next's default `serverActions.bodySizeLimit` (1 MB): ours answers 413 instead of the framework's 500. */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** Our actions take one plain object; a handful leaves room for bound arguments, far below Next's 1,000 (a 500). */
export const MAX_ACTION_ARGS = 8;
/** Any other request body (pages, route handlers other than the upload). */
export const BODY_LIMIT = MAX_UPLOAD_BODY_BYTES;

type Refusal = { status: number; code: string; key: string };

export function refusalResponse(req: Request, r: Refusal): Response {
  const message = translate(localeOfRequest(req), `errors.${r.key}`);
  return Response.json(
    { error: { code: r.code, message } },
    { status: r.status, headers: { "Cache-Control": "no-store", ...(r.status === 405 ? { Allow: "GET, POST" } : {}) } },
  );
}

const badRequest: Refusal = { status: 400, code: "VALIDATION", key: "badRequest" };

function pathIsWellFormed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Reads at most `limit + 1` bytes of the body; `null` when it is longer than `limit`. */
export async function readBounded(req: Request, limit: number): Promise<Uint8Array | null> {
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling one branch of a tee'd body settles only when the other branch is cancelled too.
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

// React's reply encoding marks special values with "$"; user strings starting with "$" arrive as "$$…".
// Only plain JSON values (and the few scalars React spells this way) are arguments our actions accept;
// references to promises, form data, blobs, other server functions and the like are refused outright.
const ALLOWED_DOLLAR = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;
// In a multipart reply, form data ($K) is a legitimate reference to the form's own parts. A bare
// Blob argument ($B) is not accepted: no action takes one (files go through the upload route), and
// Next's decoder answers a malformed one with a 500.
const ALLOWED_DOLLAR_MULTIPART = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$|K[0-9a-f]+$)/;

function plainReply(value: unknown, depth = 0, multipart = false): boolean {
  if (depth > 32) return false;
  if (typeof value === "string") return !value.startsWith("$") || (multipart ? ALLOWED_DOLLAR_MULTIPART : ALLOWED_DOLLAR).test(value);
  if (Array.isArray(value)) return value.every((v) => plainReply(v, depth + 1, multipart));
  if (value && typeof value === "object") return Object.values(value).every((v) => plainReply(v, depth + 1, multipart));
  return true;
}

function declaredLength(req: Request): number | null {
  const raw = req.headers.get("content-length");
  if (raw === null) return null;
  return /^\d+$/.test(raw) ? Number(raw) : NaN;
}

/** A multipart body that the platform's FormData parser accepts, or null. */
async function parseForm(bytes: Uint8Array, type: string): Promise<FormData | null> {
  try {
    return await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": type } }).formData();
  } catch {
    return null;
  }
}

async function checkServerAction(req: Request): Promise<Refusal | null> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const length = declaredLength(req);
  if (Number.isNaN(length)) return badRequest;
  if (length !== null && length > ACTION_BODY_LIMIT) return { status: 413, code: "VALIDATION", key: "payloadTooLarge" };
  const multipart = type.startsWith("multipart/form-data");
  if (!multipart && type !== "" && !type.startsWith("text/plain")) return { status: 415, code: "VALIDATION", key: "unsupportedMediaType" };
  const body = await readBounded(req.clone(), ACTION_BODY_LIMIT);
  if (!body) return { status: 413, code: "VALIDATION", key: "payloadTooLarge" };
  if (multipart) {
    // Files or form data as arguments: the form must parse and its rows hold only plain values or
    // references to its own parts; the action's schema judges the rest.
    const form = await parseForm(body, req.headers.get("content-type")!);
    if (!form) return badRequest;
    // React's encoding: part "0" is the argument list, other parts are numbered ("1", "2_name").
    // Without a root row React's decoder waits for it forever and Next answers 500.
    const root = form.get("0");
    if (typeof root !== "string") return badRequest;
    for (const [key, value] of form) {
      if (!/^\d+(_[\x20-\x7e]+)?$/.test(key)) return badRequest;
      if (typeof value === "string" && /^\d+$/.test(key)) {
        try {
          const parsed: unknown = JSON.parse(value);
          if (!plainReply(parsed, 0, true)) return badRequest;
          if (key === "0" && (!Array.isArray(parsed) || parsed.length > MAX_ACTION_ARGS)) return badRequest;
        } catch {
          return badRequest;
        }
      }
    }
    return null;
  }
  let args: unknown;
  try {
    args = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    return badRequest;
  }
  if (!Array.isArray(args) || args.length > MAX_ACTION_ARGS || !plainReply(args)) return badRequest;
  return null;
}

/** A Response refusing the request, or null to let it through. */
export async function guardRequest(req: Request, pathname: string): Promise<Response | null> {
  if (!pathIsWellFormed(pathname)) return refusalResponse(req, badRequest);
  const method = req.method.toUpperCase();
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;

  const origin = req.headers.get("origin");
  if (origin && origin !== "null") {
    try {
      new URL(origin);
    } catch {
      return refusalResponse(req, badRequest);
    }
  }

  const api = pathname.startsWith("/api/");
  if (!api) {
    // Pages take writes only as server actions, never from another site (Next would answer a 500).
    const crossSite = crossSiteRefusal(req);
    if (crossSite) return crossSite;
  }

  if (req.headers.has("next-action")) {
    if (method !== "POST") return refusalResponse(req, { status: 405, code: "VALIDATION", key: "methodNotAllowed" });
    const refusal = await checkServerAction(req);
    return refusal ? refusalResponse(req, refusal) : null;
  }

  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (!api && (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded"))) {
    // A form posted to a page without the Next-Action header is a no-JavaScript server action to Next,
    // which answers unparsable forms and unknown action ids with a 500. The platform has no such forms
    // (React sends every action by fetch with the header), so only harmless forms go on.
    const body = await readBounded(req.clone(), ACTION_BODY_LIMIT);
    if (!body) return refusalResponse(req, { status: 413, code: "VALIDATION", key: "payloadTooLarge" });
    if (type.startsWith("multipart/form-data")) {
      const form = await parseForm(body, req.headers.get("content-type")!);
      if (!form || [...form.keys()].some((k) => k.startsWith("$ACTION_"))) return refusalResponse(req, badRequest);
    }
    return null;
  }

  // Every other body: the upload's limit, told in the upload's words there. A chunked body has no
  // Content-Length, so it is counted (Next buffers up to proxyClientMaxBodySize for the proxy anyway).
  const tooLarge: Refusal = /^\/api\/v1\/assessments\/[^/]+\/evidence\/?$/.test(pathname)
    ? { status: 413, code: "VALIDATION", key: "fileTooLarge" }
    : { status: 413, code: "VALIDATION", key: "payloadTooLarge" };
  const length = declaredLength(req);
  if (Number.isNaN(length)) return refusalResponse(req, badRequest);
  if (length !== null) return length > BODY_LIMIT ? refusalResponse(req, tooLarge) : null;
  if (!req.body) return null;
  const body = await readBounded(req.clone(), BODY_LIMIT);
  return body ? null : refusalResponse(req, tooLarge);
}
