"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { AssessmentStatus } from "@/lib/data/assessments/types";

/** Why the page is read-only, or, when returned, which questions carry the reviewer's comments. */
export function StatusNotice({
  status,
  canEdit,
  commented,
  onOpenQuestion,
  cycleWindow,
}: {
  status: AssessmentStatus;
  canEdit: boolean;
  commented: readonly string[];
  onOpenQuestion: (questionCode: string) => void;
  /** Outside the cycle's window a draft or returned assessment is read-only: say since or until when. */
  cycleWindow?: { state: "open" | "notYetOpen" | "closed"; opensOn: string; closesOn: string };
}) {
  const t = useTranslations("questionnaire.notice");
  const format = useFormatter();
  if (cycleWindow && cycleWindow.state !== "open" && (status === "DRAFT" || status === "RETURNED")) {
    // Dates are calendar days: format them as such, whatever the reader's time zone.
    const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    return (
      <Alert tone="info">
        {cycleWindow.state === "closed"
          ? t("cycleClosed", { date: day(cycleWindow.closesOn) })
          : t("cycleNotOpen", { date: day(cycleWindow.opensOn) })}
      </Alert>
    );
  }
  if (status === "RETURNED" && canEdit) {
    return (
      <Alert tone="info">
        <p id="returned-heading" className="font-semibold">
          {t("returned")}
        </p>
        {commented.length > 0 && (
          <>
            <p className="mt-1">{t("commented", { count: commented.length })}</p>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {commented.map((code) => (
                <li key={code}>
                  <a
                    href={`?i=${encodeURIComponent(code.split(".").slice(0, 2).join("."))}`}
                    onClick={(e) => {
                      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
                      e.preventDefault();
                      onOpenQuestion(code);
                    }}
                    className="font-mono text-blue-800 underline underline-offset-4 hover:text-blue-950"
                  >
                    {code}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </Alert>
    );
  }
  if (canEdit) return null;
  const key = status === "SUBMITTED" ? "submitted" : status === "APPROVED" ? "approved" : "readOnly";
  return <Alert tone="info">{t(key)}</Alert>;
}
