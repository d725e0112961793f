import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/messages";
import { sendMail, smtpConfigured, type MailFailure } from "@/lib/mail/smtp";

/** What became of mailing a set-password link, for the admin's page (the link itself is always shown). */
export type LinkMail =
  | { status: "off" }
  | { status: "sent"; to: string }
  | { status: "failed"; to: string | null; reason: MailFailure | "noAddress" };

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** The message in both languages (Chinese first): the sender does not know which one the person reads. */
export function setPasswordMail(input: { name: string; url: string; expiresAt: Date }): { subject: string; text: string } {
  const timeZone = env().APP_TIME_ZONE;
  const part = (locale: AppLocale) =>
    fill(translate(locale, "admin.mail.body"), {
      name: input.name,
      url: input.url,
      expires: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(input.expiresAt),
    });
  return {
    subject: `${translate("zh-CN", "admin.mail.subject")} / ${translate("en", "admin.mail.subject")}`,
    text: `${part("zh-CN")}\n\n----\n\n${part("en")}\n`,
  };
}

/**
 * With SMTP configured, mails a one-time set-password link (just issued to a
 * user the admin may manage) to that user. The link's address is NEXTAUTH_URL
 * when set, otherwise the address the admin's own request came to.
 * Never throws: the admin is told in words what happened.
 */
export async function mailSetPasswordLink(
  userId: string,
  link: { token: string; expiresAt: Date },
  requestOrigin: string | null,
): Promise<LinkMail> {
  if (!smtpConfigured()) return { status: "off" };
  try {
    const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, displayName: true } });
    if (!user) return { status: "failed", to: null, reason: "other" };
    const base = env().NEXTAUTH_URL ?? requestOrigin;
    if (!base) return { status: "failed", to: user.email, reason: "noAddress" };
    const url = new URL(`/set-password/${link.token}`, base).toString();
    const sent = await sendMail({ to: user.email, ...setPasswordMail({ name: user.displayName, url, expiresAt: link.expiresAt }) });
    return sent.ok ? { status: "sent", to: user.email } : { status: "failed", to: user.email, reason: sent.reason };
  } catch {
    return { status: "failed", to: null, reason: "other" };
  }
}
