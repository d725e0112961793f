"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setThresholdsAction } from "@/app/(app)/warnings/actions";
import { Button } from "@/components/ui/button";
import { THRESHOLD_BOUNDS, type Thresholds } from "@/lib/warnings/rules";
import { thresholdsSchema } from "@/lib/warnings/schemas";

const KEYS = Object.keys(THRESHOLD_BOUNDS) as (keyof Thresholds)[];

export function ThresholdsForm({ scopeId, initial, version }: { scopeId: string; initial: Thresholds; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<z.input<typeof thresholdsSchema>, unknown, Thresholds>({ resolver: zodResolver(thresholdsSchema), defaultValues: initial });
  const onSubmit = (values: Thresholds) =>
    start(async () => {
      const res = await setThresholdsAction({ scopeId, thresholds: values, expectedVersion: version });
      setMessage(res.ok ? { ok: true, text: t("warnings.thresholds.saved") } : { ok: false, text: t(`errors.${res.messageKey}`) });
      if (res.ok) router.refresh();
    });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {KEYS.map((k) => (
          <div key={k}>
            <label htmlFor={`th-${k}`} className="block text-sm">
              {t(`warnings.thresholds.${k}`)}
            </label>
            <input
              id={`th-${k}`}
              type="number"
              inputMode="numeric"
              min={THRESHOLD_BOUNDS[k].min}
              max={THRESHOLD_BOUNDS[k].max}
              aria-invalid={errors[k] ? true : undefined}
              aria-describedby={errors[k] ? `th-${k}-error` : undefined}
              className="mt-1 block w-full rounded-md border border-slate-400 px-2 py-2 text-sm"
              {...register(k)}
            />
            {errors[k] ? (
              <p id={`th-${k}-error`} className="mt-1 text-sm text-red-800">
                {t(`validation.${errors[k]?.message ?? "outOfRange"}`)}
              </p>
            ) : null}
          </div>
        ))}
      </div>
      <Button type="submit" disabled={pending}>
        {t("warnings.thresholds.save")}
      </Button>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-green-800" : "text-sm text-red-800"}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
