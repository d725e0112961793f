import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/admin/set-password-form";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { Alert } from "@/components/ui/alert";
import { setPasswordTokenIsValid } from "@/lib/data/admin/passwords";
import { env } from "@/lib/env";

export async function generateMetadata() {
  const t = await getTranslations("admin.setPassword");
  // The token is in the URL: never send it onward as a Referer.
  return { title: t("title"), referrer: "no-referrer" as const, robots: { index: false } };
}

/** A one-time set-password link from an administrator. The token is checked again when the form is sent. */
export default async function SetPasswordByLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const valid = /^[A-Za-z0-9_-]{20,100}$/.test(token) && (await setPasswordTokenIsValid(token));
  const t = await getTranslations();
  const { PASSWORD_MIN_LENGTH, PASSWORD_MIN_CLASSES } = env();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="mb-4 flex justify-end">
        <LocaleSwitch />
      </div>
      <h1 className="text-2xl font-semibold text-slate-900">{t("admin.setPassword.title")}</h1>
      <div className="mt-6 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        {valid ? (
          <>
            <p className="text-sm text-slate-700">{t("admin.setPassword.linkIntro")}</p>
            <SetPasswordForm token={token} rule={t("account.passwordRule", { min: PASSWORD_MIN_LENGTH, classes: PASSWORD_MIN_CLASSES })} />
          </>
        ) : (
          <Alert tone="error">{t("admin.setPassword.invalidLink")}</Alert>
        )}
      </div>
    </main>
  );
}
