import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * Optional outgoing mail. Nothing in the app depends on it: a set-password
 * link is always shown to the admin, and mail is a convenience on top. So a
 * send never throws — it says what went wrong in a word the admin's page can
 * put into a sentence — and it gives up after a few seconds rather than keep
 * the admin waiting on a mail server that does not answer.
 */

export type MailFailure = "connection" | "auth" | "rejected" | "other";
export type MailResult = { ok: true } | { ok: false; reason: MailFailure };

export function smtpConfigured(): boolean {
  return !!env().SMTP_HOST;
}

/** Where mail comes from: SMTP_FROM, else the account it signs in with. */
export function mailFrom(): string {
  const e = env();
  return e.SMTP_FROM || e.SMTP_USER || `noreply@${e.SMTP_HOST ?? "localhost"}`;
}

function classify(err: unknown): MailFailure {
  const e = err as { code?: string; responseCode?: number };
  if (e.code === "EAUTH" || e.responseCode === 535 || e.responseCode === 530) return "auth";
  if (e.code === "EENVELOPE" || e.code === "EMESSAGE" || (typeof e.responseCode === "number" && e.responseCode >= 500)) return "rejected";
  if (["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED", "ETLS", "EGREETING"].includes(e.code ?? "")) return "connection";
  return "other";
}

export async function sendMail(message: { to: string; subject: string; text: string }): Promise<MailResult> {
  const e = env();
  if (!e.SMTP_HOST) return { ok: false, reason: "other" };
  const transport = nodemailer.createTransport({
    host: e.SMTP_HOST,
    port: e.SMTP_PORT,
    secure: e.SMTP_PORT === 465,
    auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? "" } : undefined,
    connectionTimeout: 8_000,
    greetingTimeout: 8_000,
    socketTimeout: 15_000,
  });
  try {
    await transport.sendMail({ from: mailFrom(), to: message.to, subject: message.subject, text: message.text });
    return { ok: true };
  } catch (err) {
    const reason = classify(err);
    // The admin sees the reason in words; the log keeps the server's answer (never the message, which holds a link).
    logger().warn({ reason, code: (err as { code?: string }).code, response: (err as { response?: string }).response }, "mail: could not send");
    return { ok: false, reason };
  } finally {
    transport.close();
  }
}
