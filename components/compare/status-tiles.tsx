import { getTranslations } from "next-intl/server";
import type { Tiles } from "@/lib/data/compare/league";

const ORDER: (keyof Tiles)[] = ["total", "notStarted", "inProgress", "submitted", "returned", "approved", "overdue"];

export async function StatusTiles({ tiles }: { tiles: Tiles }) {
  const t = await getTranslations("compare.tiles");
  return (
    <section aria-labelledby="tiles-heading">
      <h2 id="tiles-heading" className="sr-only">
        {t("heading")}
      </h2>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
        {ORDER.map((k) => (
          <div key={k} className={`rounded-lg border bg-white p-3 ${k === "overdue" && tiles.overdue > 0 ? "border-red-400" : "border-slate-300"}`}>
            <dt className="text-sm text-slate-700">{t(k)}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-tile={k}>
              {tiles[k]}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
