import { createHash } from "node:crypto";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  FILL_HEADER,
  PageCache,
  cacheKeyOf,
  entryFrom,
  hashPolicy,
  pickEncoding,
  replyFrom,
  scriptHash,
  type OriginResponse,
} from "@/lib/http/page-cache";

// Issue 11 §1: the public methodology pages from a response cache — keying, bypass, the CSP rewrite, TTL.

const get = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });

describe("cacheKeyOf: what may come from the cache, and under which key", () => {
  it("keys a public page by path, query, locale and scheme", () => {
    expect(cacheKeyOf(get("/methodology"))).toMatchObject({ key: "/methodology|zh-CN|http", url: "/methodology", locale: "zh-CN", https: false });
    expect(cacheKeyOf(get("/methodology", { cookie: "NEXT_LOCALE=en" }))?.key).toBe("/methodology|en|http");
    // The app reads any other value as the default language (lib/i18n/config.ts toLocale): one key for all of them.
    expect(cacheKeyOf(get("/methodology", { cookie: "NEXT_LOCALE=fr" }))?.key).toBe("/methodology|zh-CN|http");
    expect(cacheKeyOf(get("/methodology", { "x-forwarded-proto": "https" }))?.key).toBe("/methodology|zh-CN|https");
    expect(cacheKeyOf(get("/methodology?version=1.0&nist=GOVERN"))?.key).toBe("/methodology?version=1.0&nist=GOVERN|zh-CN|http");
    expect(cacheKeyOf(get("/methodology/versions?from=1.0&to=2.0", { cookie: "NEXT_LOCALE=en" }))?.key).toBe("/methodology/versions?from=1.0&to=2.0|en|http");
    expect(cacheKeyOf(get("/methodology", {}, "HEAD"))?.key).toBe("/methodology|zh-CN|http");
  });

  it("ignores next-auth's pre-sign-in cookies and the Accept-Encoding (variants are chosen per request)", () => {
    const k = cacheKeyOf(get("/methodology", { cookie: "next-auth.csrf-token=abc; NEXT_LOCALE=en; next-auth.callback-url=%2F", "accept-encoding": "gzip" }));
    expect(k?.key).toBe("/methodology|en|http");
  });

  it("leaves signed-in readers, other cookies and other pages to the app", () => {
    expect(cacheKeyOf(get("/methodology", { cookie: "next-auth.session-token=x" }))).toBeNull();
    expect(cacheKeyOf(get("/methodology", { cookie: "NEXT_LOCALE=en; __Secure-next-auth.session-token=x" }))).toBeNull();
    expect(cacheKeyOf(get("/methodology", { cookie: "next-auth.session-token.0=x" }))).toBeNull();
    expect(cacheKeyOf(get("/methodology", { cookie: "something=else" }))).toBeNull();
    expect(cacheKeyOf(get("/methodology", { cookie: "NEXT_LOCALE=en; NEXT_LOCALE=zh-CN" }))).toBeNull();
    expect(cacheKeyOf(get("/methodology", { authorization: "Bearer x" }))).toBeNull();
    expect(cacheKeyOf(get("/"))).toBeNull();
    expect(cacheKeyOf(get("/sign-in"))).toBeNull();
    expect(cacheKeyOf(get("/methodology/"))).toBeNull();
    expect(cacheKeyOf(get("/methodology/versions/x"))).toBeNull();
    expect(cacheKeyOf(get("/methodology", {}, "POST"))).toBeNull();
  });

  it("leaves router payloads, prefetches, actions, ranges and its own renders to the app", () => {
    for (const h of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action", "range", FILL_HEADER]) {
      expect(cacheKeyOf(get("/methodology", { [h]: "1" })), h).toBeNull();
    }
    expect(cacheKeyOf(get("/methodology?_rsc=abc"))).toBeNull();
  });

  it("bounds the keys: only the page's own parameters, once each, with short values", () => {
    expect(cacheKeyOf(get("/methodology?utm=1"))).toBeNull();
    expect(cacheKeyOf(get("/methodology?version=1.0&version=2.0"))).toBeNull();
    expect(cacheKeyOf(get(`/methodology?version=${"9".repeat(65)}`))).toBeNull();
    expect(cacheKeyOf(get("/methodology?version=%E0%A4%A"))).toBeNull();
    expect(cacheKeyOf(get("/methodology?from=1.0"))).toBeNull();
  });
});

