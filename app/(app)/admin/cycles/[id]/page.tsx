import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CycleControls } from "@/components/admin/cycle-controls";
import { Alert } from "@/components/ui/alert";
import { requireRole } from "@/lib/auth/guard";
import { getAdminCycle } from "@/lib/data/admin/cycles";
import { listAdminUnits, listSectors } from "@/lib/data/admin/org-units";
import { isAppError } from "@/lib/errors";

export async function generateMetadata() {
  const t = await getTranslations("admin.cycles");
  return { title: t("title") };
}

export default async function AdminCyclePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireRole(["SYS_ADMIN"]);
  const { id } = await params;
  const sp = await searchParams;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const cycle = await getAdminCycle(actor, id).catch((err) => {
    if (isAppError(err) && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const [t, locale, units, sectors] = await Promise.all([getTranslations(), getLocale(), listAdminUnits(actor), listSectors()]);
  const en = locale === "en";
  return (
    <div>
      <Link href="/admin/cycles" className="text-sm text-blue-800 underline underline-offset-4">
        {t("admin.cycles.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{en ? cycle.nameEn : cycle.nameZh}</h1>
      <p className="mt-1 text-slate-700">
        {t(`admin.cycles.status${cycle.status}`)} · {cycle.opensOn} – {cycle.closesOn}
      </p>
      {sp.created === "1" && (
        <Alert tone="success" className="mt-3">
          {t("admin.cycles.created")}
        </Alert>
      )}
      <div className="mt-4">
        <CycleControls
          cycle={{ id: cycle.id, status: cycle.status, closesOn: cycle.closesOn }}
          participants={cycle.participants.map((p) => ({ id: p.id, code: p.code, name: en ? p.nameEn : p.nameZh }))}
          units={units.filter((u) => u.active).map((u) => ({ value: u.id, label: `${"　".repeat(u.depth)}${en ? u.nameEn : u.nameZh}` }))}
          kinds={(["DEPARTMENT", "OFFICE"] as const).map((k) => ({ value: k, label: t(`orgKinds.${k}`) }))}
          sectors={sectors.map((s) => ({ value: s.code, label: en ? s.nameEn : s.nameZh }))}
        />
      </div>
    </div>
  );
}
