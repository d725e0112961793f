import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { chmod, copyFile, link, lstat, mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { isSafePartPath } from "./manifest";

const exec = promisify(execFile);

export class BackupError extends Error {
  constructor(
    message: string,
    readonly code:
      | "BAD_ARCHIVE"
      | "CHECKSUM_MISMATCH"
      | "NEWER_MIGRATION_LEVEL"
      | "MIGRATION_MISMATCH"
      | "NOT_EMPTY"
      | "INCOMPATIBLE"
      | "APP_RUNNING"
      | "TOOL_FAILED",
  ) {
    super(message);
    this.name = "BackupError";
  }
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/** Regular files under dir, as forward-slash paths relative to it. Symlinks and other kinds are refused. */
export async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, rel)));
    else if (entry.isFile()) out.push(rel);
    else throw new BackupError(`${rel} is not a regular file (symlinks are not followed)`, "BAD_ARCHIVE");
  }
  return out.sort();
}

/**
 * Puts a file into the staging folder: a hard link when on the same disk
 * (no copy, and a snapshot of the file even if it is replaced later), a copy otherwise.
 */
export async function stageFile(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

export async function createTarGz(stagingDir: string, members: string[], out: string): Promise<void> {
  try {
    await exec("tar", ["-czf", out, "-C", stagingDir, "--", ...members], { maxBuffer: 16 * 1024 * 1024 });
    // The archive holds every answer and file: owner-only, like the data folder.
    await chmod(out, 0o600);
  } catch (err) {
    throw new BackupError(`tar could not write ${out}: ${(err as Error).message}`, "TOOL_FAILED");
  }
}

/**
 * Unpacks into an empty folder after checking the listing: only plain files
 * and folders with safe relative names (GNU tar guards too; this does not rely on it).
 */
export async function extractTarGz(file: string, into: string): Promise<void> {
  let listing: string;
  try {
    listing = (await exec("tar", ["-tvzf", file], { maxBuffer: 256 * 1024 * 1024 })).stdout;
  } catch {
    throw new BackupError(`${path.basename(file)} is not a readable .tar.gz archive`, "BAD_ARCHIVE");
  }
  for (const line of listing.split("\n").filter(Boolean)) {
    const kind = line[0];
    if (kind !== "-" && kind !== "d") throw new BackupError("the archive holds a link or device file", "BAD_ARCHIVE");
  }
  const names = (await exec("tar", ["-tzf", file], { maxBuffer: 256 * 1024 * 1024 })).stdout.split("\n").filter(Boolean);
  for (const n of names) {
    const clean = n.replace(/^\.\//, "").replace(/\/$/, "");
    if (clean && clean !== "." && !isSafePartPath(clean)) throw new BackupError(`unsafe name in the archive: ${n}`, "BAD_ARCHIVE");
  }
  await exec("tar", ["-xzf", file, "-C", into, "--no-same-owner", "--no-same-permissions"]);
}

export async function isDirWithFiles(dir: string): Promise<boolean> {
  try {
    if (!(await lstat(dir)).isDirectory()) return true;
    return (await listFiles(dir)).length > 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw err;
  }
}

export async function pgToolMajor(tool: "pg_dump" | "pg_restore"): Promise<number | null> {
  try {
    const { stdout } = await exec(tool, ["--version"]);
    const m = /(\d+)\.\d+/.exec(stdout);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** libpq (pg_dump, pg_restore) rejects Prisma's own URL parameters such as `schema`. */
export function libpqUrl(url: string): string {
  const u = new URL(url);
  for (const p of ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout"]) {
    u.searchParams.delete(p);
  }
  return u.toString();
}

export async function runPgTool(tool: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  try {
    await exec(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new BackupError(`${tool} failed: ${(e.stderr || e.message).trim().slice(0, 2000)}`, "TOOL_FAILED");
  }
}
