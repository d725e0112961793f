"use client";
import { ChevronLeft, ChevronRight, RotateCw, SkipForward } from "lucide-react";
import { useTranslations } from "next-intl";
import { startTransition, useCallback, useContext, useEffect, useRef, useState } from "react";
import { indicatorCardsAction } from "@/app/(app)/assessments/[id]/content-actions";
import { Button } from "@/components/ui/button";
import type { Dimension, Indicator } from "@/lib/framework/schema";
import { isAnswered } from "./answer";
import { indicatorDomId } from "./dom-ids";
import { ProfileContext } from "./profile-context";
import { QuestionSlot } from "./question-slot";
import { IndicatorActiveContext, useQuestionnaire, useQuestionnaireSelector } from "./store";
import { useCurrentIndicator } from "./use-indicator-nav";
import { createTaskQueue } from "./when-idle";

/** The question slots of the indicators off screen are mounted through this, one indicator per task. */
const mountQueue = createTaskQueue();

/** Question cards rendered on the server, keyed by question code, and the language they are in. */
export interface IndicatorCards {
  locale: string;
  cards: Readonly<Record<string, React.ReactNode>>;
}

type Loading = { kind: "idle" } | { kind: "loading" } | { kind: "failed" };

/**
 * One indicator of the questionnaire. Every indicator's panel is always
 * mounted, so the question slots inside keep their forms and saves; only the
 * one on screen shows its heading, its question cards and the moves to the
 * neighbours. The cards are rendered on the server: the page sends those of
 * the indicator it opened on (`initial`); the others are asked for when the
 * panel comes on screen, and the neighbours of the one on screen ahead of time.
 */
export function IndicatorPanel({
  indicator,
  dimension,
  position,
  initial,
  onCardsShown,
}: {
  indicator: Indicator;
  dimension: Dimension;
  position: number;
  initial: IndicatorCards | undefined;
  /** Called when cards arrive for the indicator on screen (focus may be waiting for them). */
  onCardsShown: () => void;
}) {
  const t = useTranslations("questionnaire.indicator");
  const { index, assessmentId, locale } = useQuestionnaire();
  const code = indicator.code;
  const current = useCurrentIndicator(index.indicatorCodes);
  const active = current === code;
  const near = Math.abs(index.indicatorCodes.indexOf(current) - position) === 1;

  // The slots of the indicators off screen render nothing visible, so they need not delay the page: they
  // mount right after hydration, in a transition React splits into short tasks (each then restores and
  // sends its pending answer, as before). Once mounted they stay, whichever indicator is on screen.
  // One indicator at a time (its own render and commit), so that mounting all of them is many short tasks.
  const [mounted, setMounted] = useState(false);
  const mountDone = useRef<(() => void) | null>(null);
  useEffect(
    () =>
      mountQueue((done) => {
        mountDone.current = done;
        startTransition(() => setMounted(true));
      }),
    [],
  );
  useEffect(() => {
    if (!mounted) return;
    mountDone.current?.();
    mountDone.current = null;
  }, [mounted]);

  // Cards in another language (after a language switch) are asked for again.
  const [loaded, setLoaded] = useState<IndicatorCards | null>(initial ?? null);
  useEffect(() => {
    if (initial) setLoaded(initial);
  }, [initial]);
  const cards = initial?.locale === locale ? initial.cards : loaded?.locale === locale ? loaded.cards : null;
  const [loading, setLoading] = useState<Loading>({ kind: "idle" });

  const load = useCallback(async () => {
    setLoading({ kind: "loading" });
    try {
      const res = await indicatorCardsAction({ assessmentId, indicatorCode: code });
      if (res.ok) {
        setLoaded({ locale, cards: res.data });
        setLoading({ kind: "idle" });
        return;
      }
    } catch {
      // Offline or the server is down: the panel offers to try again; answers keep saving meanwhile.
    }
    setLoading({ kind: "failed" });
  }, [assessmentId, code, locale]);

  // On screen: now. A neighbour of the one on screen: once the page is idle, so "next" is instant.
  const wanted = active || near;
  useEffect(() => {
    if (!wanted || cards || loading.kind === "loading" || (!active && loading.kind === "failed")) return;
    const timer = setTimeout(() => void load(), active ? 0 : 300);
    return () => clearTimeout(timer);
  }, [wanted, active, cards, loading.kind, load]);

  // Cards already on screen when the page opened need no report (no focus waits for them, and a report would
  // re-render the questionnaire while it is still hydrating).
  const shownOnOpen = useRef(active && !!cards);
  useEffect(() => {
    if (!active || !cards) return;
    if (shownOnOpen.current) {
      shownOnOpen.current = false;
      return;
    }
    onCardsShown();
  }, [active, cards, onCardsShown]);

  return (
    <IndicatorActiveContext.Provider value={active}>
      <section aria-labelledby={active ? indicatorDomId(code) : undefined} hidden={!active} className="space-y-4">
        {active && (
          <div className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
            <p className="text-sm text-slate-700">
              <span className="font-mono">{dimension.code}</span> {dimension.name[locale]}
              {" · "}
              {t("position", { position: position + 1, count: index.indicatorCodes.length })}
            </p>
            <h2 id={indicatorDomId(code)} tabIndex={-1} className="mt-1 text-xl font-semibold text-slate-900">
              <span className="font-mono">{code}</span> {indicator.name[locale]}
            </h2>
            <p className="mt-2 text-sm leading-relaxed text-slate-800">{indicator.description[locale]}</p>
            <JumpToUnanswered />
          </div>
        )}
        {active && !cards && (
          <div role="status" className="rounded-lg border border-slate-300 bg-white p-4 text-sm text-slate-800 shadow-sm">
            {loading.kind === "failed" ? (
              <span className="flex flex-wrap items-center gap-3">
                {t("loadFailed")}
                <Button type="button" variant="secondary" size="sm" onClick={() => void load()}>
                  <RotateCw className="size-4" aria-hidden="true" />
                  {t("retry")}
                </Button>
              </span>
            ) : (
              t("loading")
            )}
          </div>
        )}
        {(active || mounted) &&
          indicator.questions.map((q) => (
            <QuestionSlot key={q.code} code={q.code} questionText={q.text[locale]} evidenceFromLevel={q.evidenceFromLevel}>
              {cards?.[q.code]}
            </QuestionSlot>
          ))}
        {active && <Pager code={code} />}
      </section>
    </IndicatorActiveContext.Provider>
  );
}

