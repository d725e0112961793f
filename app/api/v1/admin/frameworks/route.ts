import { currentRequestMeta } from "@/lib/auth/guard";
import { defineHandler } from "@/lib/auth/route";
import { importFramework } from "@/lib/data/admin/frameworks";
import { ValidationError } from "@/lib/errors";
import { MAX_FRAMEWORK_BYTES } from "@/lib/framework/import-check";
import { localeOfRequest, translate } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

const fill = (text: string, params: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

/**
 * POST /api/v1/admin/frameworks[?apply=1] — multipart `file`: a framework JSON
 * (the export format). Without `apply` a dry run: 200 with a summary, or 422
 * with every problem in words. With `apply` the same checks, then the version is
 * published (201). Province-level SYS_ADMIN only (the data layer decides).
 */
export const POST = defineHandler({ name: "admin.frameworkImport", roles: ["SYS_ADMIN"] }, async (req, { actor }) => {
  const locale = localeOfRequest(req);
  const t = (key: string, params?: Record<string, string | number>) => fill(translate(locale, `frameworkAdmin.${key}`), params);
  const apply = new URL(req.url).searchParams.get("apply") === "1";
  const headers = { "Cache-Control": "no-store" };
  const tooLarge = () =>
    Response.json(
      { error: { code: "VALIDATION", key: "frameworkAdmin.import.fileTooLarge", message: t("import.fileTooLarge", { mb: MAX_FRAMEWORK_BYTES / 1024 / 1024 }) } },
      { status: 413, headers },
    );
  if (Number(req.headers.get("content-length") ?? "0") > MAX_FRAMEWORK_BYTES + 64 * 1024) return tooLarge();
  const form = await req.formData().catch(() => {
    throw new ValidationError([{ path: "file", message: "fileRequired" }]);
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new ValidationError([{ path: "file", message: "fileRequired" }]);
  if (file.size > MAX_FRAMEWORK_BYTES) return tooLarge();
  const text = new TextDecoder("utf-8", { fatal: false }).decode(await file.arrayBuffer());
  const outcome = await importFramework(actor, text, { apply, t, zhCN: locale === "zh-CN" }, await currentRequestMeta());
  if (!outcome.ok) return Response.json({ data: { ok: false, problems: outcome.problems } }, { status: 422, headers });
  return Response.json({ data: outcome }, { status: outcome.applied ? 201 : 200, headers });
});
