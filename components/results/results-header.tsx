import { FileDown } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/review/status-badge";
import { Alert } from "@/components/ui/alert";
import type { ResultsView } from "@/lib/data/results/types";
import type { Locale } from "@/lib/framework";
import { PrintButton } from "./print-button";

/** Title, what the figures are (provisional or verified), and the documents to download. */
export async function ResultsHeader({ view, locale, showReviewLink }: { view: ResultsView; locale: Locale; showReviewLink: boolean }) {
  const [t, format] = await Promise.all([getTranslations("results.page"), getFormatter()]);
  const a = view.assessment;
  const base = `/api/v1/assessments/${a.id}`;
  const downloads = [
    { href: `${base}/report.pdf?lang=zh-CN`, label: t("pdfZh") },
    { href: `${base}/report.pdf?lang=en`, label: t("pdfEn") },
    { href: `${base}/results.xlsx?lang=${locale}`, label: t("xlsx") },
    { href: `${base}/answers.json`, label: t("answersJson") },
  ];
  return (
    <header className="space-y-4">
      <div>
        <p className="text-sm font-medium text-slate-700">{a.orgUnitName[locale]}</p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-700">{t("cycle")}</dt>
          <dd className="text-slate-900">{a.cycleName[locale]}</dd>
          <dt className="text-slate-700">{t("framework")}</dt>
          <dd className="text-slate-900">
            {a.frameworkName[locale]} {a.frameworkVersion}
          </dd>
          <dt className="text-slate-700">{t("status")}</dt>
          <dd>
            <StatusBadge status={a.status} />
          </dd>
          {a.approvedAt && (
            <>
              <dt className="text-slate-700">{t("approvedAt")}</dt>
              <dd className="text-slate-900">{format.dateTime(new Date(a.approvedAt), { dateStyle: "medium", timeStyle: "short" })}</dd>
            </>
          )}
        </dl>
      </div>
      <Alert tone={view.provisional ? "info" : "success"} data-testid="basis-note">
        {view.provisional ? t("provisional") : t("verifiedNote")}
      </Alert>
      <nav aria-label={t("downloads")} data-print-hidden className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        {downloads.map((d) => (
          <a key={d.href} href={d.href} download className="inline-flex items-center gap-1 font-medium text-blue-800 underline underline-offset-4 hover:text-blue-950">
            <FileDown className="size-4" aria-hidden="true" />
            {d.label}
          </a>
        ))}
        <PrintButton label={t("print")} />
        <Link href={`/assessments/${a.id}`} className="text-blue-800 underline underline-offset-4">
          {t("backToQuestionnaire")}
        </Link>
        {showReviewLink && (
          <Link href={`/assessments/${a.id}/review`} className="text-blue-800 underline underline-offset-4">
            {t("backToReview")}
          </Link>
        )}
      </nav>
    </header>
  );
}
