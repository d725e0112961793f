"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { moveOrgUnitAction, setOrgUnitActiveAction, updateOrgUnitAction } from "@/app/(app)/admin/org-units/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { updateOrgUnitSchema, type UpdateOrgUnitInput } from "@/lib/validation/admin-org-units";
import { FormField, selectClass } from "./form-field";
import type { Option, UnitView } from "./unit-types";
import { useAdminText } from "./use-admin-text";

/** Rename / re-sector, move under another parent, deactivate or reactivate one unit. */
export function UnitEditor({ unit, parents, sectors }: { unit: UnitView; parents: Option[]; sectors: Option[] }) {
  const t = useTranslations();
  const text = useAdminText();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const [newParent, setNewParent] = useState(unit.parentId ?? "");
  const { register, handleSubmit, setError, formState } = useForm<UpdateOrgUnitInput>({
    resolver: zodResolver(updateOrgUnitSchema) as never,
    defaultValues: { id: unit.id, nameZh: unit.nameZh, nameEn: unit.nameEn, regionCode: unit.regionCode ?? "", sectorTag: unit.sectorTag ?? "" },
  });
  const show = (res: { ok: boolean; messageKey?: string; issues?: { path: string; message: string }[] }, ok: string) =>
    setStatus(res.ok ? { tone: "success", text: ok } : { tone: "error", text: text.failure(res as { messageKey: string }) });
  const onSave = handleSubmit(async (values) => {
    const res = await updateOrgUnitAction(values);
    if (!res.ok) for (const i of res.issues ?? []) setError(i.path as never, { message: i.message });
    show(res, t("admin.units.updated"));
  });
  const p = `u-${unit.id.slice(0, 8)}`;
  const err = (f: keyof UpdateOrgUnitInput) => formState.errors[f]?.message as string | undefined;
  return (
    <div className="mt-2 space-y-4 rounded-md border border-slate-300 bg-slate-50 p-3">
      <form onSubmit={onSave} noValidate className="grid gap-3 sm:grid-cols-2">
        <FormField id={`${p}-zh`} label={t("admin.units.nameZh")} error={err("nameZh")}>
          <Input {...register("nameZh")} />
        </FormField>
        <FormField id={`${p}-en`} label={t("admin.units.nameEn")} error={err("nameEn")}>
          <Input {...register("nameEn")} />
        </FormField>
        <FormField id={`${p}-region`} label={t("admin.units.region")} error={err("regionCode")}>
          <Input inputMode="numeric" {...register("regionCode")} />
        </FormField>
        <FormField id={`${p}-sector`} label={t("admin.units.sector")} error={err("sectorTag")}>
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
          <Button type="submit" size="sm" disabled={formState.isSubmitting}>
            {t("admin.common.save")}
          </Button>
        </div>
      </form>
      {!unit.isScopeRoot && (
        <div className="flex flex-wrap items-end gap-2">
          <FormField id={`${p}-move`} label={t("admin.units.moveTo")} className="min-w-0 flex-1">
            <select className={selectClass} value={newParent} onChange={(e) => setNewParent(e.target.value)}>
              {parents
                .filter((o) => o.value !== unit.id)
                .map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
            </select>
          </FormField>
          <Button
            size="sm"
            variant="secondary"
            disabled={pending || newParent === unit.parentId}
            onClick={() => start(async () => show(await moveOrgUnitAction({ id: unit.id, newParentId: newParent }), t("admin.units.moved")))}
          >
            {t("admin.units.move")}
          </Button>
          <Button
            size="sm"
            variant="secondary"
            disabled={pending}
            onClick={() =>
              start(async () => {
                if (unit.active && !window.confirm(t("admin.units.confirmDeactivate", { name: unit.name }))) return;
                const res = await setOrgUnitActiveAction({ id: unit.id, active: !unit.active });
                show(res, res.ok && !unit.active ? t("admin.units.activated") : t("admin.units.deactivated", { count: res.ok ? res.data.changed : 0 }));
              })
            }
          >
            {unit.active ? t("admin.units.deactivate") : t("admin.units.activate")}
          </Button>
        </div>
      )}
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
    </div>
  );
}
