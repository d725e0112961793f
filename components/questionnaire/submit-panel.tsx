"use client";
import { Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { submitAssessmentAction } from "@/app/(app)/assessments/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { MissingItem } from "@/lib/data/assessments/types";
import { LazyConfirmDialog as ConfirmDialog } from "./lazy-confirm-dialog";
import { MissingList } from "./missing-list";

const REASONS = new Set<MissingItem["reason"]>(["unanswered", "naReason", "evidence"]);

/** The server's "incomplete" issues are `{ path: questionCode, message: "missing.<reason>" }`. */
function missingFromIssues(issues: readonly { path: string; message: string }[]): MissingItem[] {
  return issues.flatMap((i) => {
    const reason = i.message.replace(/^missing\./, "") as MissingItem["reason"];
    return REASONS.has(reason) ? [{ questionCode: i.path, reason }] : [];
  });
}

/** Submitting for review (department admin): what is missing, then a confirmation, then the server decides. */
export function SubmitPanel({
  assessmentId,
  version,
  missing,
  unsaved,
  onOpenQuestion,
}: {
  assessmentId: string;
  version: number;
  missing: readonly MissingItem[];
  unsaved: number;
  onOpenQuestion: (questionCode: string) => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [serverMissing, setServerMissing] = useState<MissingItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const blocked = missing.length > 0 || unsaved > 0;

  const submit = async (): Promise<string | null> => {
    setError(null);
    setServerMissing(null);
    try {
      const res = await submitAssessmentAction({ assessmentId, expectedVersion: version });
      if (res.ok) {
        router.refresh();
        return null;
      }
      if (res.code === "VALIDATION" && res.messageKey === "incomplete") {
        setServerMissing(missingFromIssues(res.issues ?? []));
        setError(t("errors.incomplete"));
        return null;
      }
      // `count`: how many issues the server listed (e.g. carried answers still to confirm).
      return t.has(`errors.${res.messageKey}`) ? t(`errors.${res.messageKey}`, { count: res.issues?.length ?? 0 }) : t("errors.internal");
    } catch {
      return t("questionnaire.evidence.networkError");
    }
  };

  return (
    <section id="submit" aria-labelledby="submit-heading" className="scroll-mt-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="submit-heading" className="text-lg font-semibold text-slate-900">
        {t("questionnaire.submit.heading")}
      </h2>
      {missing.length > 0 ? (
        <>
          <p id="missing-heading" className="mt-2 text-sm text-slate-800">
            {t("questionnaire.submit.missing", { count: missing.length })}
          </p>
          <MissingList items={missing} onOpen={onOpenQuestion} labelledBy="missing-heading" />
        </>
      ) : (
        <p className="mt-2 text-sm font-medium text-green-900">{t("questionnaire.submit.complete")}</p>
      )}
      {error && (
        <Alert tone="error" className="mt-3">
          {error}
        </Alert>
      )}
      {serverMissing && serverMissing.length > 0 && (
        <>
          <p id="server-missing-heading" className="mt-2 text-sm text-slate-800">
            {t("questionnaire.submit.serverMissing")}
          </p>
          <MissingList items={serverMissing} onOpen={onOpenQuestion} labelledBy="server-missing-heading" />
        </>
      )}
      {unsaved > 0 && <p className="mt-3 text-sm text-slate-800">{t("questionnaire.submit.waitForSaves", { count: unsaved })}</p>}
      <Button type="button" className="mt-4" disabled={blocked} onClick={() => setConfirming(true)}>
        <Send className="size-4" aria-hidden="true" />
        {t("questionnaire.submit.button")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("questionnaire.submit.confirmTitle")}
        description={t("questionnaire.submit.confirmDescription")}
        confirmLabel={t("questionnaire.submit.confirm")}
        busyLabel={t("questionnaire.submit.submitting")}
        onConfirm={submit}
      />
    </section>
  );
}
