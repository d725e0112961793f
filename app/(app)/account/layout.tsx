import { PageMessages } from "@/components/i18n/client-messages";

/** The account page's forms' texts. */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <PageMessages namespaces={["account"]}>{children}</PageMessages>;
}
