import { currentRequestMeta } from "@/lib/auth/guard";
import { defineHandler } from "@/lib/auth/route";
import { IMPORT_KINDS, runImport, type ImportKind } from "@/lib/data/admin/import-run";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { MAX_FILE_BYTES } from "@/lib/import/decode";
import { localeOfRequest, translate } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

/**
 * POST /api/v1/admin/imports/{org-units|users}[?apply=1] — multipart `file`
 * (CSV in UTF-8/GB18030, or .xlsx). Without `apply` it is a dry run; with it
 * the file is applied in one transaction only when every row is valid.
 */
export const POST = defineHandler<{ kind: string }>({ name: "admin.import", roles: ["SYS_ADMIN"] }, async (req, { actor, params }) => {
  if (!(IMPORT_KINDS as readonly string[]).includes(params.kind)) throw new NotFoundError("import kind");
  const apply = new URL(req.url).searchParams.get("apply") === "1";
  const locale = localeOfRequest(req);
  const length = Number(req.headers.get("content-length") ?? "0");
  const tooLarge = () => Response.json(
    { error: { code: "VALIDATION", key: "admin.import.fileTooLarge", message: fill(translate(locale, "admin.import.fileTooLarge"), { mb: MAX_FILE_BYTES / 1024 / 1024 }) } },
    { status: 413, headers: { "Cache-Control": "no-store" } },
  );
  if (length > MAX_FILE_BYTES + 64 * 1024) return tooLarge();
  const form = await req.formData().catch(() => {
    throw new ValidationError([{ path: "file", message: "fileRequired" }]);
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new ValidationError([{ path: "file", message: "fileRequired" }]);
  if (file.size > MAX_FILE_BYTES) return tooLarge();
  const outcome = await runImport(actor, params.kind as ImportKind, new Uint8Array(await file.arrayBuffer()), apply, await currentRequestMeta());
  if (!outcome.ok) {
    return Response.json(
      { error: { code: "VALIDATION", key: outcome.key, params: outcome.params, message: fill(translate(locale, outcome.key), outcome.params) } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const r = outcome.report;
  const body = {
    data: {
      ...r,
      errors: r.errors.slice(0, 500).map((e) => ({ ...e, message: fill(translate(locale, `admin.${e.key}`), e.params ?? {}) })),
      errorCount: r.errors.length,
    },
  };
  return Response.json(body, { status: r.errors.length ? 422 : 200, headers: { "Cache-Control": "no-store" } });
});
