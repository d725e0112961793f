import { defineHandler } from "@/lib/auth/route";
import { NotFoundError } from "@/lib/errors";
import { TEMPLATES, templateCsv, type TemplateKind } from "@/lib/import/columns";
import { localeOfRequest } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

/** GET /api/v1/admin/templates/{org-units|users} — the import template as CSV (UTF-8 with BOM, opens in Excel). */
export const GET = defineHandler<{ kind: string }>({ name: "admin.template", roles: ["SYS_ADMIN"] }, async (req, { params }) => {
  if (!(params.kind in TEMPLATES)) throw new NotFoundError("template");
  const lang = localeOfRequest(req) === "en" ? "en" : "zh";
  return new Response(templateCsv(params.kind as TemplateKind, lang), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${params.kind}-template.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
