import pino, { type Logger } from "pino";
import { env } from "@/lib/env";

let instance: Logger | undefined;

/** Structured JSON logs on stdout (pino). Secrets are redacted by path. */
export function logger(): Logger {
  instance ??= pino({
    level: env().LOG_LEVEL,
    redact: ["password", "*.password", "newPassword", "currentPassword", "*.passwordHash"],
  });
  return instance;
}
