"use client";
import { useTranslations } from "next-intl";
import type { Question } from "@/lib/framework/schema";

const zh = (chunks: React.ReactNode) => <span lang="zh-CN">{chunks}</span>;

/** The paper's section and verbatim quote behind the question; the quote is Chinese whatever the page language. */
export function WhyQuestion({ question }: { question: Question }) {
  const t = useTranslations("questionnaire.why");
  return (
    <details className="mt-4">
      <summary className="cursor-pointer text-sm font-medium text-blue-800 underline underline-offset-4 hover:text-blue-950">
        {t("summary")}
        <span className="sr-only"> · {question.code}</span>
      </summary>
      <figure className="mt-2 border-l-2 border-slate-200 pl-3">
        <blockquote lang="zh-CN" className="border-l-4 border-slate-500 bg-slate-50 py-1 pl-3 text-slate-900">
          {question.source.quote}
        </blockquote>
        <figcaption className="mt-1 text-sm text-slate-700">{t.rich("caption", { section: question.source.section, zh })}</figcaption>
      </figure>
    </details>
  );
}
