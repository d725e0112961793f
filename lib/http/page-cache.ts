import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";
import { LOCALE_COOKIE, toLocale, type AppLocale } from "@/lib/i18n/config";

/**
 * A small response cache for public pages that every anonymous reader sees
 * alike (issue 11 §1: /methodology rendered 48 questions on every request,
 * about 12 pages per second on 2 cores). scripts/server.ts asks it before
 * admission control; lib/http/page-cache-server.ts does the Node I/O.
 *
 * What may be served from it — everything else goes to the app as before:
 *  - GET or HEAD of a listed path, with only that path's listed query
 *    parameters (each at most once, short values); the raw query is part of
 *    the key, because the page's router state records the URL it was rendered for;
 *  - no session: no cookie but the locale and next-auth's CSRF/callback
 *    cookies (anything else, signed-in or not, bypasses), no Authorization;
 *  - a document request: no RSC / Next-Router-* / Next-Action header, no Range.
 * The key is path + query + locale (the NEXT_LOCALE cookie, as lib/i18n/request.ts
 * reads it) + whether the request came over HTTPS (proxy.ts adds HSTS then).
 * The content encoding is chosen per request from the stored variants.
 *
 * A stored copy must not replay the nonce of the render it came from, so the
 * Content-Security-Policy is rewritten: the nonce (and 'strict-dynamic', which
 * would switch off 'self' and block Next's parser-inserted chunk scripts) is
 * replaced by the sha256 hash of every inline script in the stored HTML, and
 * the nonce attributes are taken out of the HTML. Every other directive and
 * every other header stays as the app sent it. A response that is not a plain
 * 200 HTML page with a CSP, or that sets a cookie, is never stored.
 *
 * Entries live for `ttlMs` (the methodology pages only read the frameworks
 * bundled with the build, so their content changes with a new build, i.e. a
 * restart; the TTL is a bound, not the invalidation), at most `maxEntries`
 * and `maxBytes` (least recently used first out). Concurrent misses for one
 * key share one render.
 */

export interface CacheRule {
  path: string;
  /** Query parameters the page reads; any other parameter bypasses the cache. */
  params: readonly string[];
}

/** The public pages (proxy.ts PUBLIC_PAGES) whose render depends on nothing but the URL and the locale. */
export const PUBLIC_PAGE_RULES: readonly CacheRule[] = [
  { path: "/methodology", params: ["version", "nist", "guideline"] },
  { path: "/methodology/versions", params: ["from", "to"] },
];

export type Headers = Record<string, string | string[] | undefined>;

export interface CacheRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  headers: Headers;
}

export interface CacheKey {
  key: string;
  /** What the render needs to see again: the URL, the locale and the scheme. */
  url: string;
  locale: AppLocale;
  https: boolean;
}

/** Cookies that do not change what a public page shows (next-auth sets the last two before anyone signs in). */
const NEUTRAL_COOKIES = new Set([
  LOCALE_COOKIE,
  "next-auth.csrf-token",
  "__Host-next-auth.csrf-token",
  "next-auth.callback-url",
  "__Secure-next-auth.callback-url",
]);

/** Marks the cache's own render (lib/http/page-cache-server.ts): it goes to the app. */
export const FILL_HEADER = "x-page-cache-fill";

/** Requests for something other than the plain document (router payloads, prefetches, actions, ranges, credentials). */
const BYPASS_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
  "next-hmr-refresh",
  "x-nextjs-data",
  "authorization",
  "range",
  "if-range",
  FILL_HEADER,
];

const MAX_QUERY_VALUE = 64;

const single = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v.join(", ") : v);

