import { getTranslations } from "next-intl/server";
import { bundledFramework, allQuestions, type Locale } from "@/lib/framework";
import { MAPPING_KINDS, type VersionMapping } from "@/lib/framework/versions/mapping-1.0-2.0";
import { anchorFor, linkClass } from "./anchors";

/** The mapping grouped by kind of change; a list of cards, so it reads at 375 px without a wide table. */
export async function VersionDiff({ mapping, locale }: { mapping: VersionMapping; locale: Locale }) {
  const t = await getTranslations("framework2.versions");
  const textOf = (version: string) => {
    const fw = bundledFramework(version);
    const map = new Map(fw ? allQuestions(fw).map((q) => [q.code, q.text[locale]]) : []);
    return (code: string) => map.get(code) ?? "";
  };
  const oldText = textOf(mapping.from);
  const newText = textOf(mapping.to);
  const list = (codes: string[], version: string, text: (c: string) => string) =>
    codes.length === 0 ? (
      <p className="text-sm text-slate-700">{t("none")}</p>
    ) : (
      <ul className="space-y-1 text-sm">
        {codes.map((c) => (
          <li key={c}>
            <a href={`/methodology?version=${version}#${anchorFor(c)}`} className={linkClass}>
              <span className="font-mono">{c}</span>
            </a>{" "}
            <span className="text-slate-800">{text(c)}</span>
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <p className="text-slate-800">{t("intro", { from: mapping.from, to: mapping.to })}</p>
      {MAPPING_KINDS.map((kind) => {
        const entries = mapping.entries.filter((e) => e.kind === kind);
        if (entries.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="space-y-3">
            <h2 id={`kind-${kind}`} className="text-xl font-semibold text-slate-900">
              {t(`kinds.${kind}`)} ({entries.length})
            </h2>
            <ul className="space-y-3">
              {entries.map((e) => (
                <li key={`${e.from.join()}>${e.to.join()}`} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm" data-testid="mapping-entry">
                  <div className="grid gap-3 sm:grid-cols-2">
                    <div>
                      <h3 className="text-sm font-semibold text-slate-900">{t("from", { version: mapping.from })}</h3>
                      {list(e.from, mapping.from, oldText)}
                    </div>
                    <div>
                      <h3 className="text-sm font-semibold text-slate-900">{t("to", { version: mapping.to })}</h3>
                      {list(e.to, mapping.to, newText)}
                    </div>
                  </div>
                  <p className="mt-2 text-sm text-slate-800">{e.note[locale]}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
