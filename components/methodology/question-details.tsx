import { getTranslations } from "next-intl/server";
import { LEVEL_NAMES, type Level, type Locale, type Question } from "@/lib/framework";
import { INSTRUMENTS } from "@/lib/framework/instruments";
import { SourceQuote } from "./source-quote";

const subheading = "text-sm font-semibold text-slate-900";

/** Native <details>: keyboard-operable and searchable without any client script. */
export async function QuestionDetails({ question, locale }: { question: Question; locale: Locale }) {
  const t = await getTranslations("methodology.question");
  const t2 = await getTranslations("framework2.methodology");
  return (
    <details className="mt-3">
      <summary className="cursor-pointer rounded text-sm font-medium text-blue-800 underline underline-offset-4 hover:text-blue-950">
        {t("more")}
        <span className="sr-only"> · {question.code}</span>
      </summary>
      <div className="mt-3 space-y-4 border-l-2 border-slate-200 pl-3 sm:pl-4">
        {question.scope && (
          <div>
            <h5 className={subheading}>{t2("scope")}</h5>
            <p className="mt-1 text-sm text-slate-800">{question.scope[locale]}</p>
          </div>
        )}
        <div>
          <h5 className={subheading}>{question.criteria ? t2("criteriaHeading") : t("levelsHeading")}</h5>
          <ol className="mt-2 space-y-2">
            {question.levels.map((descriptor, i) => {
              const level = (i + 1) as Level;
              return (
                <li key={level} className="text-sm text-slate-800">
                  <span className="font-semibold text-slate-900">
                    L{level} {LEVEL_NAMES[level][locale]}
                  </span>
                  {question.criteria && level >= 2 ? (
                    // 2.0: numbered criteria, each with the id reviewers mark.
                    <>
                      {level > 2 && <span className="block text-slate-700">{t2("cumulative")}</span>}
                      <ol className="list-decimal pl-5">
                        {question.criteria[String(level) as "2" | "3" | "4" | "5"].map((c) => (
                          <li key={c.id}>{c[locale]}</li>
                        ))}
                      </ol>
                    </>
                  ) : (
                    <span className="block">{descriptor[locale]}</span>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
        <div>
          <h5 className={subheading}>{t("evidenceHeading")}</h5>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
            {question.evidenceExamples.map((example, i) => (
              <li key={i}>{example[locale]}</li>
            ))}
          </ul>
        </div>
        <div>
          <h5 className={subheading}>{t("actionsHeading")}</h5>
          <ol className="mt-2 space-y-2">
            {question.actions.map((action, i) => (
              <li key={i} className="text-sm text-slate-800">
                <span className="font-semibold text-slate-900">{t("actionStep", { from: i + 1, to: i + 2 })}</span>
                <span className="block">{action[locale]}</span>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h5 className={subheading}>{t("sourceHeading")}</h5>
          <SourceQuote section={question.source.section} quote={question.source.quote} />
        </div>
        {question.basis && (
          <div>
            <h5 className={subheading}>{t2("basis")}</h5>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
              {question.basis.map((b) => (
                <li key={`${b.instrument}-${b.clause}`}>
                  {INSTRUMENTS[b.instrument].name[locale]} {b.clause}
                  {b.secondary && <span className="text-slate-700"> {t2("secondary")}</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </details>
  );
}
