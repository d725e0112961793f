import { useTranslations } from "next-intl";
import type { ResponseView } from "@/lib/data/assessments/types";
import type { Locale, Question } from "@/lib/framework";
import { ChangeMark } from "./change-mark";
import { DecisionHistory } from "./decision-history";
import { ProfileCriteriaMarks } from "@/components/questionnaire/profile-criteria-marks";
import { EvidenceList } from "./evidence-list";
import { LevelDescriptors } from "./level-descriptors";
import { VerifyForm } from "./verify-form";

/** One question as the reviewer checks it: the department's answer and evidence, then the verify form. */
export function QuestionReview({
  question,
  response,
  locale,
  assessmentId,
  canReview,
  showVerification,
}: {
  question: Question;
  response: ResponseView | undefined;
  locale: Locale;
  assessmentId: string;
  /** The reviewer may verify now (status SUBMITTED, in scope, not their own department). */
  canReview: boolean;
  /** Show saved verified levels and comments read-only (once the review has an outcome). */
  showVerification: boolean;
}) {
  const t = useTranslations();
  const headingId = `q-${question.code.replaceAll(".", "-")}`;
  // A response row can exist without an answer (evidence added first), so test the fields, not the row.
  const na = response?.na === true;
  const level = !na ? (response?.level ?? null) : null;
  const levelText = (l: number) => t("review.question.levelValue", { level: l, name: t(`levels.${l}`) });
  const review = response?.review ?? null;
  const earlier = review?.previous ? review.history.filter((d) => d.round <= review.previous!.round) : [];
  // A changed answer starts with no level chosen: pre-filling the self level is how a downgrade used to vanish.
  const initialLevel = review?.current
    ? review.current.verifiedLevel
    : review?.needsDecision
      ? null
      : (response?.verifiedLevel ?? level);
  // Comments belong to the round they were made in; an earlier round's comment stays in the history below.
  const initialComment = review?.current ? review.current.comment : review?.previous ? "" : (response?.reviewerComment ?? "");

  return (
    <article aria-labelledby={headingId} className="rounded-md border border-slate-300 bg-white p-4">
      <h4 id={headingId} className="font-medium text-slate-900">
        <span className="me-2 font-mono text-slate-700">{question.code}</span>
        {question.text[locale]}
      </h4>
      {review?.changed && review.previous && (
        <ChangeMark
          questionCode={question.code}
          changed={review.changed}
          previousVerified={review.previous.verifiedLevel}
          needsDecision={review.needsDecision}
        />
      )}
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-slate-700">{t("review.question.selfLevel")}</dt>
        <dd className="font-medium text-slate-900">
          {na ? t("review.question.notApplicable") : level !== null ? levelText(level) : t("review.question.unanswered")}
          {level !== null && <span className="mt-1 block font-normal text-slate-700">{question.levels[level - 1]?.[locale]}</span>}
        </dd>
        {na && (
          <>
            <dt className="text-slate-700">{t("review.question.naReason")}</dt>
            <dd className="whitespace-pre-wrap text-slate-900">{response?.naReason || t("review.question.none")}</dd>
          </>
        )}
        <dt className="text-slate-700">{t("review.question.note")}</dt>
        <dd className="whitespace-pre-wrap text-slate-900">{response?.note || t("review.question.none")}</dd>
        <dt className="text-slate-700">{t("review.question.evidence")}</dt>
        <dd>
          <EvidenceList items={response?.evidence ?? []} />
        </dd>
        {!canReview && showVerification && level !== null && (
          <>
            <dt className="text-slate-700">{t("review.question.verifiedLevel")}</dt>
            <dd className="font-medium text-slate-900">
              {response?.verifiedLevel ? levelText(response.verifiedLevel) : t("review.question.notVerified")}
              {response?.verifiedLevel && response.verifiedLevel !== level && (
                <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                  {t("review.question.adjusted")}
                </span>
              )}
            </dd>
          </>
        )}
        {!canReview && showVerification && response?.reviewerComment && (
          <>
            <dt className="text-slate-700">{t("review.question.comment")}</dt>
            <dd className="whitespace-pre-wrap rounded bg-amber-50 px-2 py-1 text-slate-900">{response.reviewerComment}</dd>
          </>
        )}
      </dl>
      {level !== null && (canReview || showVerification) && <LevelDescriptors question={question} locale={locale} selfLevel={level} />}
      {review?.previous && earlier.length > 0 && <DecisionHistory history={earlier} previousRound={review.previous.round} />}
      {canReview &&
        (level !== null ? (
          <VerifyForm
            // A batch save refreshes the page: a new saved level remounts the form with it.
            key={`${review?.current?.decidedAt ?? ""}:${response?.verifiedLevel ?? ""}`}
            assessmentId={assessmentId}
            questionCode={question.code}
            selfLevel={level}
            initialLevel={initialLevel}
            initialComment={initialComment}
            offerAcceptSelf={review?.needsDecision === true}
          />
        ) : (
          <p className="mt-3 text-sm text-slate-700">
            {na ? t("review.question.noVerifyNa") : t("review.question.noVerifyUnanswered")}
          </p>
        ))}
      {/* 2.0: which criteria the evidence shows (stored with the response). */}
      {level !== null && (canReview || showVerification) && (
        <ProfileCriteriaMarks assessmentId={assessmentId} question={question} locale={locale} initial={response?.criteriaMet ?? []} canEdit={canReview} />
      )}
    </article>
  );
}
