import { PageMessages } from "@/components/i18n/client-messages";

/** The review page's forms' texts. */
export default function ReviewLayout({ children }: { children: React.ReactNode }) {
  return <PageMessages namespaces={["review"]}>{children}</PageMessages>;
}
