import { randomBytes } from "node:crypto";
import { createServer, type Server, type Socket } from "node:net";
import { headers } from "next/headers";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createUserAction, resetPasswordAction } from "@/app/(app)/admin/users/actions";
import { redeemSetPasswordAction } from "@/app/(auth)/set-password/actions";
import { disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { actAs, createUser, createWorld, type FixtureUser } from "./fixtures";

/**
 * Optional SMTP (issue 7 §3): with SMTP_HOST set, the admin's reset (and a new
 * account) also mails the one-time link to the user; the link is still shown
 * to the admin, and a failed send is said in words, never an error page.
 * The mail server is a tiny sink speaking just enough SMTP, on this helper's port.
 */

const SINK_PORT = 3301;
/** Nothing listens here: the "mail server down" case. */
const DEAD_PORT = 3302;
const ORIGIN = "https://aigov.example.gov.cn";

interface Received {
  from: string;
  to: string[];
  data: string;
  auth: string | null;
}

let sink: Server;
const inbox: Received[] = [];
/** The sink refuses every sign-in while set. */
let refuseAuth = false;

function startSink(): Promise<Server> {
  const server = createServer((socket: Socket) => {
    let buffer = "";
    let inData = false;
    let mail: Received = { from: "", to: [], data: "", auth: null };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 sink ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          inbox.push(mail);
          mail = { from: "", to: [], data: "", auth: mail.auth };
          reply("250 queued");
          continue;
        }
        const nl = buffer.indexOf("\r\n");
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.split(" ")[0]!.toUpperCase();
        if (verb === "EHLO") socket.write("250-sink\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n");
        else if (verb === "HELO") reply("250 sink");
        else if (verb === "AUTH") {
          mail.auth = line;
          reply(refuseAuth ? "535 5.7.8 Authentication credentials invalid" : "235 2.7.0 Authentication successful");
        } else if (verb === "MAIL") {
          mail.from = line;
          reply("250 OK");
        } else if (verb === "RCPT") {
          mail.to.push(/<([^>]+)>/.exec(line)?.[1] ?? line);
          reply("250 OK");
        } else if (verb === "DATA") {
          inData = true;
          reply("354 go ahead");
        } else if (verb === "QUIT") {
          reply("221 bye");
          socket.end();
        } else if (verb === "RSET" || verb === "NOOP") reply("250 OK");
        else reply("502 not implemented");
      }
    });
    socket.on("error", () => {});
  });
  return new Promise((resolve) => server.listen(SINK_PORT, "127.0.0.1", () => resolve(server)));
}

/** The text part of a received message, whichever transfer encoding the sender chose. */
function bodyText(raw: string): string {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split);
  const body = raw.slice(split + 4).replace(/^\.\./gm, ".");
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

function useSmtp(port: number | null) {
  for (const k of ["SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_FROM"]) delete process.env[k];
  if (port !== null) {
    Object.assign(process.env, {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(port),
      SMTP_USER: "aigov-mailer",
      SMTP_PASSWORD: "mailer-secret",
      SMTP_FROM: "AI 治理自评 <noreply@aigov.example.gov.cn>",
    });
  }
  resetEnvCache();
}

/** The admin's request came from this address (no NEXTAUTH_URL in tests). */
function fromOrigin(origin: string | null) {
  vi.mocked(headers).mockResolvedValue(
    new Headers({ "user-agent": "vitest", "x-forwarded-for": "192.0.2.10", ...(origin ? { origin } : {}) }) as never,
  );
}

let w: Awaited<ReturnType<typeof createWorld>>;
let admin: FixtureUser;

beforeAll(async () => {
  sink = await startSink();
  w = await createWorld();
  admin = w.home.SYS_ADMIN;
});
afterEach(() => {
  inbox.length = 0;
  refuseAuth = false;
  useSmtp(null);
  fromOrigin(null);
});
afterAll(async () => {
  await new Promise((r) => sink.close(r));
  await disconnectDb();
});

describe("set-password links by mail (optional SMTP)", () => {
  it("without SMTP settings nothing is mailed and the link is shown as before", async () => {
    const target = await createUser("nomail", "RESPONDENT", w.units.D.id);
    actAs(admin);
    const res = await resetPasswordAction({ userId: target.id });
    if (!res.ok) throw new Error(res.messageKey);
    expect(res.data.token).toBeTruthy();
    expect(res.data.mail).toEqual({ status: "off" });
    expect(inbox).toHaveLength(0);
  });

  it("a reset mails the one-time link to the user (signed in to the mail server), and still shows it; the mailed link works", async () => {
    useSmtp(SINK_PORT);
    fromOrigin(ORIGIN);
    const target = await createUser("mailed", "RESPONDENT", w.units.D.id);
    actAs(admin);
    const res = await resetPasswordAction({ userId: target.id });
    if (!res.ok) throw new Error(res.messageKey);
    expect(res.data.mail).toEqual({ status: "sent", to: target.email });
    expect(inbox).toHaveLength(1);
    const mail = inbox[0]!;
    expect(mail.to).toEqual([target.email]);
    expect(mail.from).toContain("noreply@aigov.example.gov.cn");
    expect(mail.auth).toMatch(/^AUTH (PLAIN|LOGIN)/);
    const text = bodyText(mail.data);
    const url = `${ORIGIN}/set-password/${res.data.token}`;
    expect(text).toContain(url);
    expect(text).toContain("您好");
    expect(text).toContain("one-time link");
    // The link in the mail is the one-time link itself.
    actAs(null);
    const newPassword = `Mail#Link-${randomBytes(4).toString("hex")}-2026`;
    const token = /\/set-password\/([\w-]+)/.exec(text)![1]!;
    expect(await redeemSetPasswordAction({ token, newPassword, confirmPassword: newPassword })).toMatchObject({ ok: true });
  });

  it("a new account's link is mailed too", async () => {
    useSmtp(SINK_PORT);
    fromOrigin(ORIGIN);
    actAs(admin);
    const email = `new-${randomBytes(3).toString("hex")}@fixture.test`;
    const res = await createUserAction({ displayName: "邮件新用户", email, phone: "", role: "RESPONDENT", orgUnitId: w.units.D.id });
    if (!res.ok) throw new Error(res.messageKey);
    expect(res.data.mail).toEqual({ status: "sent", to: email });
    expect(bodyText(inbox[0]!.data)).toContain(`${ORIGIN}/set-password/${res.data.token}`);
  });

  it("a failed send is reported to the admin in words, with the link still shown: refused sign-in, server down, no address", async () => {
    const target = await createUser("mailfail", "RESPONDENT", w.units.D.id);
    actAs(admin);

    useSmtp(SINK_PORT);
    fromOrigin(ORIGIN);
    refuseAuth = true;
    const refused = await resetPasswordAction({ userId: target.id });
    expect(refused).toMatchObject({ ok: true, data: { mail: { status: "failed", reason: "auth", to: target.email } } });
    expect(refused.ok && refused.data.token).toBeTruthy();
    expect(inbox).toHaveLength(0);

    refuseAuth = false;
    useSmtp(DEAD_PORT);
    const down = await resetPasswordAction({ userId: target.id });
    expect(down).toMatchObject({ ok: true, data: { mail: { status: "failed", reason: "connection" } } });

    // No NEXTAUTH_URL and no Origin on the request: no address to put in the mail.
    useSmtp(SINK_PORT);
    fromOrigin(null);
    const nowhere = await resetPasswordAction({ userId: target.id });
    expect(nowhere).toMatchObject({ ok: true, data: { mail: { status: "failed", reason: "noAddress" } } });
    expect(inbox).toHaveLength(0);
  });
});
