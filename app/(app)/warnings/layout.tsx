import { PageMessages } from "@/components/i18n/client-messages";

/** The warning forms' texts. */
export default function WarningsLayout({ children }: { children: React.ReactNode }) {
  return <PageMessages namespaces={["warnings"]}>{children}</PageMessages>;
}
