"use client";
import { History } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import { carryOverAction, confirmCarriedAction } from "@/app/(app)/assessments/[id]/carry-over-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CarryOverView } from "@/lib/data/assessments/carry-over";
import { toLocale } from "@/lib/i18n/config";

/**
 * Issue 10 §3, kept out of components/questionnaire: the "以上期答案为起点" banner
 * and the "来自上期，请确认" note on each carried question. The server decides
 * everything (who, when, what is pending); this only shows it and asks.
 */

interface CarryState {
  assessmentId: string;
  view: CarryOverView;
  /** Codes confirmed or changed in this page view (the server already knows). */
  resolved: ReadonlySet<string>;
  resolve: (codes: readonly string[]) => void;
}

const CarryContext = createContext<CarryState | null>(null);

export function CarryOverProvider({ assessmentId, view, children }: { assessmentId: string; view: CarryOverView; children: React.ReactNode }) {
  const [resolved, setResolved] = useState<ReadonlySet<string>>(new Set());
  const value = useMemo<CarryState>(
    () => ({ assessmentId, view, resolved, resolve: (codes) => setResolved((s) => new Set([...s, ...codes])) }),
    [assessmentId, view, resolved],
  );
  return <CarryContext.Provider value={value}>{children}</CarryContext.Provider>;
}

function pendingCodes(s: CarryState): string[] {
  return Object.keys(s.view.pending).filter((c) => !s.resolved.has(c));
}

/** Above the questionnaire: the offer to start from last cycle's answers, or how many carried answers remain. */
export function CarryOverBanner() {
  const s = useContext(CarryContext);
  const t = useTranslations("carryover.banner");
  const tErr = useTranslations("errors");
  const locale = toLocale(useLocale());
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!s) return null;
  const offer = s.view.offer;
  const pending = pendingCodes(s).length;

  async function carry() {
    setBusy(true);
    setError(null);
    try {
      const res = await carryOverAction({ assessmentId: s!.assessmentId });
      if (res.ok) router.refresh();
      else setError(t("error", { message: tErr.has(res.messageKey) ? tErr(res.messageKey) : tErr("internal") }));
    } catch {
      setError(t("error", { message: tErr("internal") }));
    } finally {
      setBusy(false);
    }
  }

  if (!offer && pending === 0) return null;
  return (
    <section aria-labelledby="carry-over-title" className="rounded-lg border border-blue-300 bg-blue-50 p-4 text-sm text-blue-950" data-testid="carry-over">
      <h2 id="carry-over-title" className="flex items-center gap-2 font-semibold">
        <History className="size-4" aria-hidden="true" />
        {t("title")}
      </h2>
      {offer && (
        <>
          <p className="mt-1">{t("offer", { cycle: offer.cycleName[locale], status: t(`status${offer.sourceStatus}` as "statusAPPROVED"), count: offer.count })}</p>
          {offer.fromVersion !== offer.toVersion && <p className="mt-1">{t("versions", { from: offer.fromVersion, to: offer.toVersion })}</p>}
          {s.view.canConfirm && (
            <Button type="button" className="mt-3" disabled={busy} onClick={carry}>
              {busy ? t("busy") : t("action")}
            </Button>
          )}
        </>
      )}
      <div aria-live="polite">
        {pending > 0 && <p className="mt-2 font-medium">{t("pending", { count: pending })}</p>}
        {error && (
          <Alert tone="error" className="mt-2">
            {error}
          </Alert>
        )}
      </div>
    </section>
  );
}

/**
 * On a question whose answer came from last cycle and is not confirmed yet. Hidden
 * once the answer is changed (the server clears the mark on that save) or confirmed.
 */
export function CarriedNote({ code, level, na }: { code: string; level: number | null; na: boolean }) {
  const s = useContext(CarryContext);
  const t = useTranslations("carryover.note");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  const item = s?.view.pending[code];
  const open = !!item && !s!.resolved.has(code);
  const changed = open && (item.na !== na || (!na && item.level !== level));
  useEffect(() => {
    if (changed) s!.resolve([code]);
  }, [changed, code, s]);
  if (!s || !item || !open || changed) return null;
  const siblings = pendingCodes(s).filter((c) => s.view.pending[c]!.indicator === item.indicator);

  async function confirm(codes: string[]) {
    setBusy(true);
    setError(false);
    try {
      const res = await confirmCarriedAction({ assessmentId: s!.assessmentId, questionCodes: codes });
      if (res.ok) s!.resolve(codes);
      else setError(true);
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mt-2 rounded-md border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="carried-note">
      <p className="flex items-center gap-2 font-semibold">
        <History className="size-4 shrink-0" aria-hidden="true" />
        {t("badge")}
      </p>
      <p className="mt-1">{t("from", { codes: item.from.join("、") })}</p>
      {item.evidenceHints.length > 0 && <p className="mt-1 break-all">{t("evidence", { names: item.evidenceHints.join("；") })}</p>}
      {s.view.canConfirm && (
        <div className="mt-2 flex flex-wrap gap-2">
          <Button type="button" size="sm" variant="secondary" disabled={busy} onClick={() => confirm([code])}>
            {busy ? t("busy") : t("confirm")}
          </Button>
          {siblings.length > 1 && (
            <Button type="button" size="sm" variant="secondary" disabled={busy} onClick={() => confirm(siblings)}>
              {t("confirmIndicator", { count: siblings.length })}
            </Button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="mt-1 text-red-800">
          {t("error")}
        </p>
      )}
    </div>
  );
}
