"use client";

/** A bar for the eye; the numbers next to it are the accessible text. */
export function ProgressBar({ answered, total, className }: { answered: number; total: number; className?: string }) {
  const pct = total === 0 ? 0 : Math.round((answered / total) * 100);
  return (
    <div aria-hidden="true" className={`h-2 w-full overflow-hidden rounded-full bg-slate-200 ${className ?? ""}`}>
      <div className="h-full rounded-full bg-blue-800" style={{ width: `${pct}%` }} />
    </div>
  );
}
