import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { bundledFrameworks, latestFramework } from "@/lib/framework";
import { linkClass } from "./anchors";

/** Links to every published version of the framework (1.0 stays readable), and to the diff. */
export async function VersionSwitch({ version }: { version: string }) {
  const t = await getTranslations("framework2.methodology");
  return (
    <nav aria-label={t("versionsLabel")} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {bundledFrameworks.map((f) => {
          const label = f.version === latestFramework.version ? t("versionCurrent", { version: f.version }) : t("versionOld", { version: f.version });
          return (
            <li key={f.version}>
              {f.version === version ? (
                <span aria-current="page" className="font-semibold text-slate-900">
                  {label}
                </span>
              ) : (
                <Link href={`/methodology?version=${f.version}`} className={linkClass}>
                  {label}
                </Link>
              )}
            </li>
          );
        })}
        <li>
          <Link href="/methodology/versions?from=1.0&to=2.0" className={linkClass}>
            {t("diffLink")}
          </Link>
        </li>
      </ul>
      <p className="mt-2 text-sm text-slate-700">
        {t("viewing", { version })} {version !== latestFramework.version && t("oldNote")}
      </p>
    </nav>
  );
}
