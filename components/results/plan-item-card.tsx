"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { updatePlanItemAction } from "@/app/(app)/assessments/[id]/results/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { PlanItemView } from "@/lib/data/results/types";
import { PLAN_STATUSES, planItemFieldsSchema, type PlanItemFields } from "@/lib/validation/results";

const fieldClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900";

function fieldsOf(item: Omit<PlanItemView, "action" | "questionText">): PlanItemFields {
  return {
    ownerName: item.ownerName,
    ownerUserId: item.ownerUserId,
    dueOn: item.dueOn,
    status: item.status,
    rejectReason: item.rejectReason,
    progressNote: item.progressNote,
  };
}

/**
 * One plan item: what to do, and — for the department admin — its owner, due
 * date, status and progress, saved with the version it was read at (a
 * concurrent edit is a clear conflict, never a silent overwrite).
 */
export function PlanItemCard({
  item: initial,
  action,
  questionText,
  canEdit,
  owners,
}: {
  /** Without its texts: the browser gets one language only (action, questionText). */
  item: Omit<PlanItemView, "action" | "questionText">;
  action: string;
  questionText: string;
  canEdit: boolean;
  owners: { id: string; name: string }[];
}) {
  const t = useTranslations();
  const [item, setItem] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const form = useForm<PlanItemFields>({ resolver: zodResolver(planItemFieldsSchema), defaultValues: fieldsOf(item) });
  const { errors } = form.formState;
  const status = form.watch("status");
  const id = `plan-${item.id}`;

  const onSubmit = form.handleSubmit((fields) =>
    start(async () => {
      const res = await updatePlanItemAction({ itemId: item.id, expectedVersion: item.version, fields });
      if (res.ok) {
        const { action: _a, questionText: _q, ...saved } = res.data;
        setItem(saved);
        form.reset(fieldsOf(res.data));
        setEditing(false);
        setMessage({ tone: "success", text: t("results.plan.saved") });
      } else {
        for (const i of res.issues ?? []) {
          const key = i.path.replace(/^fields\./, "") as keyof PlanItemFields;
          if (key in fields) form.setError(key, { message: i.message });
        }
        setMessage({ tone: "error", text: t(`errors.${res.messageKey}`) });
      }
    }),
  );

  const owner = item.ownerName || t("results.plan.notSet");
  return (
    <li id={id} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm" data-testid="plan-item">
      <p className="text-sm text-slate-700">
        <span className="font-medium text-slate-900">{item.questionCode}</span> {questionText} ·{" "}
        {t("results.plan.step", { from: item.fromLevel, to: item.toLevel })}
      </p>
      <p className="mt-1 text-slate-900">{action}</p>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-slate-700">{t("results.plan.owner")}</dt>
          <dd className="text-slate-900" data-testid="plan-owner">{owner}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-700">{t("results.plan.due")}</dt>
          <dd className="text-slate-900" data-testid="plan-due">
            {item.dueOn || t("results.plan.notSet")}
            {item.overdue && <span className="ms-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-900">{t("results.plan.overdue")}</span>}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-700">{t("results.plan.status")}</dt>
          <dd className="text-slate-900" data-testid="plan-status">{t(`results.plan.statuses.${item.status}`)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-700">{t("results.plan.priority")}</dt>
          <dd className="tabular-nums text-slate-900">{(item.priority * 100).toFixed(2)}</dd>
        </div>
      </dl>
      {item.status === "REJECTED" && item.rejectReason && (
        <p className="mt-2 text-sm text-slate-800">
          <span className="font-medium">{t("results.plan.rejectReason")}</span> {item.rejectReason}
        </p>
      )}
      {item.progressNote && (
        <p className="mt-2 whitespace-pre-line text-sm text-slate-800">
          <span className="font-medium">{t("results.plan.progressNote")}</span> {item.progressNote}
        </p>
      )}
      {message && !editing && <Alert tone={message.tone} className="mt-2 py-2">{message.text}</Alert>}
      {canEdit && !editing && (
        <div className="mt-3" data-print-hidden>
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => {
              setMessage(null);
              setEditing(true);
            }}
            aria-label={t("results.plan.editLabel", { question: item.questionCode })}
          >
            {t("results.plan.edit")}
          </Button>
        </div>
      )}
      {canEdit && editing && (
        <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-3 border-t border-slate-200 pt-3 sm:grid-cols-2" data-print-hidden>
          {owners.length > 0 && (
            <div>
              <Label htmlFor={`${id}-user`}>{t("results.plan.ownerUser")}</Label>
              <select id={`${id}-user`} className={fieldClass} {...form.register("ownerUserId")}>
                <option value="">{t("results.plan.ownerNone")}</option>
                {owners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
              <FieldError id={`${id}-user-error`} message={errors.ownerUserId?.message} />
            </div>
          )}
          <div>
            <Label htmlFor={`${id}-owner`}>{t("results.plan.ownerName")}</Label>
            <Input id={`${id}-owner`} className="mt-1" {...form.register("ownerName")} aria-invalid={!!errors.ownerName} />
            <FieldError id={`${id}-owner-error`} message={errors.ownerName?.message} />
          </div>
          <div>
            <Label htmlFor={`${id}-due`}>{t("results.plan.due")}</Label>
            <Input id={`${id}-due`} type="date" className="mt-1" {...form.register("dueOn")} aria-invalid={!!errors.dueOn} />
            <FieldError id={`${id}-due-error`} message={errors.dueOn?.message} />
          </div>
          <div>
            <Label htmlFor={`${id}-status`}>{t("results.plan.status")}</Label>
            <select id={`${id}-status`} className={fieldClass} {...form.register("status")}>
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`results.plan.statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {status === "REJECTED" && (
            <div className="sm:col-span-2">
              <Label htmlFor={`${id}-reject`}>{t("results.plan.rejectReason")}</Label>
              <textarea id={`${id}-reject`} rows={2} className={fieldClass} {...form.register("rejectReason")} aria-invalid={!!errors.rejectReason} aria-describedby={`${id}-reject-error`} />
              <FieldError id={`${id}-reject-error`} message={errors.rejectReason?.message} />
            </div>
          )}
          <div className="sm:col-span-2">
            <Label htmlFor={`${id}-note`}>{t("results.plan.progressNote")}</Label>
            <textarea id={`${id}-note`} rows={2} className={fieldClass} {...form.register("progressNote")} aria-invalid={!!errors.progressNote} />
            <FieldError id={`${id}-note-error`} message={errors.progressNote?.message} />
          </div>
          {message?.tone === "error" && <Alert tone="error" className="py-2 sm:col-span-2">{message.text}</Alert>}
          <div className="flex flex-wrap gap-2 sm:col-span-2">
            <Button type="submit" size="sm" disabled={pending}>
              {pending ? t("results.plan.saving") : t("results.plan.save")}
            </Button>
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={() => {
                form.reset(fieldsOf(item));
                setEditing(false);
              }}
            >
              {t("results.plan.cancel")}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
