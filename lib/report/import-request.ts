import "server-only";
import { zodIssues } from "@/lib/auth/action";
import { ValidationError } from "@/lib/errors";
import { importQuerySchema, importRequestSchema, MAX_IMPORT_BYTES, type AnswersDocument } from "@/lib/validation/answers-export";

/**
 * Reads and checks an import request before the data layer sees it: the size
 * (refused from Content-Length, and again while streaming for bodies without
 * one), the JSON, the document's shape. Any failure is a ValidationError, so
 * nothing is written.
 */
export async function readImportRequest(req: Request): Promise<{ doc: AnswersDocument; mapping?: Record<string, string>; dryRun: boolean; overwriteConflicts: boolean }> {
  const query = importQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams.entries()));
  if (!query.success) throw new ValidationError(zodIssues(query.error));
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_IMPORT_BYTES) throw new ValidationError([{ path: "body", message: "tooLong" }], "bodyTooLarge");
  const text = await readLimited(req, MAX_IMPORT_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ValidationError([{ path: "body", message: "invalid" }], "invalidJson");
  }
  const parsed = importRequestSchema.safeParse(json);
  if (!parsed.success) throw new ValidationError(zodIssues(parsed.error).slice(0, 50), "importRefused");
  const body = parsed.data;
  const { doc, mapping } = "document" in body ? { doc: body.document, mapping: body.mapping } : { doc: body, mapping: undefined };
  return { doc, mapping, dryRun: query.data.dryRun !== "0", overwriteConflicts: query.data.overwriteConflicts === "1" };
}

async function readLimited(req: Request, limit: number): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ValidationError([{ path: "body", message: "tooLong" }], "bodyTooLarge");
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}
