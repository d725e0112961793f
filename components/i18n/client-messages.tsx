import type { AbstractIntlMessages } from "next-intl";
import { getMessages } from "next-intl/server";
import { MoreMessages } from "./more-messages";

/**
 * The message namespaces the root layout sends to the browser on every page:
 * those of the shell (header, sign-out, language switch, error pages) and of
 * the client components many pages share (questionnaire, results, carry-over,
 * framework 2.0, levels, validation). The long server-only texts (methodology,
 * tables) never go to the browser.
 */
export const SHELL_NAMESPACES = [
  "app", "nav", "locale", "errors", "validation", "common", "levels", "questionnaire", "results", "framework2", "carryover",
] as const;

/**
 * Namespaces only some pages' client components use; those pages (or their
 * layouts) add them with <PageMessages>, so the questionnaire, say, does not
 * carry the admin forms' texts. Every client component's namespace must be in
 * SHELL_NAMESPACES or added by each page that renders it
 * (tests/unit/client-messages.test.ts checks the mapping).
 */
export const PAGE_NAMESPACES = ["signIn", "account", "users", "admin", "roles", "orgKinds", "warnings", "review", "frameworkAdmin"] as const;
export type PageNamespace = (typeof PAGE_NAMESPACES)[number];

export function pickNamespaces(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
}

/** The page's own namespaces, added to the shell's for the client components below. */
export async function PageMessages({ namespaces, children }: { namespaces: readonly PageNamespace[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <MoreMessages messages={pickNamespaces(messages, namespaces)}>{children}</MoreMessages>;
}
