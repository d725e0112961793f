import type { ResultsView } from "@/lib/data/results/types";
import type { AppLocale } from "@/lib/i18n/config";
import { documentDate, translator, levelLabel } from "./labels";
import { COLORS, createDoc, footers, heading, paragraph, radar, table, toBuffer, type RadarSeries } from "./pdf-kit";
import { planItems } from "./plan-items";
import { formatIndex, formatSigned, inflationByDimension, shortBoard } from "./why";

const PHASES = ["near", "mid", "long"] as const;

/**
 * The improvement report (A4): cover, summary with radar, dimension table,
 * "why", points to note, progress, the plan by phase, and every answer in an
 * appendix. Built from the same ResultsView as the page, so the figures agree.
 */
export async function renderReportPdf(view: ResultsView, locale: AppLocale, generatedAt = new Date()): Promise<Buffer> {
  const t = translator(locale);
  const a = view.assessment;
  const fw = view.framework;
  const dept = a.orgUnitName[locale];
  const cycle = a.cycleName[locale];
  const dimName = (code: string) => fw.dimensions.find((d) => d.code === code)?.name[locale] ?? code;
  const indName = new Map(fw.dimensions.flatMap((d) => d.indicators.map((i) => [i.code, i.name[locale]] as const)));
  const main = view.main;
  const date = (iso: string | null) => (iso ? documentDate(new Date(iso)) : "—");
  // Chinese text takes full-width punctuation; English its own.
  const colon = locale === "en" ? ": " : "：";

  const doc = createDoc(`${t("results.pdf.title")} · ${dept}`, dept);

  // Cover.
  doc.moveDown(6);
  doc.font("bold").fontSize(24).text(t("results.pdf.title"), { align: "center" });
  doc.moveDown(2);
  doc.font("body").fontSize(13);
  const cover: [string, string][] = [
    [t("results.page.department"), dept],
    [t("results.page.cycle"), cycle],
    [t("results.page.framework"), `${fw.name[locale]} ${a.frameworkVersion}`],
    [t("results.page.status"), `${t(`results.pdf.statuses.${a.status}`)} · ${view.provisional ? t("results.pdf.basisSelf") : t("results.pdf.basisVerified")}`],
    [t("results.page.approvedAt"), date(a.approvedAt)],
    [t("results.pdf.generatedAt"), documentDate(generatedAt)],
  ];
  for (const [k, v] of cover) {
    doc.font("bold").text(`${k}${colon}`, { continued: true }).font("body").text(v);
    doc.moveDown(0.4);
  }
  if (view.provisional) {
    doc.moveDown(1);
    paragraph(doc, t("results.page.provisional"), { color: COLORS.self });
  }

  // Summary.
  doc.addPage();
  heading(doc, t("results.summary.heading"), 18);
  paragraph(doc, `${t("results.summary.index")}${colon}${formatIndex(main.overall.index)}    ${t("results.summary.level")}${colon}${levelLabel(t, main.overall.level)}`, { size: 13 });
  if (main.overall.level !== null) paragraph(doc, t(`results.summary.meaning.${main.overall.level}`));
  paragraph(doc, `${t("results.summary.completion")}${colon}${Math.round(main.overall.completion * 100)}%`);
  if (view.verified) {
    paragraph(doc, `${t("results.summary.selfIndex")}${colon}${formatIndex(view.self.overall.index)}    ${t("results.summary.verifiedIndex")}${colon}${formatIndex(view.verified.overall.index)}`);
  }
  const capped = shortBoard(main);
  if (capped.length) paragraph(doc, t("results.summary.shortBoard", { dimensions: capped.map(dimName).join("、") }), { color: COLORS.self });
  doc.moveDown(0.5);
  const series: RadarSeries[] = [{ name: t("results.charts.self"), color: COLORS.self, values: view.self.dimensions.map((d) => d.index) }];
  if (view.verified) series.push({ name: t("results.charts.verified"), color: COLORS.verified, values: view.verified.dimensions.map((d) => d.index) });
  series.push({ name: t("results.charts.target"), color: COLORS.target, values: main.dimensions.map((d) => (d.target - 1) * 25), dashed: true });
  radar(doc, fw.dimensions.map((d) => d.name[locale]), series);

  heading(doc, t("results.dimensions.heading"));
  table(
    doc,
    [
      { header: t("results.charts.dimension"), width: 0.34 },
      { header: t("results.dimensions.level"), width: 0.18 },
      { header: t("results.dimensions.index"), width: 0.12, align: "right" },
      { header: t("results.dimensions.target"), width: 0.14, align: "right" },
      { header: t("results.dimensions.gap"), width: 0.1, align: "right" },
      { header: t("results.dimensions.percent"), width: 0.12, align: "right" },
    ],
    main.dimensions.map((d) => [
      dimName(d.code),
      levelLabel(t, d.level),
      formatIndex(d.index),
      `L${d.target}`,
      String(d.gap),
      d.percentToTarget === null ? "—" : `${Math.round(d.percentToTarget)}%`,
    ]),
  );
  table(
    doc,
    [
      { header: t("results.charts.indicator"), width: 0.7 },
      { header: t("results.dimensions.index"), width: 0.3, align: "right" },
    ],
    main.indicators.map((i) => [indName.get(i.code) ?? i.code, formatIndex(i.index)]),
  );

  // Why.
  heading(doc, t("results.why.heading"));
  paragraph(doc, t("results.why.intro"), { color: COLORS.muted, size: 9 });
  for (const d of view.why) {
    heading(doc, dimName(d.code), 12);
    if (d.index === null) {
      paragraph(doc, t("results.why.noScore"));
      continue;
    }
    paragraph(
      doc,
      d.nextLevel === null
        ? t("results.why.top", { level: levelLabel(t, d.level), index: formatIndex(d.index) })
        : t("results.why.next", { level: levelLabel(t, d.level), index: formatIndex(d.index), next: d.nextLevel, points: formatIndex(d.pointsToNext) }),
    );
    if (d.questions.length === 0) continue;
    table(
      doc,
      [
        { header: t("results.why.question"), width: 0.46 },
        { header: t("results.why.effective"), width: 0.14 },
        { header: t("results.why.share"), width: 0.1, align: "right" },
        { header: t("results.why.dimensionGain"), width: 0.18, align: "right" },
        { header: t("results.why.overallGain"), width: 0.12, align: "right" },
      ],
      d.questions.map((q) => [
        `${q.question} ${fwText(view, q.question, locale)}`,
        `L${q.effective}`,
        `${(q.share * 100).toFixed(1)}%`,
        formatSigned(q.dimensionGain),
        formatSigned(q.overallGain),
      ]),
    );
  }

  // Points to note.
  heading(doc, t("results.findings.heading"));
  heading(doc, t("results.findings.unsupported"), 12);
  paragraph(doc, main.unsupported.length ? main.unsupported.map((c) => `${c} ${fwText(view, c, locale)}`).join("\n") : t("results.findings.noneUnsupported"));
  heading(doc, t("results.findings.inflation"), 12);
  if (view.verified) {
    table(
      doc,
      [
        { header: t("results.charts.dimension"), width: 0.4 },
        { header: t("results.charts.self"), width: 0.2, align: "right" },
        { header: t("results.charts.verified"), width: 0.2, align: "right" },
        { header: t("results.progress.change"), width: 0.2, align: "right" },
      ],
      inflationByDimension(view.self, view.verified).map((d) => [dimName(d.code), formatIndex(d.self), formatIndex(d.verified), formatSigned(d.inflation)]),
    );
  } else paragraph(doc, t("results.findings.inflationPending"));
  heading(doc, t("results.findings.na"), 12);
  const na = view.questions.filter((q) => q.na);
  if (na.length) {
    table(
      doc,
      [
        { header: t("results.why.question"), width: 0.55 },
        { header: t("results.findings.naReason"), width: 0.45 },
      ],
      na.map((q) => [`${q.code} ${q.text[locale]}`, q.naReason ?? ""]),
    );
  } else paragraph(doc, t("results.findings.noneNa"));

  if (view.progress) {
    const p = view.progress;
    heading(doc, t("results.progress.heading"));
    paragraph(doc, t("results.progress.intro", { cycle: p.cycleName[locale] }));
    if (!p.sameFrameworkVersion) paragraph(doc, t("results.progress.versionsDiffer", { previous: p.previousFrameworkLabel[locale] }), { color: COLORS.self });
    table(
      doc,
      [
        { header: t("results.charts.dimension"), width: 0.4 },
        { header: t("results.progress.then"), width: 0.2, align: "right" },
        { header: t("results.progress.now"), width: 0.2, align: "right" },
        { header: t("results.progress.change"), width: 0.2, align: "right" },
      ],
      [
        ...p.dimensions.map((d) => [d.name[locale], formatIndex(d.then), formatIndex(d.now), d.then !== null && d.now !== null ? formatSigned(d.now - d.then) : "—"]),
        [t("results.progress.overall"), formatIndex(p.overall.then), formatIndex(p.overall.now), p.overall.then !== null && p.overall.now !== null ? formatSigned(p.overall.now - p.overall.then) : "—"],
      ],
    );
  }

  // The plan by phase.
  doc.addPage();
  heading(doc, t("results.plan.heading"), 18);
  const items = planItems(view, locale);
  paragraph(doc, view.provisional ? t("results.plan.provisional") : t("results.plan.intro"), { color: COLORS.muted, size: 9 });
  if (items.length === 0) paragraph(doc, t("results.plan.empty"));
  for (const phase of PHASES) {
    const inPhase = items.filter((i) => i.phase === phase);
    if (inPhase.length === 0) continue;
    heading(doc, t("results.plan.phaseHeading", { phase: t(`results.plan.phase.${phase}`), count: inPhase.length }), 12);
    table(
      doc,
      [
        { header: t("results.plan.question"), width: 0.22 },
        { header: t("results.plan.action"), width: 0.4 },
        { header: t("results.plan.owner"), width: 0.13 },
        { header: t("results.plan.due"), width: 0.12 },
        { header: t("results.plan.status"), width: 0.13 },
      ],
      inPhase.map((i) => [
        `${i.questionCode} ${t("results.plan.step", { from: i.fromLevel, to: i.toLevel })}`,
        i.action,
        i.ownerName || "—",
        i.dueOn || "—",
        `${t(`results.plan.statuses.${i.status}`)}${i.status === "REJECTED" && i.rejectReason ? `${colon}${i.rejectReason}` : ""}`,
      ]),
      8.5,
    );
  }

  // Appendix: every answer.
  doc.addPage();
  heading(doc, t("results.appendix.heading"), 18);
  for (const d of fw.dimensions) {
    heading(doc, d.name[locale], 12);
    table(
      doc,
      [
        { header: t("results.why.question"), width: 0.4 },
        { header: t("results.appendix.selfLevel"), width: 0.12 },
        { header: t("results.appendix.verifiedLevel"), width: 0.12 },
        { header: t("results.appendix.evidence"), width: 0.36 },
      ],
      view.questions
        .filter((q) => q.dimension === d.code)
        .map((q) => [
          `${q.code} ${q.text[locale]}`,
          q.na ? t("levels.notApplicable") : q.level === null ? t("levels.unanswered") : `L${q.level}`,
          q.verifiedLevel === null ? "—" : `L${q.verifiedLevel}`,
          [q.na && q.naReason ? `${t("results.appendix.naReason")}${colon}${q.naReason}` : "", ...q.evidence.map((e) => `· ${e.label}`)].filter(Boolean).join("\n") ||
            t("results.appendix.none"),
        ]),
      8,
    );
  }

  footers(doc, `${dept} · ${cycle}`, (page, pages) => t("results.pdf.page", { page, pages }));
  return toBuffer(doc);
}

function fwText(view: ResultsView, code: string, locale: AppLocale): string {
  return view.questions.find((q) => q.code === code)?.text[locale] ?? "";
}
