import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-blue-800 underline">
        {t("backHome")}
      </Link>
    </main>
  );
}
