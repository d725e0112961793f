import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/admin/set-password-form";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { currentActor } from "@/lib/auth/guard";
import { env } from "@/lib/env";

export async function generateMetadata() {
  const t = await getTranslations("admin.setPassword");
  return { title: t("title") };
}

/** Where requireActor sends a user an administrator set up: nothing else works until a new password is set. */
export default async function RequiredPasswordPage() {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  if (!actor.mustChangePassword) redirect("/");
  const t = await getTranslations();
  const { PASSWORD_MIN_LENGTH, PASSWORD_MIN_CLASSES } = env();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="mb-4 flex justify-end gap-2">
        <LocaleSwitch />
        <SignOutButton userId={actor.userId} />
      </div>
      <h1 className="text-2xl font-semibold text-slate-900">{t("admin.setPassword.title")}</h1>
      <div className="mt-6 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <p className="text-sm text-slate-700">{t("admin.setPassword.requiredIntro")}</p>
        <SetPasswordForm rule={t("account.passwordRule", { min: PASSWORD_MIN_LENGTH, classes: PASSWORD_MIN_CLASSES })} />
      </div>
    </main>
  );
}
