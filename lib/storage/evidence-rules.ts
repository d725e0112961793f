/**
 * The evidence file rules both sides share: the browser checks size and name
 * before uploading; the server (evidence-types.ts) checks the same and then
 * the content itself, which is what counts. No imports, so it bundles for the browser.
 */

/** 10 MB per file. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export const EVIDENCE_EXTENSIONS = ["pdf", "png", "jpg", "jpeg", "gif", "webp", "docx", "xlsx", "pptx", "doc", "xls", "ppt"] as const;
