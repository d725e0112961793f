import { getTranslations } from "next-intl/server";
import { PriorPlanNote } from "@/components/results/prior-plan";
import type { AssessmentStatus, ResponseView } from "@/lib/data/assessments/types";
import { INSTRUMENTS } from "@/lib/framework/instruments";
import type { Locale, Question } from "@/lib/framework/schema";
import { questionDomId } from "./dom-ids";
import { ProfileNaNotice } from "./profile-question-notes";
import { CarriedNoteIsland, EvidenceIsland, HelpText, HistoryIsland, LevelChoice, NaIsland, NoteIsland, SaveStatusIsland } from "./question-islands";
import { ReviewerComment } from "./reviewer-comment";

const detailsSummary = "cursor-pointer text-sm font-medium text-blue-800 underline underline-offset-4 hover:text-blue-950";

/**
 * One question (server component): its texts, level descriptors, scope,
 * evidence examples and sources are plain HTML the browser never hydrates;
 * the answer fields, evidence list, save status and history are islands
 * (question-islands.tsx) that share the question's form through its QuestionSlot.
 */
export async function QuestionCard({
  question,
  locale,
  response,
  assessmentStatus,
}: {
  question: Question;
  locale: Locale;
  response: ResponseView | undefined;
  assessmentStatus: AssessmentStatus;
}) {
  const t = await getTranslations();
  const id = questionDomId(question.code);
  const showComment = assessmentStatus === "RETURNED" && !!response?.reviewerComment;
  const verifiedLevel = response?.verifiedLevel ?? null;
  const showVerified = !showComment && assessmentStatus === "APPROVED" && verifiedLevel !== null;
  const variants = question.helpVariants
    ? Object.fromEntries(Object.entries(question.helpVariants).map(([k, v]) => [k, v[locale]]))
    : undefined;

  return (
    <article
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5"
    >
      <h3 id={`${id}-title`} className="font-semibold text-slate-900">
        <span className="font-mono text-sm text-slate-700">{question.code}</span> {question.text[locale]}
      </h3>
      <SaveStatusIsland />
      {showComment && <ReviewerComment comment={response.reviewerComment} verifiedLevel={response.verifiedLevel} />}
      {showVerified && (
        <p className="mt-2 text-sm font-medium text-slate-900">
          {t("questionnaire.review.verifiedLevel", { level: `L${verifiedLevel} ${t(`levels.${verifiedLevel}`)}` })}
        </p>
      )}
      {variants ? (
        <HelpText base={question.help[locale]} variants={variants} />
      ) : (
        <p className="mt-2 text-sm leading-relaxed text-slate-800">{question.help[locale]}</p>
      )}
      {question.scope && (
        // 2.0: the scope note ("本题所称人工智能应用是指…"); the answering rule is the hint above the level cards.
        <dl className="mt-3 rounded-md bg-slate-50 p-3 text-sm">
          <dt className="font-semibold text-slate-900">{t("framework2.question.scope")}</dt>
          <dd className="text-slate-800">{question.scope[locale]}</dd>
        </dl>
      )}
      <ProfileNaNotice code={question.code} locale={locale} />
      {/* Results issue: last cycle's open improvement item for this question, if any. */}
      <PriorPlanNote code={question.code} />
      <CarriedNoteIsland />

      <div className="mt-4">
        <p id={`${id}-levels-label`} className="text-sm font-semibold text-slate-900">
          {t("questionnaire.levels.label")}
        </p>
        <LevelChoice descriptors={question.levels.map((descriptor, i) => descriptorOf(question, i + 1, descriptor[locale], locale, t))} />
      </div>

      {question.allowNA && <NaIsland />}
      <NoteIsland />

      <EvidenceIsland
        examples={
          <details className="mt-3">
            <summary className={detailsSummary}>{t("questionnaire.evidence.examples")}</summary>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
              {question.evidenceExamples.map((example, i) => (
                <li key={i}>{example[locale]}</li>
              ))}
            </ul>
          </details>
        }
      />
      {/* The paper's section and verbatim quote behind the question; the quote is Chinese whatever the page language. */}
      <details className="mt-4">
        <summary className={detailsSummary}>
          {t("questionnaire.why.summary")}
          <span className="sr-only"> · {question.code}</span>
        </summary>
        <figure className="mt-2 border-l-2 border-slate-200 pl-3">
          <blockquote lang="zh-CN" className="border-l-4 border-slate-500 bg-slate-50 py-1 pl-3 text-slate-900">
            {question.source.quote}
          </blockquote>
          <figcaption className="mt-1 text-sm text-slate-700">
            {t.rich("questionnaire.why.caption", { section: question.source.section, zh: (chunks) => <span lang="zh-CN">{chunks}</span> })}
          </figcaption>
        </figure>
      </details>
      {question.basis?.length ? (
        // 2.0: the instrument clauses the question implements, secondary sources marked.
        <details className="mt-2">
          <summary className={detailsSummary}>
            {t("framework2.question.basis")}
            <span className="sr-only"> · {question.code}</span>
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
            {question.basis.map((b) => (
              <li key={`${b.instrument}-${b.clause}`}>
                {INSTRUMENTS[b.instrument].name[locale]} {b.clause}
                {b.secondary && <span className="text-slate-700"> {t("framework2.question.secondary")}</span>}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <HistoryIsland />
    </article>
  );
}

type T = Awaited<ReturnType<typeof getTranslations>>;

/** A level's descriptor; for 2.0 questions the level's numbered criteria, one per line (block spans: a radio's content is phrasing only). */
function descriptorOf(question: Question, level: number, text: string, locale: Locale, t: T): React.ReactNode {
  const criteria = question.criteria && level >= 2 ? question.criteria[String(level) as "2" | "3" | "4" | "5"] : undefined;
  if (!criteria) return text;
  return (
    <>
      {level > 2 && <span className="block text-slate-700">{t("framework2.levels.cumulative", { level: level - 1 })}</span>}
      {criteria.map((c, ci) => (
        <span key={c.id} className="block" data-criterion={c.id}>
          {ci + 1}. {c[locale]}
        </span>
      ))}
    </>
  );
}
