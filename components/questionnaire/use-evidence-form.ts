"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/auth/action";
import type { EvidenceView } from "@/lib/data/assessments/types";
import type { FormMessageState } from "./form-message";
import { lazyResolver } from "./lazy-resolver";

type Fields = { value: string };

// The server actions' rules for the one field, loaded with zod on the first validation (resolvers.ts).
const RESOLVERS = {
  url: lazyResolver<Fields>(() => import("./resolvers").then((m) => m.linkResolver)),
  text: lazyResolver<Fields>(() => import("./resolvers").then((m) => m.textResolver)),
};

/**
 * The one-field evidence forms (link, short text): validate with the server
 * action's own rule for that field, send, show the outcome, report the new item.
 */
export function useEvidenceForm(
  serverField: "url" | "text",
  send: (value: string) => Promise<ActionResult<EvidenceView>>,
  onAdded: (e: EvidenceView) => void,
) {
  const t = useTranslations();
  const [message, setMessage] = useState<FormMessageState>(null);
  const form = useForm<Fields>({ resolver: RESOLVERS[serverField], defaultValues: { value: "" } });

  const onSubmit = form.handleSubmit(async ({ value }) => {
    setMessage(null);
    try {
      const res = await send(value);
      if (res.ok) {
        onAdded(res.data);
        form.reset();
        setMessage({ tone: "success", text: t("questionnaire.evidence.added") });
        return;
      }
      const issue = res.issues?.find((i) => i.path === serverField);
      if (issue) form.setError("value", { message: issue.message });
      else setMessage({ tone: "error", text: t.has(`errors.${res.messageKey}`) ? t(`errors.${res.messageKey}`) : t("errors.internal") });
    } catch {
      setMessage({ tone: "error", text: t("questionnaire.evidence.networkError") });
    }
  });

  return { form, onSubmit, message };
}
