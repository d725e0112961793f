import { useTranslations } from "next-intl";
import { formatBytes } from "@/components/questionnaire/format";
import type { EvidenceView } from "@/lib/data/assessments/types";

// One way of writing sizes across the app: a 200-byte file reads "200 B", not "1 KB".
function size(bytes: number | null): string {
  return bytes === null ? "" : formatBytes(bytes);
}

export function EvidenceList({ items }: { items: EvidenceView[] }) {
  const t = useTranslations("review.question");
  if (items.length === 0) return <span className="text-slate-700">{t("none")}</span>;
  return (
    <ul className="space-y-1">
      {items.map((e) => (
        <li key={e.id} className="break-words">
          <span className="me-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">
            {t(e.kind === "FILE" ? "file" : e.kind === "LINK" ? "link" : "text")}
          </span>
          {e.kind === "FILE" && (
            <>
              {/* Files are served by the API, which checks the reader's access again. */}
              <a href={`/api/v1/evidence/${e.id}`} className="text-blue-800 underline underline-offset-2">
                {e.fileName ?? e.id}
              </a>
              {e.sizeBytes !== null && <span className="ms-1 text-slate-700">{t("size", { size: size(e.sizeBytes) })}</span>}
            </>
          )}
          {e.kind === "LINK" && e.url && (
            <a href={e.url} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline underline-offset-2">
              {e.url}
              <span className="sr-only">{t("opensInNewTab")}</span>
            </a>
          )}
          {e.kind === "TEXT" && <span className="whitespace-pre-wrap text-slate-900">{e.text}</span>}
        </li>
      ))}
    </ul>
  );
}
