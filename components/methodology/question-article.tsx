import { getTranslations } from "next-intl/server";
import type { Locale, Question } from "@/lib/framework";
import { anchorFor } from "./anchors";
import { QuestionDetails } from "./question-details";

const tagClass = "rounded border border-slate-300 bg-slate-50 px-2 py-0.5 text-slate-800";

export async function QuestionArticle({ question, locale }: { question: Question; locale: Locale }) {
  const t = await getTranslations("methodology.question");
  const id = anchorFor(question.code);
  return (
    <article
      id={id}
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5"
    >
      <h4 id={`${id}-heading`} className="font-semibold text-slate-900">
        <span className="font-mono text-sm text-slate-700">{question.code}</span>{" "}
        {question.text[locale]}
      </h4>
      <p className="mt-2 text-sm text-slate-800">{question.help[locale]}</p>
      <ul aria-label={t("properties")} className="mt-3 flex flex-wrap gap-2 text-xs">
        <li className={tagClass}>{t("weight", { weight: question.weight })}</li>
        <li className={tagClass}>{question.allowNA ? t("naAllowed") : t("naNotAllowed")}</li>
        <li className={tagClass}>{t("evidenceFrom", { n: question.evidenceFromLevel })}</li>
      </ul>
      <QuestionDetails question={question} locale={locale} />
    </article>
  );
}
