"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LinkNotice } from "./link-notice";

const FIELD_LABELS: Record<string, string> = {
  code: "units.code",
  parentCode: "units.parent",
  nameZh: "units.nameZh",
  nameEn: "units.nameEn",
  kind: "units.kind",
  regionCode: "units.region",
  sector: "units.sector",
  email: "users.email",
  name: "users.name",
  phone: "users.phone",
  role: "users.role",
  unitCode: "users.unit",
};

interface RowError {
  line: number;
  field: string;
  message: string;
}
interface Report {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  errorCount: number;
  applied: boolean;
  encoding: string;
  links?: { email: string; token: string; expiresAt: string }[];
}

/**
 * Upload → dry run (per-row problems) → apply. The server re-checks the whole
 * file on apply and writes nothing unless every row is valid, so the button
 * order here is a convenience, not the safeguard.
 */
export function ImportPanel({ kind, maxRows }: { kind: "org-units" | "users"; maxRows: number }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const id = `import-${kind}`;

  async function send(apply: boolean) {
    const file = input.current?.files?.[0];
    setError(null);
    if (!file) {
      setError(t("import.fileRequired"));
      return;
    }
    setBusy(true);
    try {
      const body = new FormData();
      body.set("file", file);
      const res = await fetch(`/api/v1/admin/imports/${kind}${apply ? "?apply=1" : ""}`, { method: "POST", body });
      const json = await res.json().catch(() => null);
      if (json?.data) {
        setReport(json.data as Report);
        setChecked(!apply && json.data.errorCount === 0);
        if (json.data.applied) router.refresh();
      } else {
        setReport(null);
        setChecked(false);
        setError(json?.error?.message ?? t("import.badCsv", { line: 0 }));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t("import.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("import.help", { max: maxRows.toLocaleString() })}</p>
      <a className="mt-2 inline-block text-sm text-blue-800 underline underline-offset-4" href={`/api/v1/admin/templates/${kind}`} download>
        {t("import.template")}
      </a>
      <div className="mt-3">
        <label htmlFor={id} className="block text-sm font-medium text-slate-900">
          {t("import.file")}
        </label>
        <input
          id={id}
          ref={input}
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="mt-1 block w-full text-sm"
          onChange={() => {
            setChecked(false);
            setReport(null);
            setError(null);
          }}
        />
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={busy} onClick={() => send(false)}>
          {busy ? t("import.checking") : t("import.check")}
        </Button>
        <Button type="button" disabled={busy || !checked} onClick={() => send(true)}>
          {t("import.apply")}
        </Button>
      </div>
      <div aria-live="polite">
        {error && (
          <Alert tone="error" className="mt-3">
            {error}
          </Alert>
        )}
        {report && (
          <div className="mt-3 space-y-2">
            <Alert tone={report.errorCount ? "error" : "success"}>
              <p>{t("import.summary", { rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged })}</p>
              <p>{report.errorCount ? t("import.errorsTitle", { count: report.errorCount }) : report.applied ? t("import.applied") : t("import.clean")}</p>
            </Alert>
            {report.errors.length > 0 && (
              <ul className="divide-y divide-slate-200 rounded border border-slate-300 text-sm" aria-label={t("import.errorsTitle", { count: report.errorCount })}>
                {report.errors.map((e, i) => (
                  <li key={i} className="flex flex-wrap gap-x-3 px-3 py-2">
                    <span className="font-medium">
                      {t("import.line")} {e.line}
                    </span>
                    <span className="text-slate-700">{FIELD_LABELS[e.field] ? t(FIELD_LABELS[e.field] as never) : ""}</span>
                    <span>{e.message}</span>
                  </li>
                ))}
              </ul>
            )}
            {report.links && report.links.length > 0 && (
              <div>
                <h3 className="font-semibold">{t("import.linksTitle")}</h3>
                <p className="text-sm text-slate-700">{t("import.linksHelp")}</p>
                <ul>
                  {report.links.map((l) => (
                    <li key={l.email}>
                      <p className="mt-2 text-sm font-medium">{l.email}</p>
                      <LinkNotice token={l.token} expiresAt={l.expiresAt} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
