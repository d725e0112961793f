import { PageMessages } from "@/components/i18n/client-messages";
import { requireRole } from "@/lib/auth/guard";

// The role check sits here, outside loading.tsx's Suspense boundary: a notFound() thrown
// after streaming has begun would still answer 200, and other roles must get a real 404.
export default async function ReviewsLayout({ children }: { children: React.ReactNode }) {
  await requireRole(["REVIEWER"]);
  return <PageMessages namespaces={["review"]}>{children}</PageMessages>;
}
