import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * Evidence files on local disk under the data folder (EVIDENCE_DIR to move
 * them). Files are named by a random key, never by the user's file name, so
 * nothing the user sends decides a path.
 */
function root(): string {
  const e = env();
  // Configured at run time, outside the app: keep the bundler from tracing it.
  return path.resolve(/*turbopackIgnore: true*/ e.EVIDENCE_DIR ?? path.join(e.DATA_DIR, "evidence"));
}

function pathOf(storageKey: string): string {
  if (!/^\d{4}\/[0-9a-f-]{36}$/.test(storageKey)) throw new Error("invalid storage key");
  return path.join(root(), storageKey);
}

export async function storeEvidenceFile(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }> {
  const storageKey = `${new Date().getUTCFullYear()}/${randomUUID()}`;
  const target = pathOf(storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  // Write then rename: a crash never leaves a half-written file under its final name.
  const tmp = `${target}.part`;
  await writeFile(tmp, bytes, { mode: 0o600 });
  await rename(tmp, target);
  return { storageKey, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export function readEvidenceFile(storageKey: string): Promise<Buffer> {
  return readFile(pathOf(storageKey));
}

export async function removeEvidenceFile(storageKey: string): Promise<void> {
  await rm(pathOf(storageKey), { force: true });
}
