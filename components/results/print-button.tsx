"use client";
import { Printer } from "lucide-react";
import { Button } from "@/components/ui/button";

/** The browser's own print dialog; the page's print stylesheet (print.css) leaves only the report. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="secondary" size="sm" onClick={() => window.print()}>
      <Printer className="size-4" aria-hidden="true" />
      {label}
    </Button>
  );
}
