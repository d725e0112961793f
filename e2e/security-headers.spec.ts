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
