import { csvHeader, csvRows, auditTranslator } from "@/components/audit/csv";
import { zodIssues } from "@/lib/auth/action";
import { defineHandler } from "@/lib/auth/route";
import { allAuditEvents } from "@/lib/data/audit-log";
import { ValidationError } from "@/lib/errors";
import { localeOfRequest } from "@/lib/i18n/messages";
import { auditFilterSchema } from "@/lib/validation/audit";

export const dynamic = "force-dynamic";

/** GET /api/v1/audit-events/csv?who=&what=&unit=&from=&to= — the filtered log in words, within the auditor's scope. */
export const GET = defineHandler({ name: "auditEvents.csv", roles: ["AUDITOR"] }, async (req, { actor }) => {
  const parsed = auditFilterSchema.strict().safeParse(Object.fromEntries(new URL(req.url).searchParams.entries()));
  if (!parsed.success) throw new ValidationError(zodIssues(parsed.error));
  const q = parsed.data;
  const locale = localeOfRequest(req);
  const t = auditTranslator(locale);
  const pages = allAuditEvents(actor, { who: q.who, what: q.what, unitId: q.unit, from: q.from, to: q.to });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHeader(t)));
    },
    async pull(controller) {
      const next = await pages.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvRows(next.value, t, locale)));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
