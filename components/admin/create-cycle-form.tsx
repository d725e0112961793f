"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createCycleAction } from "@/app/(app)/admin/cycles/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { createCycleSchema, type CreateCycleInput } from "@/lib/validation/admin-cycles";
import { FormField, selectClass } from "./form-field";
import type { Option } from "./unit-types";
import { useAdminText } from "./use-admin-text";

const FIELDS = ["nameZh", "nameEn", "year", "opensOn", "closesOn", "frameworkVersionId", "ownerUnitId"] as const;

export function CreateCycleForm({ frameworks, owners }: { frameworks: Option[]; owners: Option[] }) {
  const t = useTranslations();
  const text = useAdminText();
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const year = new Date().getFullYear();
  const { register, handleSubmit, setError, formState } = useForm<CreateCycleInput>({
    resolver: zodResolver(createCycleSchema) as never,
    defaultValues: { nameZh: "", nameEn: "", year, opensOn: `${year}-01-01`, closesOn: `${year}-12-31`, frameworkVersionId: frameworks[0]?.value ?? "", ownerUnitId: owners[0]?.value ?? "" },
  });
  const err = (f: (typeof FIELDS)[number]) => formState.errors[f]?.message as string | undefined;
  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const res = await createCycleAction(values);
    if (res.ok) {
      router.push(`/admin/cycles/${res.data.id}?created=1`);
      return;
    }
    for (const i of res.issues ?? []) if ((FIELDS as readonly string[]).includes(i.path)) setError(i.path as never, { message: i.message });
    setStatus(text.failure(res));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <FormField id="cycle-name-zh" label={t("admin.cycles.nameZh")} error={err("nameZh")}>
        <Input {...register("nameZh")} />
      </FormField>
      <FormField id="cycle-name-en" label={t("admin.cycles.nameEn")} error={err("nameEn")}>
        <Input {...register("nameEn")} />
      </FormField>
      <FormField id="cycle-year" label={t("admin.cycles.year")} error={err("year")}>
        <Input type="number" inputMode="numeric" {...register("year")} />
      </FormField>
      <FormField id="cycle-framework" label={t("admin.cycles.framework")} error={err("frameworkVersionId")}>
        <select className={selectClass} {...register("frameworkVersionId")}>
          {frameworks.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="cycle-opens" label={t("admin.cycles.opensOn")} error={err("opensOn")}>
        <Input type="date" {...register("opensOn")} />
      </FormField>
      <FormField id="cycle-closes" label={t("admin.cycles.closesOn")} error={err("closesOn")}>
        <Input type="date" {...register("closesOn")} />
      </FormField>
      <FormField id="cycle-owner" label={t("admin.cycles.owner")} error={err("ownerUnitId")} className="sm:col-span-2">
        <select className={selectClass} {...register("ownerUnitId")}>
          {owners.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </FormField>
      <div className="sm:col-span-2">
        {status && <Alert tone="error">{status}</Alert>}
        <Button type="submit" className="mt-2" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("admin.common.saving") : t("admin.cycles.create")}
        </Button>
      </div>
    </form>
  );
}
