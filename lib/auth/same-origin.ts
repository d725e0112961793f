import { localeOfRequest, translate } from "@/lib/i18n/messages";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when a state-changing request comes from another site: the browser
 * says so (`Sec-Fetch-Site: cross-site`), or its `Origin` names another host
 * than the one it was sent to (the same comparison Next makes for server
 * actions: Origin's host against X-Forwarded-Host, else Host). A request with
 * neither header (curl, a script) is not a browser's cross-site request and
 * still has to authenticate.
 */
export function isCrossSite(req: Request): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return false;
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site") return true;
  const origin = req.headers.get("origin");
  if (!origin) return false;
  if (origin === "null") return true; // sandboxed frames, file:// pages, redirects across sites
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host");
  return !host || originHost.toLowerCase() !== host.toLowerCase();
}

/** A 403 in the app's error shape for a cross-site request, or null when it may go on. */
export function crossSiteRefusal(req: Request): Response | null {
  if (!isCrossSite(req)) return null;
  return Response.json(
    { error: { code: "FORBIDDEN", message: translate(localeOfRequest(req), "errors.crossSite") } },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}
