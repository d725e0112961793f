import { PageMessages } from "@/components/i18n/client-messages";

/** The sign-in and set-password forms' texts (the set-password form shares the admin texts). */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <PageMessages namespaces={["signIn", "admin"]}>{children}</PageMessages>;
}
