"use client";
import { useTranslations } from "next-intl";
import type { MissingItem } from "@/lib/data/assessments/types";

/** What still stops submission; each item opens its question. */
export function MissingList({
  items,
  onOpen,
  labelledBy,
}: {
  items: readonly MissingItem[];
  onOpen: (questionCode: string) => void;
  labelledBy: string;
}) {
  const t = useTranslations("validation.missing");
  return (
    <ul aria-labelledby={labelledBy} className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 xl:grid-cols-3">
      {items.map((m) => (
        <li key={`${m.questionCode}-${m.reason}`}>
          <a
            href={`?i=${encodeURIComponent(m.questionCode.split(".").slice(0, 2).join("."))}`}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
              e.preventDefault();
              onOpen(m.questionCode);
            }}
            className="text-blue-800 underline underline-offset-4 hover:text-blue-950"
          >
            <span className="font-mono">{m.questionCode}</span> {t(m.reason)}
          </a>
        </li>
      ))}
    </ul>
  );
}
