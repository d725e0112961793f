import { PageMessages } from "@/components/i18n/client-messages";

/** The admin forms' texts: users, roles, organisation units, cycles, frameworks. */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <PageMessages namespaces={["admin", "users", "roles", "orgKinds", "frameworkAdmin"]}>{children}</PageMessages>;
}
