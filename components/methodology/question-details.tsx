import { getTranslations } from "next-intl/server";
import { LEVEL_NAMES, type Level, type Locale, type Question } from "@/lib/framework";
import { INSTRUMENTS } from "@/lib/framework/instruments";
import { SourceQuote } from "./source-quote";

/**
 * Native <details>: keyboard-operable and searchable without any client script. Styled by structure
 * (`.mq-more` in app/globals.css): headings, lists and level lines take their look from where they stand.
 */
export async function QuestionDetails({ question, locale }: { question: Question; locale: Locale }) {
  const t = await getTranslations("methodology.question");
  const t2 = await getTranslations("framework2.methodology");
  return (
    <details className="mq-more">
      <summary>
        {t("more")}
        <span className="sr-only"> · {question.code}</span>
      </summary>
      <div>
        {question.scope && (
          <div>
            <h5>{t2("scope")}</h5>
            <p>{question.scope[locale]}</p>
          </div>
        )}
        <div>
          <h5>{question.criteria ? t2("criteriaHeading") : t("levelsHeading")}</h5>
          <ol>
            {question.levels.map((descriptor, i) => {
              const level = (i + 1) as Level;
              return (
                <li key={level}>
                  <span>{`L${level} ${LEVEL_NAMES[level][locale]}`}</span>
                  {question.criteria && level >= 2 ? (
                    // 2.0: numbered criteria, each with the id reviewers mark.
                    <>
                      {level > 2 && <span className="text-slate-700">{t2("cumulative")}</span>}
                      <ol>
                        {question.criteria[String(level) as "2" | "3" | "4" | "5"].map((c) => (
                          <li key={c.id}>{c[locale]}</li>
                        ))}
                      </ol>
                    </>
                  ) : (
                    <span>{descriptor[locale]}</span>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
        <div>
          <h5>{t("evidenceHeading")}</h5>
          <ul>
            {question.evidenceExamples.map((example, i) => (
              <li key={i}>{example[locale]}</li>
            ))}
          </ul>
        </div>
        <div>
          <h5>{t("actionsHeading")}</h5>
          {question.criteria ? (
            // 2.0's improvement steps are the next level's criteria, word for word (lib/framework/v2/build.ts):
            // listed just above, so one sentence says it rather than the same text a second time.
            <p>{t2("actionsFromCriteria")}</p>
          ) : (
            <ol>
              {question.actions.map((action, i) => (
                <li key={i}>
                  <span>{t("actionStep", { from: i + 1, to: i + 2 })}</span>
                  <span>{action[locale]}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h5>{t("sourceHeading")}</h5>
          <SourceQuote section={question.source.section} quote={question.source.quote} />
        </div>
        {question.basis && (
          <div>
            <h5>{t2("basis")}</h5>
            <ul>
              {question.basis.map((b) => (
                <li key={`${b.instrument}-${b.clause}`}>
                  {`${INSTRUMENTS[b.instrument].name[locale]} ${b.clause}`}
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
