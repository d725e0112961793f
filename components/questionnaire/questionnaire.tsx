"use client";
import { useLocale } from "next-intl";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { CompletenessAnswer } from "@/lib/assessment/completeness";
import { missingForSubmit } from "@/lib/assessment/completeness";
import type { EvidenceView, QuestionnaireView } from "@/lib/data/assessments/types";
import { completenessUnderProfile, evaluateProfile } from "@/lib/framework/profile";
import { toLocale } from "@/lib/i18n/config";
import { scoreAssessment, type AnswerInput, type ScoreLevel } from "@/lib/scoring";
import { ackedFromResponse, type Acked } from "./answer";
import { indexFramework, progressOf } from "./framework-index";
import { ProfileContext } from "./profile-context";
import { ProfileStep } from "./profile-step";
import { indicatorDomId, questionDomId } from "./dom-ids";
import { hydratedApart } from "./hydrate-apart";
import { IndicatorPanel, type IndicatorCards } from "./indicator-panel";
import { QuestionnaireHeader } from "./questionnaire-header";
import { isUnsaved, needsAttention, type SaveState } from "./save-state";
import { ScorePanel } from "./score-panel";
import { SideNav } from "./side-nav";
import { SnapshotPanel } from "./snapshot-panel";
import { StatusNotice } from "./status-notice";
import { createQuestionnaireStore, QuestionnaireSharedContext, type QuestionnaireShared } from "./store";
import { SubmitPanel } from "./submit-panel";
import { TargetsForm } from "./targets-form";
import { useIndicatorNav } from "./use-indicator-nav";
import { whenFirstUsedOrIdle } from "./when-idle";

// Each part of the page hydrates on its own and re-renders only when its props change (hydrate-apart.tsx).
const Header = hydratedApart(QuestionnaireHeader);
const Notice = hydratedApart(StatusNotice);
const Snapshot = hydratedApart(SnapshotPanel);
const Profile = hydratedApart(ProfileStep);
const Nav = hydratedApart(SideNav);
const Indicator = hydratedApart(IndicatorPanel);
const Score = hydratedApart(ScorePanel);
const Targets = hydratedApart(TargetsForm);
const Submit = hydratedApart(SubmitPanel);

function isLevel(n: unknown): n is ScoreLevel {
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5;
}

function validTargets(raw: Readonly<Record<string, number>>): Record<string, ScoreLevel> {
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, ScoreLevel] => isLevel(e[1])));
}

/**
 * The department's questionnaire: its indicators (IndicatorPanel), whose
 * question cards are rendered on the server, and around them the header,
 * navigation, score, targets and submission. Holds what the server has acknowledged
 * (answers, evidence, versions) in a store keyed by question code: the
 * progress, the provisional score and the list of what is missing are all
 * computed from that, never from unsaved input.
 */
