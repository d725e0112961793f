import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: t("name"), template: `%s · ${t("shortName")}` },
    manifest: "/manifest.webmanifest",
    // An intranet tool: no page is to be indexed, even if a crawler ignores robots.txt.
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Client components only need these namespaces; the long methodology texts stay on the server.
const CLIENT_NAMESPACES = [
  "app", "nav", "signIn", "account", "users", "locale", "errors", "validation", "common", "levels", "questionnaire", "review", "results",
  "admin", "roles", "orgKinds", "framework2",
  // Issue 9: the warning state form, thresholds form and "check now" button.
  "warnings",
  // Issue 10 §3: the carry-over banner and notes, the framework import panel.
  "carryover", "frameworkAdmin",
] as const;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
