import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("common");
  return (
    <p role="status" className="text-slate-700">
      {t("loading")}
    </p>
  );
}
