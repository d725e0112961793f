// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** Headers every response carries; the Content-Security-Policy (with a per-request nonce) and HSTS are set in proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  experimental: {
    // MAX_UPLOAD_BODY_BYTES (lib/storage/evidence-rules.ts) + 1 MiB. Next cuts the proxy's copy of a longer
    // body silently, at a socket-chunk boundary (chunks are at most 64 KiB): with a 1 MiB margin, a body over
    // the limit always shows up in the proxy as longer than the limit, chunked ones included.
    // tests/unit/size-limits.test.ts keeps the two in step.
    proxyClientMaxBodySize: 10 * 1024 * 1024 + 64 * 1024 + 1024 * 1024,
  },
  reactStrictMode: true,
  // Metadata (the page title) is rendered into <head> before the body for every client, not streamed in after
  // it: a screen reader announces the title at once, and no moment exists in which a page has none (axe's
  // document-title rule failed in CI on a page caught between the streamed body and its streamed title).
  // Our generateMetadata functions only translate a string, so blocking on them costs nothing measurable.
  htmlLimitedBots: /.*/,
  // Native and WASM packages stay outside the bundle and load from node_modules at run time; so do pdfkit
  // (it reads its font metrics from __dirname), exceljs and nodemailer (only ever used on the server).
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "@prisma/adapter-pg", "@electric-sql/pglite", "pdfkit", "exceljs", "nodemailer"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
