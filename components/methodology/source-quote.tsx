import { getTranslations } from "next-intl/server";
import { richTags } from "./rich";

/** The quote is verbatim from the (Chinese) paper, so it is marked zh-CN whatever the page language. */
export async function SourceQuote({ section, quote }: { section: string; quote: string }) {
  const t = await getTranslations("methodology.question");
  return (
    <figure className="mt-2">
      <blockquote lang="zh-CN" className="border-l-4 border-slate-500 bg-slate-50 py-1 pl-3 text-slate-900">
        {quote}
      </blockquote>
      <figcaption className="mt-1 text-sm text-slate-700">
        {t.rich("sourceCaption", { ...richTags, section })}
      </figcaption>
    </figure>
  );
}
