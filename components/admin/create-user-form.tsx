"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { createUserSchema, ROLE_VALUES, type CreateUserInput } from "@/lib/validation/admin-users";
import { FormField, selectClass } from "./form-field";
import type { LinkMail } from "@/lib/data/admin/link-mail";
import { LinkNotice } from "./link-notice";
import type { Option } from "./unit-types";
import { useAdminText } from "./use-admin-text";

const FIELDS = ["displayName", "email", "phone", "role", "orgUnitId"] as const;

export function CreateUserForm({ units }: { units: Option[] }) {
  const t = useTranslations();
  const text = useAdminText();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [link, setLink] = useState<{ token: string; expiresAt: string; mail?: LinkMail } | null>(null);
  const { register, handleSubmit, reset, setError, formState } = useForm<CreateUserInput>({
    resolver: zodResolver(createUserSchema) as never,
    defaultValues: { displayName: "", email: "", phone: "", role: "RESPONDENT", orgUnitId: units[0]?.value ?? "" },
  });
  const err = (f: (typeof FIELDS)[number]) => formState.errors[f]?.message as string | undefined;
  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    setLink(null);
    const res = await createUserAction(values);
    if (res.ok) {
      reset({ ...values, displayName: "", email: "", phone: "" });
      setStatus({ tone: "success", text: t("admin.users.created") });
      setLink({ token: res.data.token, expiresAt: res.data.expiresAt, mail: res.data.mail });
      return;
    }
    for (const i of res.issues ?? []) if ((FIELDS as readonly string[]).includes(i.path)) setError(i.path as never, { message: i.message });
    setStatus({ tone: "error", text: text.failure(res) });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <FormField id="user-name" label={t("admin.users.name")} error={err("displayName")}>
        <Input autoComplete="off" {...register("displayName")} />
      </FormField>
      <FormField id="user-email" label={t("admin.users.email")} error={err("email")}>
        <Input type="email" autoComplete="off" {...register("email")} />
      </FormField>
      <FormField id="user-phone" label={t("admin.users.phone")} error={err("phone")}>
        <Input type="tel" autoComplete="off" {...register("phone")} />
      </FormField>
      <FormField id="user-role" label={t("admin.users.initialRole")} error={err("role")}>
        <select className={selectClass} {...register("role")}>
          {ROLE_VALUES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="user-unit" label={t("admin.users.initialUnit")} error={err("orgUnitId")} className="sm:col-span-2">
        <select className={selectClass} {...register("orgUnitId")}>
          {units.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </select>
      </FormField>
      <div className="sm:col-span-2">
        {status && <Alert tone={status.tone}>{status.text}</Alert>}
        {link && <LinkNotice token={link.token} expiresAt={link.expiresAt} mail={link.mail} onClose={() => setLink(null)} />}
        <Button type="submit" className="mt-2" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("admin.common.saving") : t("admin.users.create")}
        </Button>
      </div>
    </form>
  );
}
