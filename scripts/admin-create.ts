// `npm run admin:create -- --email admin@example.gov.cn --org-code 330000 [--org-name "浙江省"] [--name "张管理"] [--link] [--reset]`
//
// Creates the first system administrator of a real deployment (SYS_ADMIN on the
// unit with that code; the unit is created as a root when --org-name is given).
// Prompts for a password (hidden), or with --link prints a one-time
// set-password link instead. Either way the person must set their own new
// password at first sign-in. With no DATABASE_URL it opens the embedded
// database in DATA_DIR (stop `npm start` first).
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";

const HELP = `usage: npm run admin:create -- --email EMAIL --org-code CODE [options]
  --org-name NAME      create the unit as a root (province) when no unit has CODE
  --org-name-en NAME   its English name (default: the Chinese name)
  --org-kind KIND      PROVINCE (default), CITY or COUNTY for the new root unit
  --name NAME          the administrator's display name (default: the e-mail)
  --link               print a one-time set-password link instead of asking for a password
  --password-stdin     read the password from standard input (for automation)
  --reset              the account exists: give it a new password or link`;

function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    if (!stdin.isTTY) return reject(new Error("no terminal to ask for a password: use --link or --password-stdin"));
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const onData = (ch: string) => {
      for (const c of ch) {
        if (c === "\r" || c === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          return resolve(value);
        }
        if (c === "\u0003") process.exit(130);
        if (c === "\u007f") value = value.slice(0, -1);
        else value += c;
      }
    };
    stdin.on("data", onData);
  });
}

async function readStdin(): Promise<string> {
  let data = "";
  for await (const chunk of process.stdin) data += chunk;
  return data.replace(/\r?\n$/, "");
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      "org-code": { type: "string" },
      "org-name": { type: "string" },
      "org-name-en": { type: "string" },
      "org-kind": { type: "string" },
      name: { type: "string" },
      link: { type: "boolean" },
      "password-stdin": { type: "boolean" },
      reset: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help || !values.email || !values["org-code"]) {
    console.log(HELP);
    process.exit(values.help ? 0 : 2);
  }
  const kind = (values["org-kind"] ?? "PROVINCE").toUpperCase();
  if (!["PROVINCE", "CITY", "COUNTY"].includes(kind)) throw new Error("--org-kind must be PROVINCE, CITY or COUNTY");

  let password: string | undefined;
  if (values["password-stdin"]) password = await readStdin();
  else if (!values.link) {
    password = await readHidden("Password for the new administrator: ");
    if ((await readHidden("Repeat it: ")) !== password) throw new Error("the two passwords differ");
  }

  let embedded: EmbeddedPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg") });
    process.env.DATABASE_URL = embedded.url;
    process.env.DATABASE_POOL_MAX = "1";
  }
  try {
    // Imported after DATABASE_URL is settled: lib/env reads it once.
    const { migrate } = await import("../lib/migrate/runner");
    await migrate({ connectionString: process.env.DATABASE_URL! });
    const { createFirstAdmin } = await import("../lib/data/admin/bootstrap");
    const { disconnectDb } = await import("../lib/db");
    try {
      const r = await createFirstAdmin({
        email: values.email,
        displayName: values.name ?? "",
        orgCode: values["org-code"],
        orgNameZh: values["org-name"],
        orgNameEn: values["org-name-en"],
        orgKind: kind as "PROVINCE",
        password,
        reset: values.reset,
      });
      console.log(`${r.createdUser ? "created" : "reset"} ${values.email.toLowerCase()}: SYS_ADMIN of ${values["org-code"]}${r.createdUnit ? " (unit created)" : ""}`);
      if (r.token) {
        const base = (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
        console.log(`one-time set-password link (valid until ${r.expiresAt!.toISOString()}):\n  ${base}/set-password/${r.token}`);
      } else {
        console.log("sign in with that password; a new password must be set at first sign-in.");
      }
    } finally {
      await disconnectDb();
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((err) => {
  console.error(`admin:create: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
