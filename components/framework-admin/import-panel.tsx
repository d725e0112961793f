"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FrameworkProblem, FrameworkSummary } from "@/lib/framework/import-check";
import { toLocale } from "@/lib/i18n/config";

type Outcome = { ok: true; applied: boolean; summary: FrameworkSummary } | { ok: false; problems: FrameworkProblem[] };

/**
 * Upload → check (dry run, every problem in words) → publish. The server checks
 * again on publish and writes nothing unless the whole file is valid, so the
 * order of the buttons is a convenience, not the safeguard.
 */
export function FrameworkImportPanel({ maxMb }: { maxMb: number }) {
  const t = useTranslations("frameworkAdmin.import");
  const locale = toLocale(useLocale());
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<"check" | "publish" | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const checked = outcome?.ok === true && !outcome.applied;

  async function send(apply: boolean) {
    const file = input.current?.files?.[0];
    setError(null);
    if (!file) return setError(t("fileRequired"));
    if (file.size > maxMb * 1024 * 1024) return setError(t("fileTooLarge", { mb: maxMb }));
    setBusy(apply ? "publish" : "check");
    try {
      const body = new FormData();
      body.set("file", file);
      const res = await fetch(`/api/v1/admin/frameworks${apply ? "?apply=1" : ""}`, { method: "POST", body });
      const json = await res.json().catch(() => null);
      if (json?.data) {
        setOutcome(json.data as Outcome);
        if (json.data.applied) router.refresh();
      } else {
        setOutcome(null);
        setError(json?.error?.message ?? t("networkError"));
      }
    } catch {
      setError(t("networkError"));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="framework-import-title" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="framework-import-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("help", { mb: maxMb })}</p>
      <div className="mt-3">
        <label htmlFor="framework-file" className="block text-sm font-medium text-slate-900">
          {t("file")}
        </label>
        <input
          id="framework-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          className="mt-1 block w-full text-sm"
          onChange={() => {
            setOutcome(null);
            setError(null);
          }}
        />
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={busy !== null} onClick={() => send(false)}>
          {busy === "check" ? t("checking") : t("check")}
        </Button>
        <Button type="button" disabled={busy !== null || !checked} onClick={() => send(true)}>
          {busy === "publish" ? t("publishing") : t("publish")}
        </Button>
      </div>
      <div aria-live="polite">
        {error && (
          <Alert tone="error" className="mt-3">
            {error}
          </Alert>
        )}
        {outcome?.ok === true && (
          <Alert tone="success" className="mt-3">
            {outcome.applied
              ? t("published", { code: outcome.summary.code, version: outcome.summary.version })
              : t("clean", {
                  code: outcome.summary.code,
                  version: outcome.summary.version,
                  name: outcome.summary.name[locale],
                  dimensions: outcome.summary.dimensions,
                  indicators: outcome.summary.indicators,
                  questions: outcome.summary.questions,
                })}
            {!outcome.applied && (outcome.summary.criteria || outcome.summary.profile) && (
              <span> {[outcome.summary.criteria && t("criteria"), outcome.summary.profile && t("profile")].filter(Boolean).join(locale === "en" ? ", " : "、")}</span>
            )}
          </Alert>
        )}
        {outcome?.ok === false && (
          <div className="mt-3">
            <Alert tone="error">{t("problemsTitle", { count: outcome.problems.length })}</Alert>
            <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-300 text-sm" data-testid="framework-problems">
              {outcome.problems.map((p, i) => (
                <li key={i} className="px-3 py-2">
                  <span className="font-medium">{p.where}</span>
                  <span className="text-slate-700">{locale === "en" ? ": " : "："}</span>
                  <span>{p.message}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
