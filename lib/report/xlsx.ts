import ExcelJS from "exceljs";
import type { ResultsView } from "@/lib/data/results/types";
import type { AppLocale } from "@/lib/i18n/config";
import { levelLabel, translator, workbookDateTime } from "./labels";
import { planItems } from "./plan-items";

/**
 * results.xlsx: summary, dimensions, indicators, questions and the action
 * plan. Numbers are numbers (indices to one decimal by format, not by
 * rounding), header rows are frozen, sheet names follow the language.
 */
export async function renderResultsXlsx(view: ResultsView, locale: AppLocale): Promise<Buffer> {
  const t = translator(locale);
  const a = view.assessment;
  const fw = view.framework;
  const main = view.main;
  const wb = new ExcelJS.Workbook();
  wb.creator = a.orgUnitName[locale];
  wb.created = new Date();
  const sheet = (key: string, columns: Partial<ExcelJS.Column>[]) => {
    const ws = wb.addWorksheet(t(`results.xlsx.sheets.${key}`), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = columns;
    ws.getRow(1).font = { bold: true };
    return ws;
  };
  const INDEX = "0.0";
  const dimName = new Map(fw.dimensions.map((d) => [d.code, d.name[locale]]));
  const indName = new Map(fw.dimensions.flatMap((d) => d.indicators.map((i) => [i.code, i.name[locale]] as const)));

  const summary = sheet("summary", [
    { header: t("results.xlsx.item"), key: "item", width: 28 },
    { header: t("results.xlsx.value"), key: "value", width: 48 },
  ]);
  summary.addRows([
    { item: t("results.page.department"), value: a.orgUnitName[locale] },
    { item: t("results.page.cycle"), value: a.cycleName[locale] },
    { item: t("results.page.framework"), value: `${fw.name[locale]} ${a.frameworkVersion}` },
    { item: t("results.page.status"), value: t(`results.pdf.statuses.${a.status}`) },
    { item: t("results.xlsx.basis"), value: view.provisional ? t("results.pdf.basisSelf") : t("results.pdf.basisVerified") },
    { item: t("results.summary.index"), value: main.overall.index },
    { item: t("results.summary.level"), value: levelLabel(t, main.overall.level) },
    { item: t("results.summary.completion"), value: main.overall.completion },
    { item: t("results.summary.selfIndex"), value: view.self.overall.index },
    { item: t("results.summary.verifiedIndex"), value: view.verified?.overall.index ?? null },
    { item: t("results.page.approvedAt"), value: a.approvedAt ? workbookDateTime(new Date(a.approvedAt)) : null },
  ]);
  for (const r of [7, 10, 11]) summary.getCell(`B${r}`).numFmt = INDEX;
  summary.getCell("B9").numFmt = "0%";
  summary.getCell("B12").numFmt = "yyyy-mm-dd hh:mm";

  const dims = sheet("dimensions", [
    { header: t("results.xlsx.code"), key: "code", width: 10 },
    { header: t("results.xlsx.name"), key: "name", width: 30 },
    { header: t("results.xlsx.levelNumber"), key: "level", width: 12 },
    { header: t("results.dimensions.index"), key: "index", width: 10, style: { numFmt: INDEX } },
    { header: t("results.xlsx.selfIndex"), key: "self", width: 12, style: { numFmt: INDEX } },
    { header: t("results.xlsx.verifiedIndex"), key: "verified", width: 12, style: { numFmt: INDEX } },
    { header: t("results.dimensions.target"), key: "target", width: 10 },
    { header: t("results.dimensions.gap"), key: "gap", width: 10 },
    { header: t("results.dimensions.percent"), key: "percent", width: 12, style: { numFmt: "0%" } },
  ]);
  for (const d of main.dimensions) {
    dims.addRow({
      code: d.code,
      name: dimName.get(d.code),
      level: d.level,
      index: d.index,
      self: view.self.dimensions.find((x) => x.code === d.code)?.index ?? null,
      verified: view.verified?.dimensions.find((x) => x.code === d.code)?.index ?? null,
      target: d.target,
      gap: d.gap,
      percent: d.percentToTarget === null ? null : d.percentToTarget / 100,
    });
  }

  const inds = sheet("indicators", [
    { header: t("results.xlsx.code"), key: "code", width: 10 },
    { header: t("results.xlsx.name"), key: "name", width: 36 },
    { header: t("results.charts.dimension"), key: "dimension", width: 28 },
    { header: t("results.xlsx.selfIndex"), key: "self", width: 12, style: { numFmt: INDEX } },
    { header: t("results.xlsx.verifiedIndex"), key: "verified", width: 12, style: { numFmt: INDEX } },
  ]);
  for (const i of view.self.indicators) {
    inds.addRow({
      code: i.code,
      name: indName.get(i.code),
      dimension: dimName.get(i.dimension),
      self: i.index,
      verified: view.verified?.indicators.find((x) => x.code === i.code)?.index ?? null,
    });
  }

  const qs = sheet("questions", [
    { header: t("results.xlsx.code"), key: "code", width: 10 },
    { header: t("results.xlsx.text"), key: "text", width: 60 },
    { header: t("results.appendix.selfLevel"), key: "level", width: 10 },
    { header: t("results.appendix.verifiedLevel"), key: "verified", width: 10 },
    { header: t("results.xlsx.na"), key: "na", width: 10 },
    { header: t("results.appendix.naReason"), key: "naReason", width: 30 },
    { header: t("results.appendix.evidenceCount"), key: "evidence", width: 10 },
    { header: t("results.appendix.note"), key: "note", width: 40 },
  ]);
  for (const q of view.questions) {
    qs.addRow({
      code: q.code,
      text: q.text[locale],
      level: q.level,
      verified: q.verifiedLevel,
      na: q.na ? t("results.xlsx.yes") : t("results.xlsx.no"),
      naReason: q.naReason ?? "",
      evidence: q.evidence.length,
      note: q.note ?? "",
    });
  }
  qs.getColumn("text").alignment = { wrapText: true, vertical: "top" };

  const plan = sheet("plan", [
    { header: t("results.xlsx.code"), key: "code", width: 10 },
    { header: t("results.xlsx.step"), key: "step", width: 10 },
    { header: t("results.plan.action"), key: "action", width: 60 },
    { header: t("results.xlsx.phase"), key: "phase", width: 10 },
    { header: t("results.plan.priority"), key: "priority", width: 10, style: { numFmt: "0.0000" } },
    { header: t("results.plan.owner"), key: "owner", width: 16 },
    { header: t("results.plan.due"), key: "due", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: t("results.plan.status"), key: "status", width: 10 },
    { header: t("results.plan.rejectReason"), key: "reject", width: 24 },
    { header: t("results.plan.progressNote"), key: "note", width: 30 },
  ]);
  for (const i of planItems(view, locale)) {
    plan.addRow({
      code: i.questionCode,
      step: `L${i.fromLevel}→L${i.toLevel}`,
      action: i.action,
      phase: t(`results.plan.phase.${i.phase}`),
      priority: "priority" in i ? i.priority : null,
      owner: i.ownerName,
      due: i.dueOn ? new Date(`${i.dueOn}T00:00:00Z`) : null,
      status: t(`results.plan.statuses.${i.status}`),
      reject: i.rejectReason,
      note: "progressNote" in i ? i.progressNote : "",
    });
  }
  plan.getColumn("action").alignment = { wrapText: true, vertical: "top" };

  return Buffer.from(await wb.xlsx.writeBuffer());
}
