"use client";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Controller, useFormState, useWatch } from "react-hook-form";
import { CarriedNote } from "@/components/carryover/carry-over";
import { FieldError } from "@/components/ui/field-error";
import { questionDomId } from "./dom-ids";
import { EvidenceSection } from "./evidence-section";
import { LevelOptions } from "./level-options";
import { NaField } from "./na-field";
import { NoteField } from "./note-field";
import { useProfileFor } from "./profile-context";
import { QuestionHistory } from "./question-history";
import { SaveStatus } from "./save-status";
import { useEvidenceOf, useQuestionnaire, useQuestionSlot } from "./store";

/*
 * The interactive parts of one question card. The card itself (texts,
 * descriptors, sources) is a server component; each island here reads its
 * question's form and save state from the QuestionSlot around the card.
 */


export function SaveStatusIsland() {
  const { state, acked, onRetry, onOpenConflict } = useQuestionSlot();
  return <SaveStatus state={state} acked={acked} onRetry={onRetry} onOpenConflict={onOpenConflict} />;
}

/** The help text the applicability profile selects (2.0), or the question's own. */
export function HelpText({ base, variants }: { base: string; variants: Readonly<Record<string, string>> }) {
  const { code } = useQuestionSlot();
  const { helpVariant } = useProfileFor(code);
  const variant = helpVariant ? variants[helpVariant] : undefined;
  return <p className="mt-2 text-sm leading-relaxed text-slate-800">{variant ? `${base} ${variant}` : base}</p>;
}

/** The hint, the five level cards (descriptors from the server), the level's error and the "evidence needed" warning. */
export function LevelChoice({ descriptors }: { descriptors: readonly React.ReactNode[] }) {
  const t = useTranslations();
  const { code, form, evidenceFromLevel } = useQuestionSlot();
  const { canEdit, locale } = useQuestionnaire();
  const evidence = useEvidenceOf(code);
  const id = questionDomId(code);
  const level = useWatch({ control: form.control, name: "level" });
  const na = useWatch({ control: form.control, name: "na" });
  const { errors } = useFormState({ control: form.control });
  const profile = useProfileFor(code);
  const naByProfile = !!profile.na;
  const needsEvidence = !na && level !== null && level >= evidenceFromLevel && evidence.length === 0;
  return (
    <>
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
            code={code}
            descriptors={descriptors}
            evidenceFromLevel={evidenceFromLevel}
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
          {t("questionnaire.evidence.neededHint", { level: evidenceFromLevel })}
        </p>
      )}
    </>
  );
}

/** "Not applicable" and its reason; left out while the applicability profile already makes the question N/A. */
export function NaIsland() {
  const { code, form } = useQuestionSlot();
  const { canEdit } = useQuestionnaire();
  const profile = useProfileFor(code);
  if (profile.na) return null;
  return <NaField form={form} idBase={questionDomId(code)} readOnly={!canEdit} />;
}

/** The note, then any error the server gave for the question as a whole. */
export function NoteIsland() {
  const { code, form } = useQuestionSlot();
  const { canEdit } = useQuestionnaire();
  const { errors } = useFormState({ control: form.control });
  const id = questionDomId(code);
  return (
    <>
      <NoteField form={form} idBase={id} readOnly={!canEdit} />
      <FieldError id={`${id}-root-error`} message={errors.root?.server?.message} />
    </>
  );
}

export function EvidenceIsland({ examples }: { examples: React.ReactNode }) {
  const { code } = useQuestionSlot();
  const { assessmentId, canEdit, onEvidenceAdded, onEvidenceDeleted } = useQuestionnaire();
  const items = useEvidenceOf(code);
  return (
    <EvidenceSection
      assessmentId={assessmentId}
      code={code}
      examples={examples}
      items={items}
      canEdit={canEdit}
      onAdded={onEvidenceAdded}
      onDeleted={onEvidenceDeleted}
    />
  );
}

export function HistoryIsland() {
  const { code } = useQuestionSlot();
  const { assessmentId, canSeeHistory } = useQuestionnaire();
  return canSeeHistory ? <QuestionHistory assessmentId={assessmentId} questionCode={code} /> : null;
}

/** Issue 10 §3: "来自上期，请确认" on an answer carried over from last cycle, until it is confirmed or changed. */
export function CarriedNoteIsland() {
  const { code, form } = useQuestionSlot();
  const level = useWatch({ control: form.control, name: "level" });
  const na = useWatch({ control: form.control, name: "na" });
  return <CarriedNote code={code} level={level} na={na} />;
}
