"use client";
import * as React from "react";
import { Label } from "@/components/ui/label";
import { useAdminText } from "./use-admin-text";

export { selectClass } from "./styles";

/** A labelled control with its error underneath; the child gets the id, aria-invalid and aria-describedby. */
export function FormField({
  id,
  label,
  error,
  hint,
  children,
  className,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: React.ReactElement<Record<string, unknown>>;
  className?: string;
}) {
  const text = useAdminText();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <Label htmlFor={id}>{label}</Label>
      <div className="mt-1">{React.cloneElement(children, { id, "aria-invalid": !!error, "aria-describedby": describedBy })}</div>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {text.issue(error)}
        </p>
      )}
    </div>
  );
}
