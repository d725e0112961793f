import { defineHandler } from "@/lib/auth/route";
import { leagueExport, toCsv, toXlsx } from "@/lib/data/compare/export";
import { COMPARE_ROLES } from "@/lib/data/compare/scope";
import { localeOfRequest, translate } from "@/lib/i18n/messages";

/** GET /api/v1/compare/export?format=csv|xlsx&<the /compare view's params>: the league table as shown. */
export const GET = defineHandler({ name: "compare.export", roles: COMPARE_ROLES }, async (req, { actor }) => {
  const url = new URL(req.url);
  const raw = Object.fromEntries(url.searchParams.entries());
  const locale = localeOfRequest(req);
  const { header, rows } = await leagueExport(actor, raw, locale);
  const name = `compare-${new Date().toISOString().slice(0, 10)}`;
  if (raw.format === "xlsx") {
    const body = await toXlsx(header, rows, translate(locale, "compare.league.heading"));
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${name}.xlsx"`,
        "Cache-Control": "no-store",
      },
    });
  }
  return new Response(toCsv(header, rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"`, "Cache-Control": "no-store" },
  });
});
