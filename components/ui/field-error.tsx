"use client";
import { useTranslations } from "next-intl";

/** Shows a validation message; messages are catalogue keys under "validation." (see lib/validation). */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const t = useTranslations("validation");
  if (!message) return null;
  const text = t.has(message) ? t(message) : t("invalid");
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {text}
    </p>
  );
}
