import { getTranslations } from "next-intl/server";
import { FORMULA_VERSION } from "@/lib/scoring";
import { linkClass } from "./anchors";
import { richTags } from "./rich";

const RULES = ["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10"] as const;

export async function FormulaSection() {
  const t = await getTranslations("methodology");
  return (
    <section id="formula" aria-labelledby="formula-heading" className="space-y-3 border-t-2 border-slate-300 pt-6">
      <h2 id="formula-heading" className="text-xl font-semibold text-slate-900">
        {t("formula.heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("formula.version", { version: FORMULA_VERSION })}</p>
      <p className="text-slate-800">{t.rich("formula.basis", richTags)}</p>
      <ol className="list-decimal space-y-3 rounded-lg border border-slate-300 bg-white p-5 pl-10 text-slate-800 shadow-sm">
        {RULES.map((rule) => (
          <li key={rule}>{t.rich(`formula.rules.${rule}`, richTags)}</li>
        ))}
      </ol>
      <p className="text-slate-800">{t("formula.snapshot")}</p>
      <p className="text-sm">
        <a href="#toc" className={linkClass}>
          {t("nav.backToToc")}
        </a>
      </p>
    </section>
  );
}
