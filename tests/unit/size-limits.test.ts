import { describe, expect, it } from "vitest";
import { MAX_EVIDENCE_BYTES, MAX_UPLOAD_BODY_BYTES } from "@/lib/storage/evidence-rules";
import { BODY_LIMIT } from "@/lib/http/request-guard";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const nextConfig = require("../../next.config.js");

/** One size limit, stated once: the proxy, the framework's buffer and the upload route agree. */
describe("upload size limits", () => {
  it("the file limit is 10 MB and the body limit leaves room for the multipart envelope", () => {
    expect(MAX_EVIDENCE_BYTES).toBe(10 * 1024 * 1024);
    expect(MAX_UPLOAD_BODY_BYTES).toBeGreaterThan(MAX_EVIDENCE_BYTES);
    expect(BODY_LIMIT).toBe(MAX_UPLOAD_BODY_BYTES);
  });

  it("Next buffers the limit plus 1 MiB for the proxy, so an over-long body is always seen as longer than the limit", async () => {
    // Next truncates the proxy's copy at a socket-chunk boundary (≤ 64 KiB) without saying so.
    const config = typeof nextConfig === "function" ? await nextConfig("phase-production-build", {}) : nextConfig;
    expect(config.experimental.proxyClientMaxBodySize).toBe(MAX_UPLOAD_BODY_BYTES + 1024 * 1024);
  });
});
