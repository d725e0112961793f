import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutEverywhere } from "@/components/auth/sign-out-everywhere";
import { Card, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/guard";
import { env } from "@/lib/env";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  await requireActor();
  const t = await getTranslations("account");
  const { PASSWORD_MIN_LENGTH, PASSWORD_MIN_CLASSES } = env();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Card>
        <CardTitle>{t("changePassword")}</CardTitle>
        <ChangePasswordForm rule={t("passwordRule", { min: PASSWORD_MIN_LENGTH, classes: PASSWORD_MIN_CLASSES })} />
      </Card>
      <Card>
        <CardTitle>{t("signOutEverywhere")}</CardTitle>
        <SignOutEverywhere />
      </Card>
    </div>
  );
}
