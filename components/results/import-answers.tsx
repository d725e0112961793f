"use client";
import { Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";

interface Report {
  changes: { question: string }[];
  unchanged: string[];
  unknown: string[];
  conflicts: string[];
  filesNotImported: { question: string; fileName: string }[];
  naNotAllowed: string[];
  applied: boolean;
}

type ApiResult = { data: Report } | { error: { message: string; issues?: { path: string; message: string }[] } };

/**
 * "Import answers" on the questionnaire: the file goes to the import route
 * twice — first as a dry run whose report is shown, then, once confirmed, for
 * real. The server checks everything again; a refusal changes nothing.
 */
export function ImportAnswers({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations("results.import");
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(body: string, dryRun: boolean) {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/v1/assessments/${assessmentId}/import?dryRun=${dryRun ? 1 : 0}&overwriteConflicts=${overwrite ? 1 : 0}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
      });
      const json = (await res.json()) as ApiResult;
      if ("error" in json) {
        // Issues name where in the file, as a reader would ("answer 3"), never as a JSON path.
        const detail = [
          ...new Set(
            (json.error.issues ?? [])
              // "body" issues (malformed, too large) only repeat the message above.
              .filter((i) => i.path !== "body")
              .slice(0, 5)
              .map((i) => {
                const answer = /^answers\.(\d+)/.exec(i.path);
                return answer ? t("issueAt", { n: Number(answer[1]) + 1, message: i.message }) : i.message;
              }),
          ),
        ].join(t("issueSeparator"));
        setError(detail ? `${json.error.message} — ${detail}` : json.error.message);
        return;
      }
      setReport(json.data);
      // Applied: reload so every question shows the imported answer from the server.
      if (json.data.applied) window.location.reload();
    } catch {
      setError(t("invalidJson"));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <Button type="button" variant="secondary" size="sm" onClick={() => setOpen(true)}>
        <Upload className="size-4" aria-hidden="true" />
        {t("button")}
      </Button>
    );
  }
  const codes = (list: string[]) => list.slice(0, 10).join(", ") + (list.length > 10 ? "…" : "");
  return (
    <section aria-labelledby={`${id}-h`} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id={`${id}-h`} className="font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("hint")}</p>
      <div className="mt-3">
        <Label htmlFor={`${id}-file`}>{t("file")}</Label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          className="mt-1 block text-sm"
          onChange={async (e) => {
            setReport(null);
            setError(null);
            const file = e.target.files?.[0];
            setText(file ? await file.text() : null);
          }}
        />
      </div>
      <label className="mt-3 flex items-center gap-2 text-sm text-slate-900">
        <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
        {t("overwrite")}
      </label>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" size="sm" variant="secondary" disabled={!text || busy} onClick={() => text && send(text, true)}>
          {t("preview")}
        </Button>
        {report && !report.applied && report.unknown.length === 0 && report.naNotAllowed.length === 0 && (
          <Button type="button" size="sm" disabled={!text || busy} onClick={() => text && send(text, false)}>
            {t("apply")}
          </Button>
        )}
        <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {t("close")}
        </Button>
      </div>
      {error && (
        <Alert tone="error" className="mt-3">
          {error}
        </Alert>
      )}
      {report && (
        <ul className="mt-3 list-disc space-y-1 ps-5 text-sm text-slate-900" aria-live="polite">
          <li>{report.applied ? t("done", { count: report.changes.length }) : t("changes", { count: report.changes.length })}</li>
          <li>{t("unchanged", { count: report.unchanged.length })}</li>
          {report.unknown.length > 0 && <li className="text-red-800">{t("unknown", { count: report.unknown.length, codes: codes(report.unknown) })}</li>}
          {report.naNotAllowed.length > 0 && <li className="text-red-800">{t("naNotAllowed", { count: report.naNotAllowed.length, codes: codes(report.naNotAllowed) })}</li>}
          {report.conflicts.length > 0 && <li>{t("conflicts", { count: report.conflicts.length, codes: codes(report.conflicts) })}</li>}
          {report.filesNotImported.length > 0 && <li>{t("files", { count: report.filesNotImported.length })}</li>}
        </ul>
      )}
    </section>
  );
}
