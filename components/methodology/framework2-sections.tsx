import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Framework, Locale, Question } from "@/lib/framework";
import { allQuestions } from "@/lib/framework";
import { GUIDELINE_PARTS, NIST_FUNCTIONS } from "@/lib/framework/instruments";
import { anchorFor, linkClass } from "./anchors";

const card = "rounded-lg border border-slate-300 bg-white p-5 shadow-sm";

/** 2.0: the answering rule and the glossary (one term per concept). */
export async function GlossarySection({ framework, locale }: { framework: Framework; locale: Locale }) {
  const t = await getTranslations("framework2.methodology");
  if (!framework.glossary && !framework.answeringRule) return null;
  return (
    <section id="glossary" aria-labelledby="glossary-heading" className={card}>
      {framework.answeringRule && (
        <>
          <h2 className="text-lg font-semibold text-slate-900">{t("answeringRule")}</h2>
          <p className="mt-2 text-slate-800">{framework.answeringRule[locale]}</p>
        </>
      )}
      <h2 id="glossary-heading" className="mt-5 text-lg font-semibold text-slate-900">
        {t("glossary")}
      </h2>
      <dl className="mt-3 space-y-3">
        {(framework.glossary ?? []).map((g) => (
          <div key={g.term["zh-CN"]}>
            <dt className="font-semibold text-slate-900">{g.term[locale]}</dt>
            <dd className="text-sm text-slate-800">{g.definition[locale]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** 2.0: the applicability questions and the declared rules, read from the framework data. */
export async function ProfileRulesSection({ framework, locale }: { framework: Framework; locale: Locale }) {
  const t = await getTranslations("framework2.methodology");
  const profile = framework.profile;
  if (!profile) return null;
  const conditionText = (when: { question: string; in: string[] }[]) =>
    when
      .map((c) => {
        const n = profile.questions.findIndex((q) => q.id === c.question);
        const q = profile.questions[n];
        const labels = c.in.map((o) => q?.options.find((x) => x.id === o)?.label[locale] ?? o).join(" / ");
        return locale === "zh-CN" ? `第 ${n + 1} 题为“${labels}”` : `question ${n + 1} is "${labels}"`;
      })
      .join(locale === "zh-CN" ? "且" : " and ");
  return (
    <section id="profile" aria-labelledby="profile-heading" className={card}>
      <h2 id="profile-heading" className="text-lg font-semibold text-slate-900">
        {t("profileHeading")}
      </h2>
      <p className="mt-2 text-slate-800">{t("profileIntro")}</p>
      <ol className="mt-3 list-decimal space-y-1 pl-6 text-sm text-slate-900">
        {profile.questions.map((q) => (
          <li key={q.id}>
            {q.text[locale]}（{q.options.map((o) => o.label[locale]).join(" / ")}）
          </li>
        ))}
      </ol>
      <ul className="mt-4 space-y-3 text-sm text-slate-800">
        {profile.rules.map((r) => (
          <li key={r.id}>
            {r.notApplicable?.length ? (
              <>
                <span className="font-medium text-slate-900">{t("profileRule", { conditions: conditionText(r.when) })}</span>{" "}
                {r.notApplicable.map((code, i) => (
                  <span key={code}>
                    {i > 0 && "、"}
                    <a href={`#${anchorFor(code)}`} className={`${linkClass} font-mono`}>
                      {code}
                    </a>
                  </span>
                ))}
              </>
            ) : (
              <>
                <span className="font-medium text-slate-900">{t("helpRule", { conditions: conditionText(r.when) })}</span>{" "}
                {Object.keys(r.helpVariants ?? {}).map((code, i) => (
                  <span key={code}>
                    {i > 0 && "、"}
                    <a href={`#${anchorFor(code)}`} className={`${linkClass} font-mono`}>
                      {code}
                    </a>
                  </span>
                ))}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface CrosswalkFilter {
  nist?: string;
  guideline?: string;
}

function matches(q: Question, f: CrosswalkFilter): boolean {
  return (q.basis ?? []).some(
    (b) =>
      (f.nist && b.instrument === "NIST_AI_RMF" && b.clause.startsWith(`${f.nist} `)) ||
      (f.guideline && b.instrument === "GUIDELINE" && b.clause.startsWith(f.guideline)),
  );
}

/** 2.0: filter the questions by NIST function or guideline part (plain links: works without script). */
export async function CrosswalkSection({ framework, locale, filter }: { framework: Framework; locale: Locale; filter: CrosswalkFilter }) {
  const t = await getTranslations("framework2.methodology.crosswalk");
  const questions = allQuestions(framework);
  if (!questions.some((q) => q.basis)) return null;
  const active = !!(filter.nist || filter.guideline);
  const shown = active ? questions.filter((q) => matches(q, filter)) : [];
  const href = (p: CrosswalkFilter) =>
    `/methodology?version=${framework.version}${p.nist ? `&nist=${p.nist}` : ""}${p.guideline ? `&guideline=${encodeURIComponent(p.guideline)}` : ""}#crosswalk`;
  const pill = (current: boolean) =>
    current ? "rounded border-2 border-blue-800 bg-blue-50 px-2 py-1 font-semibold text-slate-900" : `rounded border border-slate-400 px-2 py-1 ${linkClass}`;
  return (
    <section id="crosswalk" aria-labelledby="crosswalk-heading" className={card}>
      <h2 id="crosswalk-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="mt-2 text-slate-800">{t("intro")}</p>
      <p className="mt-3 text-sm font-semibold text-slate-900">{t("byNist")}</p>
      <ul className="mt-1 flex flex-wrap gap-2 text-sm">
        {NIST_FUNCTIONS.map((fn) => (
          <li key={fn}>
            <Link href={href({ nist: fn })} className={pill(filter.nist === fn)} aria-current={filter.nist === fn ? "true" : undefined}>
              {fn} ({questions.filter((q) => matches(q, { nist: fn })).length})
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm font-semibold text-slate-900">{t("byGuideline")}</p>
      <ul className="mt-1 flex flex-wrap gap-2 text-sm">
        {GUIDELINE_PARTS.map((part) => (
          <li key={part}>
            <Link href={href({ guideline: part })} className={pill(filter.guideline === part)} aria-current={filter.guideline === part ? "true" : undefined}>
              <span lang="zh-CN">{part}</span> ({questions.filter((q) => matches(q, { guideline: part })).length})
            </Link>
          </li>
        ))}
      </ul>
      {active && (
        <div className="mt-4">
          <p className="text-sm font-medium text-slate-900" data-testid="crosswalk-count">
            {shown.length ? t("count", { count: shown.length }) : t("none")}{" "}
            <Link href={`/methodology?version=${framework.version}#crosswalk`} className={linkClass}>
              {t("clear")}
            </Link>
          </p>
          <ul className="mt-2 space-y-1 text-sm">
            {shown.map((q) => (
              <li key={q.code}>
                <a href={`#${anchorFor(q.code)}`} className={linkClass}>
                  <span className="font-mono">{q.code}</span> {q.text[locale]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
