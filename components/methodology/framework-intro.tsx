import { getTranslations } from "next-intl/server";
import type { Framework, Locale } from "@/lib/framework";

export async function FrameworkIntro({ framework, locale }: { framework: Framework; locale: Locale }) {
  const t = await getTranslations("methodology");
  return (
    <div>
      <h1 className="text-2xl font-semibold text-slate-900 sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-slate-800">{t("intro")}</p>
      <div className="mt-5 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
        <p className="text-lg font-semibold text-slate-900">
          {framework.name[locale]}{" "}
          <span className="text-sm font-normal text-slate-700">
            {t("frameworkVersion", { version: framework.version })}
          </span>
        </p>
        <p className="mt-2 text-slate-800">{framework.description[locale]}</p>
      </div>
    </div>
  );
}
