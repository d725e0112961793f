import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { currentActor } from "@/lib/auth/guard";
import { env } from "@/lib/env";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage() {
  // A valid session goes home; a stale cookie (revoked, idle, deactivated) stays here to sign in again.
  if (await currentActor()) redirect("/");
  const t = await getTranslations();
  const { AUTH_LOCKOUT_THRESHOLD, AUTH_LOCKOUT_MINUTES } = env();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="mb-4 flex justify-end">
        <LocaleSwitch />
      </div>
      <h1 className="text-2xl font-semibold text-slate-900">{t("app.name")}</h1>
      <div className="mt-6 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <h2 className="text-xl font-semibold">{t("signIn.title")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("signIn.subtitle")}</p>
        <SignInForm lockoutThreshold={AUTH_LOCKOUT_THRESHOLD} lockoutMinutes={AUTH_LOCKOUT_MINUTES} />
      </div>
      <Link href="/methodology" className="mt-6 text-sm text-blue-800 underline underline-offset-4">
        {t("signIn.methodologyLink")}
      </Link>
    </main>
  );
}