/** "Next unanswered question" while anything is left; offered only to those who may answer. */
function JumpToUnanswered() {
  const t = useTranslations("questionnaire.indicator");
  const { index, canEdit, openQuestion } = useQuestionnaire();
  // A question the applicability profile makes N/A counts as done, as in the progress.
  const { notApplicable } = useContext(ProfileContext).outcome;
  const firstUnanswered = useQuestionnaireSelector(
    (s) =>
      index.questions.find((q) => !isAnswered(s.acked[q.question.code]?.answer) && !Object.hasOwn(notApplicable, q.question.code))
        ?.question.code ?? null,
  );
  if (!canEdit) return null;
  return (
    <div className="mt-3">
      {firstUnanswered === null ? (
        <p className="text-sm font-medium text-green-900">{t("allAnswered")}</p>
      ) : (
        <Button type="button" variant="secondary" size="sm" onClick={() => openQuestion(firstUnanswered)}>
          <SkipForward className="size-4" aria-hidden="true" />
          {t("jumpToUnanswered")}
        </Button>
      )}
    </div>
  );
}

function Pager({ code }: { code: string }) {
  const t = useTranslations("questionnaire.indicator");
  const { index, goIndicator } = useQuestionnaire();
  const position = index.indicatorCodes.indexOf(code);
  const previous = index.indicatorCodes[position - 1];
  const next = index.indicatorCodes[position + 1];
  return (
    <nav aria-label={t("pager")} className="flex flex-wrap justify-between gap-3">
      {previous ? (
        <Button type="button" variant="secondary" onClick={() => goIndicator(previous)} className="h-auto min-h-10 py-2 text-left">
          <ChevronLeft className="size-4 shrink-0" aria-hidden="true" />
          <span>
            {t("previous")}
            <span className="block font-mono text-xs font-normal">{previous}</span>
          </span>
        </Button>
      ) : (
        <span />
      )}
      {next && (
        <Button type="button" onClick={() => goIndicator(next)} className="ml-auto h-auto min-h-10 py-2 text-right">
          <span>
            {t("next")}
            <span className="block font-mono text-xs font-normal">{next}</span>
          </span>
          <ChevronRight className="size-4 shrink-0" aria-hidden="true" />
        </Button>
      )}
    </nav>
  );
}
