"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { questionHistoryAction } from "@/app/(app)/assessments/[id]/actions";
import type { HistoryEntry } from "@/lib/data/assessments/types";
import { answerLabel } from "./answer-summary";

type Snapshot = HistoryEntry["after"];

/** Loaded each time it is opened, so it includes saves made since the page loaded. */
export function QuestionHistory({ assessmentId, questionCode }: { assessmentId: string; questionCode: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    setLoading(true);
    setError(null);
    try {
      const res = await questionHistoryAction({ assessmentId, questionCode });
      if (res.ok) setEntries(res.data);
      else setError(t.has(`errors.${res.messageKey}`) ? t(`errors.${res.messageKey}`) : t("errors.internal"));
    } catch {
      setError(t("questionnaire.evidence.networkError"));
    } finally {
      setLoading(false);
    }
  };

  const describe = (s: Snapshot, verified: boolean): string => {
    if (!s) return t("questionnaire.history.nothing");
    if (verified) return s.verifiedLevel ? answerLabel(t, s.verifiedLevel, false) : t("questionnaire.history.nothing");
    return answerLabel(t, s.level, s.na);
  };

  return (
    <details
      className="mt-3"
      onToggle={(e) => {
        if (e.currentTarget.open) void load();
      }}
    >
      <summary className="cursor-pointer text-sm font-medium text-blue-800 underline underline-offset-4 hover:text-blue-950">
        {t("questionnaire.history.summary")}
        <span className="sr-only"> · {questionCode}</span>
      </summary>
      <div className="mt-2 border-l-2 border-slate-200 pl-3 text-sm" aria-busy={loading}>
        {loading && <p role="status">{t("common.loading")}</p>}
        {error && (
          <p role="alert" className="text-red-800">
            {error}
          </p>
        )}
        {!loading && entries && entries.length === 0 && <p className="text-slate-700">{t("questionnaire.history.empty")}</p>}
        {!loading && entries && entries.length > 0 && (
          <ol className="space-y-2">
            {entries.map((e, i) => {
              const verified = e.action === "response.verified";
              const noteChanged = !verified && (e.before?.note ?? null) !== (e.after?.note ?? null);
              return (
                <li key={`${e.at}-${i}`} className="text-slate-800">
                  <span className="font-medium text-slate-900">
                    <time dateTime={e.at}>{format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short" })}</time>
                    {" · "}
                    {e.by ?? t("questionnaire.history.unknownUser")}
                  </span>
                  <span className="block">
                    {verified ? t("questionnaire.history.verified") : t("questionnaire.history.answered")}
                    {describe(e.before, verified)} → {describe(e.after, verified)}
                    {noteChanged && t("questionnaire.history.noteChanged")}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </details>
  );
}
