import "server-only";
import ExcelJS from "exceljs";
import type { AppLocale } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/messages";
import type { Actor } from "../actor";
import { compareView } from "./dashboard";
import { fmt, fmtSigned, pct, sectorLabel } from "./format";
import { leaguePage } from "./league";

type Raw = Record<string, string | string[] | undefined>;

/**
 * The league table as rows of text, exactly as the page shows it: same
 * filters, sort, page (or every filtered row with rows=all), same columns and
 * the same rounding. The scope is checked by compareView like the page's.
 */
export async function leagueExport(actor: Actor, raw: Raw, locale: AppLocale): Promise<{ header: string[]; rows: string[][] }> {
  const view = await compareView(actor, raw);
  const tr = (k: string) => translate(locale, k);
  const en = locale === "en";
  const dims = view.dimensions.map((d) => (en ? d.nameEn : d.nameZh));
  const header = [
    tr("compare.league.unit"),
    tr("compare.league.parent"),
    tr("compare.league.kind"),
    tr("compare.league.sector"),
    tr("compare.league.status"),
    tr("compare.league.overall"),
    tr("compare.league.level"),
    ...dims,
    tr("compare.league.completion"),
    tr("compare.league.inflation"),
    tr("compare.league.change"),
  ];
  if (!view.ctx) return { header, rows: [] };
  const all = (Array.isArray(raw.rows) ? raw.rows[0] : raw.rows) === "all";
  const { rows } = await leaguePage(view.ctx, view.filters, view.table.sort, all ? { limit: null, offset: 0 } : { limit: view.table.pageSize, offset: view.table.offset });
  const has = (k: string) => translate(locale, `compare.${k}`) !== `compare.${k}`;
  return {
    header,
    rows: rows.map((r) => [
      en ? r.nameEn : r.nameZh,
      (en ? r.parentEn : r.parentZh) ?? "—",
      tr(`orgKinds.${r.kind}`),
      sectorLabel((k) => tr(`compare.${k}`), has, r.sectorTag),
      tr(`compare.status.${r.status}`) + (r.overdue ? tr("compare.league.overdueMark") : ""),
      fmt(r.overall),
      r.overallLevel ? tr(`levels.${r.overallLevel}`) : "—",
      ...r.dims.map((d) => fmt(d)),
      pct(r.completion),
      fmtSigned(r.inflation),
      fmtSigned(r.change),
    ]),
  };
}

/** RFC 4180 CSV with a BOM, so Excel on a Chinese Windows desktop opens it as UTF-8; formula-like cells are neutralised. */
export function toCsv(header: string[], rows: string[][]): string {
  const cell = (s: string) => {
    const safe = /^[=+\-@\t\r]/.test(s) && !/^[-+]\d/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return "\uFEFF" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

export async function toXlsx(header: string[], rows: string[][], sheetName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c) => (c.width = 16));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
