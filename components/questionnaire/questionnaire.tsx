"use client";
import { useLocale } from "next-intl";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { CompletenessAnswer } from "@/lib/assessment/completeness";
import { missingForSubmit } from "@/lib/assessment/completeness";
import type { EvidenceView, QuestionnaireView } from "@/lib/data/assessments/types";
import { completenessUnderProfile, evaluateProfile } from "@/lib/framework/profile";
import { toLocale } from "@/lib/i18n/config";
import { scoreAssessment, type AnswerInput, type ScoreLevel } from "@/lib/scoring";
import { ackedFromResponse, isAnswered, type Acked } from "./answer";
import { indexFramework, progressOf } from "./framework-index";
import { ProfileContext } from "./profile-context";
import { ProfileStep } from "./profile-step";
import { IndicatorSection, indicatorDomId } from "./indicator-section";
import { questionDomId } from "./question-card";
import { QuestionSlot } from "./question-slot";
import { QuestionnaireHeader } from "./questionnaire-header";
import { isUnsaved, needsAttention, type SaveKind, type SaveState } from "./save-state";
import { ScorePanel } from "./score-panel";
import { SideNav } from "./side-nav";
import { SnapshotPanel } from "./snapshot-panel";
import { StatusNotice } from "./status-notice";
import { SubmitPanel } from "./submit-panel";
import { TargetsForm } from "./targets-form";
import { useIndicatorNav } from "./use-indicator-nav";

function isLevel(n: unknown): n is ScoreLevel {
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5;
}

function validTargets(raw: Readonly<Record<string, number>>): Record<string, ScoreLevel> {
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, ScoreLevel] => isLevel(e[1])));
}

/**
 * The department's questionnaire. Holds what the server has acknowledged
 * (answers, evidence, versions): the progress, the provisional score and the
 * list of what is missing are all computed from that, never from unsaved input.
 */
