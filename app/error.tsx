"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Shows no error detail: stack traces and SQL must not reach the browser.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{t("pageTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("internal")}</p>
      <Button className="mt-6" onClick={reset}>
        {t("retry")}
      </Button>
    </main>
  );
}
