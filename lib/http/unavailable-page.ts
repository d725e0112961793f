import { RETRY_AFTER_SECONDS } from "@/lib/errors";
import { localeOfRequest, translate } from "@/lib/i18n/messages";

/**
 * The database is away: read on globalThis (lib/data/availability.ts keeps it),
 * answered before any render. Stale by at most a second; when nothing watches
 * (tests, a build), pages are rendered as usual.
 */
export function databaseKnownDown(): boolean {
  const state = (globalThis as unknown as { __agmDatabase?: { up: boolean; checkedAt: number } }).__agmDatabase;
  return !!state && state.checkedAt > 0 && !state.up && Date.now() - state.checkedAt < 5_000;
}

/**
 * Up or down as the watch last saw it, for /api/health (answered from here so it never waits behind renders or
 * for the pool); null when nothing watches or the last look is older than 5 s — the caller then asks the database.
 */
export function cachedDatabaseUp(): boolean | null {
  const state = (globalThis as unknown as { __agmDatabase?: { up: boolean; checkedAt: number } }).__agmDatabase;
  if (!state || state.checkedAt === 0 || Date.now() - state.checkedAt >= 5_000) return null;
  return state.up;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** A plain page, no scripts: 503 with Retry-After, saying the service is briefly away (not "an error occurred"). */
export function unavailablePage(req: Request): Response {
  const locale = localeOfRequest(req);
  const title = escape(translate(locale, "errors.unavailableTitle"));
  const body = escape(translate(locale, "errors.unavailableBody"));
  const retry = escape(translate(locale, "errors.retry"));
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;padding:3rem 1rem;color:#0f172a;background:#f8fafc}main{max-width:32rem;margin:0 auto}h1{font-size:1.5rem}a{display:inline-block;margin-top:1rem;padding:.5rem 1rem;border-radius:.375rem;background:#1d4ed8;color:#fff;text-decoration:none}</style></head>
<body><main><h1>${title}</h1><p>${body}</p><a href="">${retry}</a></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });
}
