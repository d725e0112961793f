"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { redeemSetPasswordAction, requiredPasswordChangeAction } from "@/app/(auth)/set-password/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { redeemTokenSchema } from "@/lib/validation/admin-passwords";
import { changePasswordSchema } from "@/lib/validation/auth";
import { FormField } from "./form-field";
import { useAdminText } from "./use-admin-text";

type Values = { token?: string; currentPassword?: string; newPassword: string; confirmPassword: string };

/**
 * Two uses: with a one-time link token (no session; no current password), or
 * the required change after an admin-set password (signed in; the current
 * password is asked for, as for any change).
 */
export function SetPasswordForm({ token, rule }: { token?: string; rule: string }) {
  const t = useTranslations();
  const text = useAdminText();
  const router = useRouter();
  const [error, setErrorText] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver((token ? redeemTokenSchema : changePasswordSchema) as never) as never,
    defaultValues: token ? { token, newPassword: "", confirmPassword: "" } : { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const err = (f: keyof Values) => formState.errors[f]?.message as string | undefined;
  const onSubmit = handleSubmit(async (values) => {
    setErrorText(null);
    const res = token
      ? await redeemSetPasswordAction({ token, newPassword: values.newPassword, confirmPassword: values.confirmPassword })
      : await requiredPasswordChangeAction({ currentPassword: values.currentPassword ?? "", newPassword: values.newPassword, confirmPassword: values.confirmPassword });
    if (res.ok) {
      if (token) setDone(true);
      else router.replace("/");
      return;
    }
    for (const i of res.issues ?? []) if (["currentPassword", "newPassword", "confirmPassword"].includes(i.path)) setError(i.path as keyof Values, { message: i.message });
    setErrorText(text.failure(res));
  });
  if (done) {
    return (
      <div className="mt-4 space-y-3">
        <Alert tone="success">{t("admin.setPassword.done")}</Alert>
        <Link href="/sign-in" className="inline-block text-blue-800 underline underline-offset-4">
          {t("admin.setPassword.signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      {!token && (
        <FormField id="currentPassword" label={t("admin.setPassword.currentPassword")} error={err("currentPassword")}>
          <Input type="password" autoComplete="current-password" {...register("currentPassword")} />
        </FormField>
      )}
      <FormField id="newPassword" label={t("admin.setPassword.newPassword")} error={err("newPassword")} hint={rule}>
        <Input type="password" autoComplete="new-password" {...register("newPassword")} />
      </FormField>
      <FormField id="confirmPassword" label={t("admin.setPassword.confirmPassword")} error={err("confirmPassword")}>
        <Input type="password" autoComplete="new-password" {...register("confirmPassword")} />
      </FormField>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("admin.common.saving") : t("admin.setPassword.submit")}
      </Button>
    </form>
  );
}
