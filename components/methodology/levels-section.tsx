import { getTranslations } from "next-intl/server";
import { LEVEL_NAMES, type Level, type Locale } from "@/lib/framework";
import { questionScore } from "@/lib/scoring/levels";

const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

export async function LevelsSection({ locale }: { locale: Locale }) {
  const t = await getTranslations("methodology.levels");
  return (
    <section id="levels" aria-labelledby="levels-heading" className="space-y-3">
      <h2 id="levels-heading" className="text-xl font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="text-slate-800">{t("intro")}</p>
      <ol className="space-y-2">
        {LEVELS.map((level) => (
          <li key={level} className="rounded-lg border border-slate-300 bg-white p-4">
            <p className="font-semibold text-slate-900">
              L{level} {LEVEL_NAMES[level][locale]}
              <span className="ml-2 text-sm font-normal text-slate-700">
                {t("score", { score: questionScore(level) })}
              </span>
            </p>
            <p className="mt-1 text-sm text-slate-800">{t(`l${level}`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
