import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <div role="status" className="space-y-4">
      <p className="text-slate-700">{t("loading")}</p>
      <div aria-hidden="true" className="h-28 animate-pulse rounded-lg bg-slate-200 motion-reduce:animate-none" />
      <div aria-hidden="true" className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <div className="h-96 animate-pulse rounded-lg bg-slate-200 motion-reduce:animate-none" />
        <div className="h-96 animate-pulse rounded-lg bg-slate-200 motion-reduce:animate-none" />
      </div>
    </div>
  );
}