describe("pickEncoding", () => {
  it("prefers brotli, then gzip, then identity, honouring q=0", () => {
    expect(pickEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(pickEncoding("gzip, deflate")).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip")).toBe("gzip");
    expect(pickEncoding(undefined)).toBe("identity");
    expect(pickEncoding("")).toBe("identity");
    expect(pickEncoding("deflate")).toBe("identity");
    expect(pickEncoding("identity;q=0")).toBeNull();
    expect(pickEncoding("*")).toBe("br");
    expect(pickEncoding("*;q=0")).toBeNull();
  });
});

const NONCE = "MzQ1ZGYtNDU2Nw==";
const POLICY = `default-src 'self'; script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'`;
const html = (nonce = NONCE) =>
  `<!DOCTYPE html><html lang="en"><head><script src="/_next/static/chunks/a.js" async="" nonce="${nonce}"></script></head>` +
  `<body><p>nonce is a word</p><script nonce="${nonce}">(self.__next_f=self.__next_f||[]).push([0])</script>` +
  `<script nonce="${nonce}">self.__next_f.push([1,"a\\u003c/script>b"])</script><script nonce="${nonce}">self.__next_f.push([1,"x"])</script></body></html>`;

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("hashPolicy: a shared copy carries hashes, not a replayed nonce", () => {
  it("allows exactly the inline scripts by hash, and keeps every other directive", () => {
    const out = hashPolicy(POLICY, html())!;
    const scripts = ["(self.__next_f=self.__next_f||[]).push([0])", 'self.__next_f.push([1,"a\\u003c/script>b"])', 'self.__next_f.push([1,"x"])'];
    expect(out.csp).toBe(
      `default-src 'self'; script-src 'self' ${scripts.map(sha).join(" ")}; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'`,
    );
    expect(out.csp).not.toContain("nonce");
    expect(out.csp).not.toContain("strict-dynamic");
    expect(out.csp.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
    expect(out.html).not.toContain(NONCE);
    expect(out.html).toContain('<script src="/_next/static/chunks/a.js" async=""></script>');
    expect(out.html).toContain("<p>nonce is a word</p>");
  });

  it("takes the nonce out of the RSC payload's script and stylesheet props too", () => {
    const payload = `self.__next_f.push([1,"0:[[\\"$\\",\\"script\\",\\"s\\",{\\"src\\":\\"/a.js\\",\\"async\\":true,\\"nonce\\":\\"${NONCE}\\"}],` +
      `[\\"$\\",\\"link\\",\\"l\\",{\\"nonce\\":\\"${NONCE}\\",\\"rel\\":\\"stylesheet\\"}],{\\"nonce\\":\\"${NONCE}\\"},{\\"a\\":1,\\"nonce\\":\\"${NONCE}\\",\\"b\\":2}]"])`;
    const out = hashPolicy(POLICY, `<html><body><script nonce="${NONCE}">${payload}</script></body></html>`)!;
    const cleaned = payload
      .replace(`,\\"nonce\\":\\"${NONCE}\\"}]`, "}]")
      .replace(`{\\"nonce\\":\\"${NONCE}\\",`, "{")
      .replace(`{\\"nonce\\":\\"${NONCE}\\"}`, "{}")
      .replace(`,\\"nonce\\":\\"${NONCE}\\",`, ",");
    expect(out.html).toBe(`<html><body><script>${cleaned}</script></body></html>`);
    expect(cleaned).not.toContain(NONCE);
    expect(out.csp).toContain(sha(cleaned));
  });

  it("hashes as the browser does: UTF-8, CR LF read as LF; one source per distinct script", () => {
    expect(scriptHash("a\r\nb")).toBe(sha("a\nb"));
    expect(scriptHash("中文")).toBe(sha("中文"));
    const twice = `<script nonce="${NONCE}">x()</script><script nonce="${NONCE}">x()</script>`;
    expect(hashPolicy(POLICY, twice)!.csp.match(/sha256-/g)).toHaveLength(1);
  });

  it("refuses what it cannot read with certainty", () => {
    expect(hashPolicy("default-src 'self'; script-src 'self'", html())).toBeNull();
    expect(hashPolicy("default-src 'self'", html())).toBeNull();
    // The nonce elsewhere than in a nonce attribute would be replayed to everyone.
    expect(hashPolicy(POLICY, `${html()}<div data-n="${NONCE}"></div>`)).toBeNull();
    // An opening tag the scan did not pair with its end.
    expect(hashPolicy(POLICY, `${html()}<script nonce="${NONCE}">unterminated`)).toBeNull();
  });
});

const origin = (over: Partial<OriginResponse> = {}): OriginResponse => ({
  status: 200,
  headers: {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": POLICY,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=()",
    "cross-origin-opener-policy": "same-origin",
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    vary: "rsc, next-router-state-tree, next-router-prefetch",
    date: "Thu, 03 Dec 2026 10:00:00 GMT",
    connection: "keep-alive",
    "transfer-encoding": "chunked",
    ...over.headers,
  },
  body: over.body ?? Buffer.from(html()),
  ...(over.status ? { status: over.status } : {}),
});

describe("entryFrom and replyFrom", () => {
  it("stores the page with the same security headers, the policy rewritten, and three encodings", async () => {
    const e = (await entryFrom(origin(), 1000, 60_000))!;
    const h = Object.fromEntries(e.headers);
    for (const name of ["x-frame-options", "x-content-type-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy", "cache-control", "content-type"]) {
      expect(h[name], name).toBe(origin().headers[name]);
    }
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
    expect(h.vary).toBe("rsc, next-router-state-tree, next-router-prefetch, Accept-Encoding");
    for (const gone of ["date", "connection", "transfer-encoding"]) expect(h[gone]).toBeUndefined();
    expect(gunzipSync(e.body.gzip).toString()).toBe(e.body.identity.toString());
    expect(brotliDecompressSync(e.body.br).toString()).toBe(e.body.identity.toString());
    expect(e.expiresAt).toBe(61_000);

    const br = replyFrom(e, get("/methodology", { "accept-encoding": "gzip, deflate, br" }))!;
    expect(Object.fromEntries(br.headers)["content-encoding"]).toBe("br");
    expect(Object.fromEntries(br.headers)["content-length"]).toBe(String(e.body.br.length));
    expect(br.body).toBe(e.body.br);
    const plain = replyFrom(e, get("/methodology"))!;
    expect(Object.fromEntries(plain.headers)["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(e.body.identity);
    expect(replyFrom(e, get("/methodology", { "accept-encoding": "gzip" }, "HEAD"))!.body).toBeUndefined();
    expect(replyFrom(e, get("/methodology", { "accept-encoding": "identity;q=0" }))).toBeNull();
  });

  it("never stores errors, cookies, other content or an already encoded body", async () => {
    expect(await entryFrom(origin({ status: 503 }), 0, 1)).toBeNull();
    expect(await entryFrom(origin({ headers: { "set-cookie": "a=b" } }), 0, 1)).toBeNull();
    expect(await entryFrom(origin({ headers: { "content-type": "application/json" } }), 0, 1)).toBeNull();
    expect(await entryFrom(origin({ headers: { "content-encoding": "gzip" } }), 0, 1)).toBeNull();
    expect(await entryFrom(origin({ headers: { "content-security-policy": undefined } }), 0, 1)).toBeNull();
  });
});

describe("PageCache", () => {
  const clock = () => {
    let t = 0;
    return { now: () => t, advance: (ms: number) => void (t += ms) };
  };

  it("serves a copy until its TTL, then renders again", async () => {
    const c = clock();
    const cache = new PageCache({ ttlMs: 1000, now: c.now });
    let renders = 0;
    const render = async () => (renders++, origin());
    expect(await cache.getOrFill("k", render)).not.toBeNull();
    c.advance(999);
    await cache.getOrFill("k", render);
    expect(renders).toBe(1);
    c.advance(1);
    expect(cache.get("k")).toBeUndefined();
    await cache.getOrFill("k", render);
    expect(renders).toBe(2);
  });

  it("renders once for concurrent misses of one key", async () => {
    const cache = new PageCache({ ttlMs: 1000 });
    let renders = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const render = async () => {
      renders++;
      await gate;
      return origin();
    };
    const all = Promise.all(Array.from({ length: 20 }, () => cache.getOrFill("k", render)));
    release();
    const entries = await all;
    expect(renders).toBe(1);
    expect(new Set(entries).size).toBe(1);
  });

  it("does not store what may not be stored, nor a failed render, and tries again next time", async () => {
    const cache = new PageCache({ ttlMs: 1000 });
    expect(await cache.getOrFill("k", async () => origin({ status: 500 }))).toBeNull();
    expect(await cache.getOrFill("k", async () => Promise.reject(new Error("down")))).toBeNull();
    expect(cache.size).toBe(0);
    expect(await cache.getOrFill("k", async () => origin())).not.toBeNull();
    expect(cache.size).toBe(1);
  });

  it("keeps at most maxEntries, dropping the least recently used", async () => {
    const cache = new PageCache({ ttlMs: 1000, maxEntries: 2 });
    await cache.getOrFill("a", async () => origin());
    await cache.getOrFill("b", async () => origin());
    cache.get("a");
    await cache.getOrFill("c", async () => origin());
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
  });

  it("keeps at most maxBytes", async () => {
    const one = (await entryFrom(origin(), 0, 1))!.size;
    const cache = new PageCache({ ttlMs: 1000, maxBytes: one * 2 + 1 });
    for (const k of ["a", "b", "c"]) await cache.getOrFill(k, async () => origin());
    expect(cache.size).toBe(2);
    expect(cache.storedBytes).toBeLessThanOrEqual(one * 2 + 1);
  });

  it("invalidate() empties it, and a render under way is not stored", async () => {
    const cache = new PageCache({ ttlMs: 1000 });
    await cache.getOrFill("a", async () => origin());
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const pending = cache.getOrFill("b", async () => (await gate, origin()));
    cache.invalidate();
    release();
    expect(await pending).not.toBeNull();
    expect(cache.size).toBe(0);
  });
});
