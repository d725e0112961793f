import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";

/** ASVS V14.4 (docs/SECURITY.md): the response headers every page and API reply carries. */
test("pages and API replies carry the security headers; nothing names the framework", async ({ request }) => {
  const page = await request.get("/sign-in");
  const h = page.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("object-src 'none'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["content-type"]).toMatch(/charset=utf-8/i);
  expect(h["x-powered-by"]).toBeUndefined();
  // Two requests, two nonces.
  const again = await request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toBe(h["content-security-policy"]);

  const api = await request.get("/api/v1/org-units");
  expect(api.status()).toBe(401);
  expect(api.headers()["cache-control"]).toContain("no-store");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(await api.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
});

/** Issue 11 §1: the public methodology pages come from a shared cache, so they carry script hashes, never a replayed nonce. */
test("the cached methodology page allows its inline scripts by hash, and carries the same headers otherwise", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const reference = (await request.get("/sign-in")).headers();
  const first = await request.get("/methodology");
  const again = await request.get("/methodology");
  for (const res of [first, again]) {
    expect(res.status()).toBe(200);
    const h = res.headers();
    const csp = h["content-security-policy"]!;
    const directives = csp.split("; ");
    const scriptSrc = directives.find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    // Every other directive as on any other page.
    const others = (p: string) => p.split("; ").filter((d) => !d.startsWith("script-src "));
    expect(others(csp)).toEqual(others(reference["content-security-policy"]!));
    for (const name of ["x-frame-options", "x-content-type-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy", "cache-control"]) {
      expect(h[name], name).toBe(reference[name]);
    }
    expect(h["x-powered-by"]).toBeUndefined();
    expect(h["set-cookie"]).toBeUndefined();
    // Each inline script of the page is allowed by its hash, and no nonce is left in it.
    const html = await res.text();
    expect(html).not.toMatch(/nonce/i);
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1]!));
    expect(inline.length).toBeGreaterThan(0);
    for (const m of inline) expect(scriptSrc).toContain(`'sha256-${createHash("sha256").update(m[2]!).digest("base64")}'`);
  }
  // Anyone with a session (or any cookie but the language) gets the page rendered for them, with a fresh nonce.
  const signedIn = await request.get("/methodology", { headers: { cookie: "next-auth.session-token=not-a-real-one" } });
  expect(signedIn.headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  await request.dispose();
});
