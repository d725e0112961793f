import { getTranslations } from "next-intl/server";
import type { Locale, Question } from "@/lib/framework";
import { anchorFor } from "./anchors";
import { QuestionDetails } from "./question-details";

/**
 * One question card. Styled by structure (`.mq` in app/globals.css), not by utility classes on every element:
 * the page repeats this card for every question, twice over (the HTML and the RSC payload that hydrates it).
 */
export async function QuestionArticle({ question, locale }: { question: Question; locale: Locale }) {
  const t = await getTranslations("methodology.question");
  const id = anchorFor(question.code);
  return (
    <article id={id} aria-labelledby={`${id}-heading`} className="mq">
      <h4 id={`${id}-heading`}>
        <span className="mq-code">{question.code}</span> {question.text[locale]}
      </h4>
      <p>{question.help[locale]}</p>
      <ul aria-label={t("properties")} className="mq-tags">
        <li>{t("weight", { weight: question.weight })}</li>
        <li>{question.allowNA ? t("naAllowed") : t("naNotAllowed")}</li>
        <li>{t("evidenceFrom", { n: question.evidenceFromLevel })}</li>
      </ul>
      <QuestionDetails question={question} locale={locale} />
    </article>
  );
}