/** The cache key for a request, or null when the request must go to the app. */
export function cacheKeyOf(req: CacheRequest, rules: readonly CacheRule[] = PUBLIC_PAGE_RULES): CacheKey | null {
  const method = req.method.toUpperCase();
  if (method !== "GET" && method !== "HEAD") return null;
  const q = req.url.indexOf("?");
  const path = q < 0 ? req.url : req.url.slice(0, q);
  const query = q < 0 ? "" : req.url.slice(q + 1);
  const rule = rules.find((r) => r.path === path);
  if (!rule) return null;
  if (query.includes("#")) return null;
  if (query) {
    const seen = new Set<string>();
    for (const part of query.split("&")) {
      const eq = part.indexOf("=");
      const name = eq < 0 ? part : part.slice(0, eq);
      const value = eq < 0 ? "" : part.slice(eq + 1);
      if (!rule.params.includes(name) || seen.has(name) || value.length > MAX_QUERY_VALUE) return null;
      seen.add(name);
      try {
        decodeURIComponent(value.replace(/\+/g, " "));
      } catch {
        return null;
      }
    }
  }
  for (const h of BYPASS_HEADERS) if (req.headers[h] !== undefined) return null;
  let localeCookie: string | undefined;
  const cookie = single(req.headers.cookie);
  if (cookie) {
    for (const pair of cookie.split(";")) {
      const trimmed = pair.trim();
      if (!trimmed) continue;
      const eq = trimmed.indexOf("=");
      const name = eq < 0 ? trimmed : trimmed.slice(0, eq).trim();
      if (!NEUTRAL_COOKIES.has(name)) return null;
      if (name === LOCALE_COOKIE) {
        // Two locale cookies (a path-scoped one and the root one): which one the app reads is not ours to guess.
        if (localeCookie !== undefined) return null;
        localeCookie = eq < 0 ? "" : trimmed.slice(eq + 1).trim();
      }
    }
  }
  const locale = toLocale(localeCookie);
  const https = single(req.headers["x-forwarded-proto"]) === "https";
  const url = q < 0 ? path : `${path}?${query}`;
  return { key: `${url}|${locale}|${https ? "https" : "http"}`, url, locale, https };
}

export type Encoding = "br" | "gzip" | "identity";

/** The best stored variant the client accepts (q=0 refuses a coding); identity unless refused explicitly. */
export function pickEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (single(acceptEncoding) ?? "").split(",")) {
    const [rawName = "", ...params] = part.trim().split(";");
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) q = Number(m[1]);
    }
    accepted.set(name, Number.isFinite(q) ? q : 0);
  }
  const quality = (name: string) => accepted.get(name) ?? (name === "identity" ? (accepted.get("*") ?? 1) : (accepted.get("*") ?? 0));
  const options: Encoding[] = ["br", "gzip", "identity"];
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const e of options) {
    const q = quality(e);
    if (q > bestQ) {
      best = e;
      bestQ = q;
    }
  }
  return best;
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SCRIPT_OPEN = /<script\b/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/** sha256 CSP source of a script's text as the browser hashes it (UTF-8, line endings normalised by the HTML parser). */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text.replace(/\r\n?/g, "\n"), "utf8").digest("base64")}'`;
}

/**
 * The stored HTML and its policy: the nonce taken out of both, every inline
 * script allowed by its hash instead. Null when the HTML cannot be read with
 * certainty (a script tag the scan did not pair) or the policy has no nonce to replace.
 */
export function hashPolicy(csp: string, html: string): { csp: string; html: string } | null {
  const directives = csp.split(";").map((d) => d.trim()).filter(Boolean);
  const at = directives.findIndex((d) => /^script-src\s/i.test(d));
  if (at < 0) return null;
  const sources = directives[at]!.split(/\s+/).slice(1);
  const nonces = sources.filter((s) => /^'nonce-[^']+'$/.test(s)).map((s) => s.slice(7, -1));
  if (nonces.length === 0) return null;
  let out = html;
  for (const nonce of nonces) {
    out = out.split(` nonce="${nonce}"`).join("");
    // The RSC payload repeats it as a prop of the script and stylesheet elements (inside a JS string: \"nonce\":\"…\").
    const prop = new RegExp(`(,?)(\\\\*)"nonce\\2":\\2"${nonce.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\2"(,?)`, "g");
    out = out.replace(prop, (_m, lead: string, _b: string, trail: string) => (lead && trail ? "," : ""));
  }
  // The nonce must not be left anywhere in the copy that everyone receives.
  if (nonces.some((n) => out.includes(n))) return null;
  const hashes = new Set<string>();
  let paired = 0;
  for (const m of out.matchAll(INLINE_SCRIPT)) {
    paired++;
    if (HAS_SRC.test(m[1] ?? "")) continue;
    hashes.add(scriptHash(m[2] ?? ""));
  }
  if (paired !== (out.match(SCRIPT_OPEN) ?? []).length) return null;
  const kept = sources.filter((s) => !/^'nonce-[^']+'$/.test(s) && s !== "'strict-dynamic'" && s !== "'unsafe-inline'");
  // 'self' carries Next's chunk scripts (parser-inserted and loaded later): with 'strict-dynamic' it would be ignored.
  if (!kept.includes("'self'")) kept.unshift("'self'");
  directives[at] = ["script-src", ...kept, ...hashes].join(" ");
  return { csp: directives.join("; "), html: out };
}

