import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { env } from "@/lib/env";
import { guardRequest } from "@/lib/http/request-guard";
import { databaseKnownDown, unavailablePage } from "@/lib/http/unavailable-page";

/**
 * Three jobs: refuse malformed requests that the framework would answer with
 * a 500 before our code runs (lib/http/request-guard.ts), a per-request nonce for the Content-Security-Policy (plus
 * HSTS over HTTPS), and a redirect to sign-in for pages when there is no
 * session cookie at all. It is never the security boundary — every page,
 * action and route handler checks the session in the database itself
 * (CVE-2025-29927 showed a proxy can be skipped).
 */

// /set-password/{token} is a one-time link for people who cannot sign in yet; /set-password itself checks the session.
const PUBLIC_PAGES = ["/sign-in", "/methodology", "/set-password"];

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function isPageRequest(req: NextRequest, pathname: string): boolean {
  return (req.method === "GET" || req.method === "HEAD") && !pathname.startsWith("/api/") && !pathname.startsWith("/_next/");
}

export async function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const refused = await guardRequest(req, pathname);
  if (refused) return refused;
  // While the database is away a page cannot render: say so at once, with a 503 a load balancer understands.
  if (isPageRequest(req, pathname) && databaseKnownDown()) return unavailablePage(req);
  const isPage = !pathname.startsWith("/api/");
  const isPublic = PUBLIC_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`));

  if (isPage && !isPublic) {
    const token = await getToken({ req, secret: env().NEXTAUTH_SECRET, decode: decodeSessionToken });
    if (!token) {
      const url = req.nextUrl.clone();
      url.pathname = "/sign-in";
      url.search = "";
      return NextResponse.redirect(url);
    }
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, env().NODE_ENV === "development");
  const requestHeaders = new Headers(req.headers);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("Content-Security-Policy", csp);
  const https = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  if (https) res.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return res;
}

export const config = {
  // Static public files (robots.txt keeps crawlers off, the manifest and icon) need no session and no nonce.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|manifest.webmanifest|icons/).*)"],
};