export function Questionnaire({
  view,
  initialCards,
}: {
  view: QuestionnaireView;
  /** The question cards of the indicator the page opened on, rendered on the server. */
  initialCards: IndicatorCards & { indicator: string };
}) {
  const locale = toLocale(useLocale());
  const { assessment, framework, permissions, responses } = view;
  const index = useMemo(() => indexFramework(framework), [framework]);
  const canEdit = permissions.answer;

  const [initial] = useState(() =>
    Object.fromEntries(index.questions.map(({ question }) => [question.code, ackedFromResponse(responses[question.code])])),
  );
  const [store] = useState(() =>
    createQuestionnaireStore({
      acked: initial,
      evidence: Object.fromEntries(Object.entries(responses).map(([code, r]) => [code, r.evidence])),
      states: {},
    }),
  );
  const { acked, evidence, states } = useSyncExternalStore(store.subscribe, store.get, store.get);
  const [version, setVersion] = useState(assessment.version);
  const [targets, setTargets] = useState(() => validTargets(assessment.targets));

  // Bumped when an indicator's cards arrive from the server, so a focus move waiting for them can finish.
  const [cardsShown, setCardsShown] = useState(0);
  const onCardsShown = useCallback(() => setCardsShown((n) => n + 1), []);
  const { current: currentCode, go } = useIndicatorNav(index.indicatorCodes, cardsShown);

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

  const onAcknowledged = useCallback(
    (code: string, a: Acked) => store.update((s) => ({ ...s, acked: { ...s.acked, [code]: a } })),
    [store],
  );
  const onState = useCallback(
    (code: string, st: SaveState) =>
      // No entry reads as "idle": a question reporting "idle" first changes nothing (and re-renders nothing).
      store.update((s) => ((s.states[code] ?? "idle") === st.kind ? s : { ...s, states: { ...s.states, [code]: st.kind } })),
    [store],
  );
  const onEvidenceAdded = useCallback(
    (code: string, e: EvidenceView) =>
      store.update((s) => ({ ...s, evidence: { ...s.evidence, [code]: [...(s.evidence[code] ?? []), e] } })),
    [store],
  );
  const onEvidenceDeleted = useCallback(
    (code: string, id: string) =>
      store.update((s) => ({ ...s, evidence: { ...s.evidence, [code]: (s.evidence[code] ?? []).filter((e) => e.id !== id) } })),
    [store],
  );

  const unsavedCodes = Object.entries(states).filter(([, k]) => isUnsaved(k));
  const unsaved = unsavedCodes.length;
  const attention = unsavedCodes.filter(([, k]) => needsAttention(k)).length;

  // The forms' schemas (and zod) are not needed to show the page. Evaluating them is one long task, so they are
  // fetched on the first sign of use (a pointer, key or focus anywhere on the page: ahead of the first edit) or
  // once the page has been idle a while, not while the page is starting up.
  useEffect(() => {
    if (!canEdit) return;
    return whenFirstUsedOrIdle(() => void import("./resolvers").catch(() => {}));
  }, [canEdit]);

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

  const overall = useMemo(
    () =>
      progressOf(
        index.questions.map((q) => q.question),
        progressAcked,
      ),
    [index, progressAcked],
  );
  const current = index.indicatorOf.get(currentCode);

  const goIndicator = useCallback((code: string) => go(code, indicatorDomId(code)), [go]);
  const openQuestion = useCallback(
    (questionCode: string) => {
      const entry = index.questionOf.get(questionCode);
      if (entry) go(entry.indicator.code, questionDomId(questionCode));
    },
    [index, go],
  );

  const shared = useMemo<QuestionnaireShared>(
    () => ({
      store,
      assessmentId: assessment.id,
      assessmentStatus: assessment.status,
      locale,
      canEdit,
      canSeeHistory: permissions.history,
      index,
      initial,
      goIndicator,
      openQuestion,
      onAcknowledged,
      onState,
      onEvidenceAdded,
      onEvidenceDeleted,
    }),
    [store, assessment.id, assessment.status, locale, canEdit, permissions.history, index, initial, goIndicator, openQuestion, onAcknowledged, onState, onEvidenceAdded, onEvidenceDeleted],
  );

  const commented = useMemo(
    () =>
      assessment.status === "RETURNED"
        ? index.questions.filter((q) => responses[q.question.code]?.reviewerComment).map((q) => q.question.code)
        : [],
    [assessment.status, index, responses],
  );

  // The engine's default targets, taken once when the page opens: later answers do not move a target under the user.
  const [targetDefaults] = useState(() => Object.fromEntries(score.dimensions.map((d) => [d.code, d.target])));
  const shownTargets = useMemo(() => ({ ...targetDefaults, ...targets }), [targetDefaults, targets]);
  const savedTargets = useMemo(() => new Set(Object.keys(targets)), [targets]);
  const onTargetsSaved = useCallback((saved: Readonly<Record<string, number>>, newVersion: number) => {
    setTargets(validTargets(saved));
    setVersion(newVersion);
  }, []);

  if (!current) return null;

  return (
    <QuestionnaireSharedContext.Provider value={shared}>
    <ProfileContext.Provider value={profileContext}>
    <div className="space-y-6">
      <Header
        orgUnitName={assessment.orgUnitName[locale]}
        cycleName={assessment.cycleName[locale]}
        status={assessment.status}
        progress={overall}
        unsaved={unsaved}
        needAttention={attention}
        canEdit={canEdit}
        showSubmitLink={permissions.submit}
      />
      <Notice
        status={assessment.status}
        canEdit={canEdit}
        commented={commented}
        onOpenQuestion={openQuestion}
        cycleWindow={assessment.cycleWindow}
      />
      {/* An approved assessment's result comes first: it is what the reader opened the page for. */}
      {view.snapshot ? (
        <Snapshot self={view.snapshot.self} verified={view.snapshot.verified} framework={framework} locale={locale} />
      ) : null}
      {framework.profile && (
        <Profile
          assessmentId={assessment.id}
          profile={framework.profile}
          locale={locale}
          initial={view.profile}
          canEdit={canEdit}
          onSaved={setProfileAnswers}
        />
      )}
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr]">
        <Nav
          className="lg:col-start-1 lg:row-start-1"
          framework={framework}
          locale={locale}
          acked={progressAcked}
          states={states}
          current={currentCode}
          onGo={goIndicator}
        />
        <div className="min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          {index.indicatorCodes.map((code, position) => {
            const { indicator, dimension } = index.indicatorOf.get(code)!;
            return (
              <Indicator
                key={code}
                indicator={indicator}
                dimension={dimension}
                position={position}
                initial={initialCards.indicator === code ? initialCards : undefined}
                onCardsShown={onCardsShown}
              />
            );
          })}
        </div>
        {view.snapshot ? null : (
          <div className="self-start lg:col-start-1 lg:row-start-2">
            <Score score={score} framework={framework} locale={locale} acked={acked} />
          </div>
        )}
      </div>
      {(permissions.manage || permissions.submit) && (
        <div className="grid items-start gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
          {permissions.manage ? (
            <Targets
              assessmentId={assessment.id}
              version={version}
              framework={framework}
              locale={locale}
              defaults={shownTargets}
              saved={savedTargets}
              onSaved={onTargetsSaved}
            />
          ) : (
            <div />
          )}
          {permissions.submit && (
            <Submit assessmentId={assessment.id} version={version} missing={missing} unsaved={unsaved} onOpenQuestion={openQuestion} />
          )}
        </div>
      )}
    </div>
    </ProfileContext.Provider>
    </QuestionnaireSharedContext.Provider>
  );
}
