import { createTranslator } from "next-intl";
import en from "@/messages/audit.en.json";
import zh from "@/messages/audit.zh-CN.json";
import type { AuditRow } from "@/lib/data/audit-log";
import type { AppLocale } from "@/lib/i18n/config";
import { actorLabel, categoryOf, describeAuditEvent, type AuditT } from "./describe";

/** The audit log as CSV, in the reader's language: the same words as the page, opened correctly by Excel (UTF-8 with BOM). */

export function auditTranslator(locale: AppLocale): AuditT {
  return createTranslator({ locale, messages: { audit: locale === "en" ? en : zh }, namespace: "audit" }) as unknown as AuditT;
}

/** Quotes a cell; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const timeFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

export function csvHeader(t: AuditT): string {
  return `\uFEFF${["id", "time", "actor", "email", "event", "category", "unit", "ip"].map((k) => csvCell(t(`csv.${k}`))).join(",")}\r\n`;
}

export function csvRows(rows: AuditRow[], t: AuditT, locale: AppLocale): string {
  return rows
    .map((r) => {
      const cat = categoryOf(r.action);
      return [
        r.id,
        timeFormat.format(r.occurredAt),
        actorLabel(r, t),
        r.actorEmail ?? "",
        describeAuditEvent(r, t),
        cat ? t(`categories.${cat}`) : t("words.otherCategory"),
        r.unitName ? (locale === "en" ? r.unitName.en : r.unitName.zh) : "",
        r.ip ?? "",
      ]
        .map(csvCell)
        .join(",");
    })
    .map((line) => `${line}\r\n`)
    .join("");
}