export function Questionnaire({ view }: { view: QuestionnaireView }) {
  const locale = toLocale(useLocale());
  const { assessment, framework, permissions, responses } = view;
  const index = useMemo(() => indexFramework(framework), [framework]);
  const canEdit = permissions.answer;

  const [initial] = useState(() =>
    Object.fromEntries(index.questions.map(({ question }) => [question.code, ackedFromResponse(responses[question.code])])),
  );
  const [acked, setAcked] = useState<Record<string, Acked>>(initial);
  const [evidence, setEvidence] = useState<Record<string, EvidenceView[]>>(() =>
    Object.fromEntries(Object.entries(responses).map(([code, r]) => [code, r.evidence])),
  );
  const [states, setStates] = useState<Record<string, SaveKind>>({});
  const [version, setVersion] = useState(assessment.version);
  const [targets, setTargets] = useState(() => validTargets(assessment.targets));

  const { current: currentCode, go } = useIndicatorNav(index.indicatorCodes);

  // 2.0: the applicability profile decides which questions are N/A (answers stay as saved).
  const [profileAnswers, setProfileAnswers] = useState(view.profile.answers);
  const outcome = useMemo(() => evaluateProfile(framework.profile, profileAnswers), [framework, profileAnswers]);
  const profileContext = useMemo(() => ({ outcome, answeringRule: framework.answeringRule }), [outcome, framework]);
  const notApplicable = useMemo(() => Object.keys(outcome.notApplicable), [outcome]);
  // For progress and the side nav a profile-N/A question counts as done.
  const progressAcked = useMemo(() => {
    if (notApplicable.length === 0) return acked;
    const out = { ...acked };
    for (const code of notApplicable) if (out[code]) out[code] = { ...out[code], answer: { ...out[code].answer, na: true } };
    return out;
  }, [acked, notApplicable]);

  const onAcknowledged = useCallback((code: string, a: Acked) => setAcked((prev) => ({ ...prev, [code]: a })), []);
  const onState = useCallback(
    (code: string, s: SaveState) => setStates((prev) => (prev[code] === s.kind ? prev : { ...prev, [code]: s.kind })),
    [],
  );
  const onEvidenceAdded = useCallback(
    (code: string, e: EvidenceView) => setEvidence((prev) => ({ ...prev, [code]: [...(prev[code] ?? []), e] })),
    [],
  );
  const onEvidenceDeleted = useCallback(
    (code: string, id: string) => setEvidence((prev) => ({ ...prev, [code]: (prev[code] ?? []).filter((e) => e.id !== id) })),
    [],
  );

  const unsavedCodes = Object.entries(states).filter(([, k]) => isUnsaved(k));
  const unsaved = unsavedCodes.length;
  const attention = unsavedCodes.filter(([, k]) => needsAttention(k)).length;

  // The browser's own "leave site?" prompt while anything is not acknowledged.
  useEffect(() => {
    if (unsaved === 0) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const score = useMemo(() => {
    const answers: Record<string, AnswerInput> = {};
    for (const { question } of index.questions) {
      const a = acked[question.code]?.answer;
      answers[question.code] = {
        level: a && isLevel(a.level) ? a.level : null,
        na: a?.na ?? false,
        evidence: evidence[question.code]?.length ?? 0,
      };
    }
    return scoreAssessment(framework, answers, { targets, notApplicable });
  }, [index, acked, evidence, framework, targets, notApplicable]);

  const missing = useMemo(() => {
    const answers: Record<string, CompletenessAnswer> = {};
    for (const { question } of index.questions) {
      const a = acked[question.code]?.answer;
      answers[question.code] = {
        level: a?.level ?? null,
        na: a?.na ?? false,
        naReason: a?.naReason ?? "",
        evidenceCount: evidence[question.code]?.length ?? 0,
      };
    }
    return missingForSubmit(framework, completenessUnderProfile(outcome, answers));
  }, [index, acked, evidence, framework, outcome]);

  const overall = progressOf(
    index.questions.map((q) => q.question),
    progressAcked,
  );
  const firstUnanswered = index.questions.find((q) => !isAnswered(progressAcked[q.question.code]?.answer))?.question.code ?? null;

  const current = index.indicatorOf.get(currentCode);
  const position = index.indicatorCodes.indexOf(currentCode);
  const previousCode = index.indicatorCodes[position - 1];
  const nextCode = index.indicatorCodes[position + 1];

  const goIndicator = useCallback((code: string) => go(code, indicatorDomId(code)), [go]);
  const openQuestion = useCallback(
    (questionCode: string) => {
      const entry = index.questionOf.get(questionCode);
      if (entry) go(entry.indicator.code, questionDomId(questionCode));
    },
    [index, go],
  );

  const commented =
    assessment.status === "RETURNED"
      ? index.questions.filter((q) => responses[q.question.code]?.reviewerComment).map((q) => q.question.code)
      : [];

  // The engine's default targets, taken once when the page opens: later answers do not move a target under the user.
  const [targetDefaults] = useState(() => Object.fromEntries(score.dimensions.map((d) => [d.code, d.target])));

  if (!current) return null;

  return (
    <ProfileContext.Provider value={profileContext}>
    <div className="space-y-6">
      <QuestionnaireHeader
        orgUnitName={assessment.orgUnitName[locale]}
        cycleName={assessment.cycleName[locale]}
        status={assessment.status}
        progress={overall}
        unsaved={unsaved}
        needAttention={attention}
        canEdit={canEdit}
        showSubmitLink={permissions.submit}
      />
      <StatusNotice
        status={assessment.status}
        canEdit={canEdit}
        commented={commented}
        onOpenQuestion={openQuestion}
        cycleWindow={assessment.cycleWindow}
      />
      {/* An approved assessment's result comes first: it is what the reader opened the page for. */}
      {view.snapshot ? (
        <SnapshotPanel self={view.snapshot.self} verified={view.snapshot.verified} framework={framework} locale={locale} />
      ) : null}
      {framework.profile && (
        <ProfileStep
          assessmentId={assessment.id}
          profile={framework.profile}
          locale={locale}
          initial={view.profile}
          canEdit={canEdit}
          onSaved={(answers) => setProfileAnswers(answers)}
        />
      )}
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr]">
        <SideNav
          className="lg:col-start-1 lg:row-start-1"
          framework={framework}
          locale={locale}
          acked={progressAcked}
          states={states}
          current={currentCode}
          onGo={goIndicator}
        />
        <div className="min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <IndicatorSection
            indicator={current.indicator}
            dimension={current.dimension}
            locale={locale}
            position={position + 1}
            count={index.indicatorCodes.length}
            previous={previousCode ? index.indicatorOf.get(previousCode)?.indicator : undefined}
            next={nextCode ? index.indicatorOf.get(nextCode)?.indicator : undefined}
            onGo={goIndicator}
            firstUnanswered={canEdit ? firstUnanswered : undefined}
            onJumpToUnanswered={() => firstUnanswered && openQuestion(firstUnanswered)}
          >
            {index.questions.map(({ question, indicator }) => (
              <QuestionSlot
                key={question.code}
                assessmentId={assessment.id}
                assessmentStatus={assessment.status}
                question={question}
                locale={locale}
                active={indicator.code === currentCode}
                initial={initial[question.code]!}
                acked={acked[question.code]!}
                response={responses[question.code]}
                evidence={evidence[question.code] ?? NO_EVIDENCE}
                canEdit={canEdit}
                canSeeHistory={permissions.history}
                onAcknowledged={onAcknowledged}
                onState={onState}
                onEvidenceAdded={onEvidenceAdded}
                onEvidenceDeleted={onEvidenceDeleted}
              />
            ))}
          </IndicatorSection>
        </div>
        {view.snapshot ? null : (
          <div className="self-start lg:col-start-1 lg:row-start-2">
            <ScorePanel score={score} framework={framework} locale={locale} acked={acked} />
          </div>
        )}
      </div>
      {(permissions.manage || permissions.submit) && (
        <div className="grid items-start gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
          {permissions.manage ? (
            <TargetsForm
              assessmentId={assessment.id}
              version={version}
              framework={framework}
              locale={locale}
              defaults={{ ...targetDefaults, ...targets }}
              saved={new Set(Object.keys(targets))}
              onSaved={(saved, newVersion) => {
                setTargets(validTargets(saved));
                setVersion(newVersion);
              }}
            />
          ) : (
            <div />
          )}
          {permissions.submit && (
            <SubmitPanel assessmentId={assessment.id} version={version} missing={missing} unsaved={unsaved} onOpenQuestion={openQuestion} />
          )}
        </div>
      )}
    </div>
    </ProfileContext.Provider>
  );
}

const NO_EVIDENCE: EvidenceView[] = [];
