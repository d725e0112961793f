/**
 * The evidence file rules both sides share: the browser checks size and name
 * before uploading; the server (evidence-types.ts) checks the same and then
 * the content itself, which is what counts. No imports, so it bundles for the browser.
 */

/** 10 MB per file: the one size limit, stated once. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/**
 * The largest upload request body: a maximal file plus room for the multipart
 * envelope (boundaries, part headers, the question code). The request proxy
 * refuses longer bodies, chunked ones included, and next.config.js lets the
 * proxy see 1 MiB more than this (`proxyClientMaxBodySize`, checked by
 * tests/unit/size-limits.test.ts) so that "longer" is detectable rather than
 * silently truncated.
 */
export const MAX_UPLOAD_BODY_BYTES = MAX_EVIDENCE_BYTES + 64 * 1024;

export const EVIDENCE_EXTENSIONS = ["pdf", "png", "jpg", "jpeg", "gif", "webp", "docx", "xlsx", "pptx", "doc", "xls", "ppt"] as const;
