"use client";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Controller, useFormState, useWatch, type UseFormReturn } from "react-hook-form";
import { CarriedNote } from "@/components/carryover/carry-over";
import { PriorPlanNote } from "@/components/results/prior-plan";
import { FieldError } from "@/components/ui/field-error";
import type { AssessmentStatus, EvidenceView, ResponseView } from "@/lib/data/assessments/types";
import type { Locale, Question } from "@/lib/framework/schema";
import type { Acked, Answer } from "./answer";
import { EvidenceSection } from "./evidence-section";
import { LevelOptions } from "./level-options";
import { NaField } from "./na-field";
import { NoteField } from "./note-field";
import { ProfileBasis, ProfileNaNotice, ProfileScopeAndRule, useProfileHelp } from "./profile-question-notes";
import { useProfileFor } from "./profile-context";
import { QuestionHistory } from "./question-history";
import { ReviewerComment } from "./reviewer-comment";
import { SaveStatus } from "./save-status";
import type { SaveState } from "./save-state";
import { WhyQuestion } from "./why-question";

export function questionDomId(code: string): string {
  return `q-${code.replaceAll(".", "-")}`;
}

export interface QuestionCardProps {
  assessmentId: string;
  assessmentStatus: AssessmentStatus;
  question: Question;
  locale: Locale;
  form: UseFormReturn<Answer>;
  state: SaveState;
  acked: Acked;
  response: ResponseView | undefined;
  evidence: readonly EvidenceView[];
  canEdit: boolean;
  canSeeHistory: boolean;
  onRetry: () => void;
  onOpenConflict: () => void;
  onEvidenceAdded: (questionCode: string, e: EvidenceView) => void;
  onEvidenceDeleted: (questionCode: string, id: string) => void;
}

/** One question: the answer fields (autosaved), evidence, source and history. */
export function QuestionCard(props: QuestionCardProps) {
  const { question, locale, form, canEdit, response } = props;
  const t = useTranslations();
  const id = questionDomId(question.code);
  const level = useWatch({ control: form.control, name: "level" });
  const na = useWatch({ control: form.control, name: "na" });
  const { errors } = useFormState({ control: form.control });
  // 2.0: N/A decided by the applicability profile (the saved answer is kept, only not counted), and its help variant.
  const profile = useProfileFor(question.code);
  const naByProfile = !!profile.na;
  const help = useProfileHelp(question, locale);
  const needsEvidence = !na && level !== null && level >= question.evidenceFromLevel && props.evidence.length === 0;
  const showComment = props.assessmentStatus === "RETURNED" && !!response?.reviewerComment;
  const showVerified =
    !showComment && props.assessmentStatus === "APPROVED" && response?.verifiedLevel !== null && response?.verifiedLevel !== undefined;

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
      <SaveStatus state={props.state} acked={props.acked} onRetry={props.onRetry} onOpenConflict={props.onOpenConflict} />
      {showComment && <ReviewerComment comment={response.reviewerComment} verifiedLevel={response.verifiedLevel} />}
      {showVerified && (
        <p className="mt-2 text-sm font-medium text-slate-900">
          {t("questionnaire.review.verifiedLevel", { level: `L${response.verifiedLevel} ${t(`levels.${response.verifiedLevel}`)}` })}
        </p>
      )}
      <p className="mt-2 text-sm leading-relaxed text-slate-800">{help}</p>
      <ProfileScopeAndRule question={question} locale={locale} />
      <ProfileNaNotice code={question.code} locale={locale} />
      {/* Results issue: last cycle's open improvement item for this question, if any. */}
      <PriorPlanNote code={question.code} />
      {/* Issue 10 §3: "来自上期，请确认" on an answer carried over from last cycle, until confirmed or changed. */}
      <CarriedNote code={question.code} level={level} na={na} />

      <div className="mt-4">
        <p id={`${id}-levels-label`} className="text-sm font-semibold text-slate-900">
          {t("questionnaire.levels.label")}
        </p>
        <p id={`${id}-levels-hint`} className="text-sm text-slate-700">
          {!canEdit
            ? t("questionnaire.levels.readOnlyHint")
            : na
              ? t("questionnaire.levels.naHint")
              : // 2.0: the framework's answering rule ("全部条件均满足的最高一级") replaces the best-fit hint.
                (profile.answeringRule?.[locale] ?? t("questionnaire.levels.hint"))}
        </p>
        <Controller
          control={form.control}
          name="level"
          render={({ field }) => (
            <LevelOptions
              question={question}
              locale={locale}
              value={field.value}
              onChange={field.onChange}
              disabled={!canEdit || na || naByProfile}
              labelId={`${id}-levels-label`}
              describedBy={[`${id}-levels-hint`, errors.level ? `${id}-level-error` : ""].filter(Boolean).join(" ")}
              invalid={!!errors.level}
            />
          )}
        />
        <FieldError id={`${id}-level-error`} message={errors.level?.message} />
        {needsEvidence && (
          <p className="mt-3 flex items-start gap-2 rounded-md border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
            {t("questionnaire.evidence.neededHint", { level: question.evidenceFromLevel })}
          </p>
        )}
      </div>

      {question.allowNA && !naByProfile && <NaField form={form} idBase={id} readOnly={!canEdit} />}
      <NoteField form={form} idBase={id} readOnly={!canEdit} />
      <FieldError id={`${id}-root-error`} message={errors.root?.server?.message} />

      <EvidenceSection
        assessmentId={props.assessmentId}
        question={question}
        locale={locale}
        items={props.evidence}
        canEdit={canEdit}
        onAdded={props.onEvidenceAdded}
        onDeleted={props.onEvidenceDeleted}
      />
      <WhyQuestion question={question} />
      <ProfileBasis question={question} locale={locale} />
      {props.canSeeHistory && <QuestionHistory assessmentId={props.assessmentId} questionCode={question.code} />}
    </article>
  );
}
