"use client";
import { Alert } from "@/components/ui/alert";

export type FormMessageState = { tone: "success" | "error"; text: string } | null;

/** A form's outcome: errors as alerts, success as a polite status. */
export function FormMessage({ message }: { message: FormMessageState }) {
  if (!message) return null;
  return (
    <Alert tone={message.tone} className="mt-2 py-2">
      {message.text}
    </Alert>
  );
}
