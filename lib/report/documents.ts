import "server-only";
import type { Actor } from "@/lib/data/actor";
import { exportAnswers } from "@/lib/data/results/answers-export";
import { getResultsView } from "@/lib/data/results/view";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { localeOfRequest } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/config";
import { documentQuerySchema } from "@/lib/validation/results";
import { isUuid } from "@/lib/validation/uuid";
import { renderReportPdf } from "./pdf";
import { renderResultsXlsx } from "./xlsx";

/** The route handlers' shared steps: id and query checks, the data layer's read check, the file as a download. */

export function checkedId(id: string): string {
  if (!isUuid(id)) throw new NotFoundError("assessment");
  return id;
}

export function documentLocale(req: Request): AppLocale {
  const parsed = documentQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams.entries()));
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  return parsed.data.lang ?? localeOfRequest(req);
}

function download(body: Uint8Array | string, type: string, fileName: string): Response {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": type,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

function baseName(view: { assessment: { orgUnitName: { "zh-CN": string; en: string }; cycleName: { "zh-CN": string; en: string } } }, locale: AppLocale) {
  return `${view.assessment.orgUnitName[locale]}-${view.assessment.cycleName[locale]}`.replace(/[\\/:*?"<>|\s]+/g, "_");
}

export async function reportPdfResponse(actor: Actor, id: string, req: Request): Promise<Response> {
  const locale = documentLocale(req);
  const view = await getResultsView(actor, checkedId(id));
  return download(await renderReportPdf(view, locale), "application/pdf", `${baseName(view, locale)}-report.pdf`);
}

export async function resultsXlsxResponse(actor: Actor, id: string, req: Request): Promise<Response> {
  const locale = documentLocale(req);
  const view = await getResultsView(actor, checkedId(id));
  return download(
    await renderResultsXlsx(view, locale),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    `${baseName(view, locale)}-results.xlsx`,
  );
}

export async function answersJsonResponse(actor: Actor, id: string): Promise<Response> {
  const doc = await exportAnswers(actor, checkedId(id));
  return download(`${JSON.stringify(doc, null, 2)}\n`, "application/json; charset=utf-8", `answers-${doc.source.assessmentId}.json`);
}
