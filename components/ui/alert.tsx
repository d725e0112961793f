import * as React from "react";
import { cn } from "@/lib/utils";

const tones = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-blue-700 bg-blue-50 text-blue-900",
} as const;

/** role=alert for errors (announced at once), role=status otherwise. */
export function Alert({
  tone = "info",
  className,
  ...props
}: React.HTMLAttributes<HTMLDivElement> & { tone?: keyof typeof tones }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("rounded-md border-l-4 px-4 py-3 text-sm", tones[tone], className)}
      {...props}
    />
  );
}
