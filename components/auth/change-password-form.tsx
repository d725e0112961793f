"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/auth";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

export function ChangePasswordForm({ rule }: { rule: string }) {
  const t = useTranslations();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const res = await changePasswordAction(values);
    if (res.ok) {
      reset();
      setStatus({ tone: "success", text: t("account.passwordChanged") });
      return;
    }
    for (const issue of res.issues ?? []) {
      if ((FIELDS as readonly string[]).includes(issue.path)) {
        setError(issue.path as (typeof FIELDS)[number], { message: issue.message });
      }
    }
    setStatus({ tone: "error", text: t(`errors.${res.messageKey}`) });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 max-w-md space-y-4">
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      {FIELDS.map((name) => (
        <div key={name}>
          <Label htmlFor={name}>{t(`account.${name}`)}</Label>
          <Input
            id={name}
            type="password"
            autoComplete={name === "currentPassword" ? "current-password" : "new-password"}
            aria-invalid={!!errors[name]}
            aria-describedby={[name === "newPassword" ? "password-rule" : "", errors[name] ? `${name}-error` : ""]
              .filter(Boolean)
              .join(" ") || undefined}
            className="mt-1"
            {...register(name)}
          />
          {name === "newPassword" && (
            <p id="password-rule" className="mt-1 text-sm text-slate-700">
              {rule}
            </p>
          )}
          <FieldError id={`${name}-error`} message={errors[name]?.message} />
        </div>
      ))}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("account.saving") : t("account.save")}
      </Button>
    </form>
  );
}
