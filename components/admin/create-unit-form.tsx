"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createOrgUnitAction } from "@/app/(app)/admin/org-units/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { createOrgUnitSchema, ORG_KINDS, type CreateOrgUnitInput } from "@/lib/validation/admin-org-units";
import { FormField, selectClass } from "./form-field";
import type { Option } from "./unit-types";
import { useAdminText } from "./use-admin-text";

const FIELDS = ["code", "parentId", "nameZh", "nameEn", "kind", "regionCode", "sectorTag"] as const;

export function CreateUnitForm({ parents, sectors }: { parents: Option[]; sectors: Option[] }) {
  const t = useTranslations();
  const text = useAdminText();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const { register, handleSubmit, reset, setError, formState } = useForm<CreateOrgUnitInput>({
    resolver: zodResolver(createOrgUnitSchema) as never,
    defaultValues: { code: "", parentId: parents[0]?.value ?? "", nameZh: "", nameEn: "", kind: "DEPARTMENT", regionCode: "", sectorTag: "" },
  });
  const err = (f: (typeof FIELDS)[number]) => formState.errors[f]?.message as string | undefined;
  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const res = await createOrgUnitAction(values);
    if (res.ok) {
      reset({ ...values, code: "", nameZh: "", nameEn: "" });
      setStatus({ tone: "success", text: t("admin.units.created") });
      return;
    }
    for (const i of res.issues ?? []) if ((FIELDS as readonly string[]).includes(i.path)) setError(i.path as never, { message: i.message });
    setStatus({ tone: "error", text: text.failure(res) });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <FormField id="unit-parent" label={t("admin.units.parent")} error={err("parentId")}>
        <select className={selectClass} {...register("parentId")}>
          {parents.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="unit-kind" label={t("admin.units.kind")} error={err("kind")}>
        <select className={selectClass} {...register("kind")}>
          {ORG_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`orgKinds.${k}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="unit-code" label={t("admin.units.code")} error={err("code")}>
        <Input autoComplete="off" {...register("code")} />
      </FormField>
      <FormField id="unit-region" label={t("admin.units.region")} error={err("regionCode")}>
        <Input inputMode="numeric" autoComplete="off" {...register("regionCode")} />
      </FormField>
      <FormField id="unit-name-zh" label={t("admin.units.nameZh")} error={err("nameZh")}>
        <Input autoComplete="off" {...register("nameZh")} />
      </FormField>
      <FormField id="unit-name-en" label={t("admin.units.nameEn")} error={err("nameEn")}>
        <Input autoComplete="off" {...register("nameEn")} />
      </FormField>
      <FormField id="unit-sector" label={t("admin.units.sector")} error={err("sectorTag")}>
        <select className={selectClass} {...register("sectorTag")}>
          <option value="">{t("admin.units.noSector")}</option>
          {sectors.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </FormField>
      <div className="sm:col-span-2">
        {status && <Alert tone={status.tone}>{status.text}</Alert>}
        <Button type="submit" className="mt-2" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("admin.common.saving") : t("admin.units.create")}
        </Button>
      </div>
    </form>
  );
}