export interface OriginResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

export interface CacheEntry {
  /** Headers as the app sent them, the policy rewritten; no Date, length, encoding or hop-by-hop headers. */
  headers: [string, string][];
  body: Record<Encoding, Buffer>;
  size: number;
  storedAt: number;
  expiresAt: number;
}

/** Headers that belong to one transfer, not to the page. */
const TRANSFER_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag", "last-modified", "age"]);

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** What may be stored of the app's answer, or null (not a plain 200 HTML page with a nonce policy, or it sets a cookie). */
export async function entryFrom(origin: OriginResponse, now: number, ttlMs: number): Promise<CacheEntry | null> {
  if (origin.status !== 200) return null;
  if (origin.headers["set-cookie"] !== undefined) return null;
  if (!/^text\/html\b/i.test(single(origin.headers["content-type"]) ?? "")) return null;
  const encoding = single(origin.headers["content-encoding"]);
  if (encoding && encoding !== "identity") return null;
  const csp = single(origin.headers["content-security-policy"]);
  if (!csp) return null;
  const rewritten = hashPolicy(csp, origin.body.toString("utf8"));
  if (!rewritten) return null;
  const headers: [string, string][] = [];
  let vary = "";
  for (const [name, value] of Object.entries(origin.headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || TRANSFER_HEADERS.has(lower)) continue;
    if (lower === "content-security-policy") headers.push([name, rewritten.csp]);
    else if (lower === "vary") vary = single(value) ?? "";
    else for (const v of Array.isArray(value) ? value : [value]) headers.push([name, v]);
  }
  if (!/(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary)) vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  headers.push(["vary", vary]);
  const raw = Buffer.from(rewritten.html, "utf8");
  const [gz, br] = await Promise.all([
    gzipAsync(raw, { level: 9 }),
    brotliAsync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  ]);
  return { headers, body: { identity: raw, gzip: gz, br }, size: raw.length + gz.length + br.length, storedAt: now, expiresAt: now + ttlMs };
}

export interface Reply {
  status: number;
  headers: [string, string][];
  body: Buffer | undefined;
}

/** The stored page in the client's encoding (null: it accepts none of them — the app answers instead). */
export function replyFrom(entry: CacheEntry, req: CacheRequest): Reply | null {
  const encoding = pickEncoding(req.headers["accept-encoding"]);
  if (!encoding) return null;
  const body = entry.body[encoding];
  const headers: [string, string][] = [...entry.headers, ["content-length", String(body.length)]];
  if (encoding !== "identity") headers.push(["content-encoding", encoding]);
  return { status: 200, headers, body: req.method.toUpperCase() === "HEAD" ? undefined : body };
}

export interface PageCacheOptions {
  ttlMs: number;
  maxEntries?: number;
  maxBytes?: number;
  now?: () => number;
}

export class PageCache {
  readonly ttlMs: number;
  readonly maxEntries: number;
  readonly maxBytes: number;
  private readonly now: () => number;
  /** Insertion order is recency order: a hit moves its entry to the end. */
  private readonly entries = new Map<string, CacheEntry>();
  private readonly filling = new Map<string, Promise<CacheEntry | null>>();
  private bytes = 0;
  /** Bumped by invalidate(): a render that started before it is not stored. */
  private generation = 0;

  constructor(options: PageCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 64;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  /** A fresh entry, or undefined (an expired one is dropped). */
  get(key: string): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) {
      this.bytes -= entry.size;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * The fresh entry for `key`, rendering it with `render` on a miss; one
   * render per key at a time, whoever else misses meanwhile waits for it.
   * Null when the answer may not be stored (or the render failed): the caller lets the app answer.
   */
  async getOrFill(key: string, render: () => Promise<OriginResponse>): Promise<CacheEntry | null> {
    const hit = this.get(key);
    if (hit) return hit;
    const pending = this.filling.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const fill = (async () => {
      try {
        const entry = await entryFrom(await render(), this.now(), this.ttlMs);
        if (entry && generation === this.generation) this.put(key, entry);
        return entry;
      } catch {
        return null;
      } finally {
        this.filling.delete(key);
      }
    })();
    this.filling.set(key, fill);
    return fill;
  }

  /** Everything out (and renders under way are not stored). */
  invalidate(): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation++;
  }

  private put(key: string, entry: CacheEntry): void {
    if (entry.size > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.size;
    }
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.size;
    }
  }
}
