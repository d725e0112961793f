import { getTranslations } from "next-intl/server";
import type { Framework, Locale } from "@/lib/framework";
import { anchorFor, linkClass } from "./anchors";

export async function TableOfContents({ framework, locale }: { framework: Framework; locale: Locale }) {
  const t = await getTranslations("methodology");
  return (
    <nav id="toc" aria-labelledby="toc-heading" className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
      <h2 id="toc-heading" className="text-lg font-semibold text-slate-900">
        {t("toc.heading")}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-slate-900">
        <li>
          <a href="#about" className={linkClass}>
            {t("about.heading")}
          </a>
        </li>
        <li>
          <a href="#levels" className={linkClass}>
            {t("levels.heading")}
          </a>
        </li>
        {framework.dimensions.map((d) => (
          <li key={d.code}>
            <a href={`#${anchorFor(d.code)}`} className={linkClass}>
              <span className="font-mono">{d.code}</span> {d.name[locale]}
            </a>
          </li>
        ))}
        <li>
          <a href="#formula" className={linkClass}>
            {t("formula.heading")}
          </a>
        </li>
      </ol>
    </nav>
  );
}
