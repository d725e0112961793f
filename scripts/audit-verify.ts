/**
 * Offline verification of an exported audit log (/audit → "Export the whole log"),
 * on any machine with Node, without the database or the app's server:
 *
 *   npx tsx scripts/audit-verify.ts audit-log-2026-12-03.jsonl \
 *     --public-key audit-public-key-<keyId>.pem \
 *     --checkpoints audit-checkpoints-<logId>.jsonl [--checkpoints older-archive.jsonl …]
 *
 * It re-checks every event against its own hash, every sealed batch against
 * its Merkle root, the chain of seals, each seal's Ed25519 signature, and the
 * seals against the signed checkpoints from the operator's archive (so a log
 * whose end was deleted, or whose hashes were recomputed after an edit, fails
 * and says from which record). Use the public key and checkpoints from your
 * own archive: the copies inside the export come from the server being checked.
 * The archive may be newer than the export: the export's header (signed) names
 * its last seal and when it began, and checkpoints signed after that are not
 * expected in it. Events not sealed yet when the export began follow a marker
 * line and are checked against their own hashes only.
 * Exit code 0: verifies; 1: does not verify; 2: usage or unreadable input.
 */
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { EXPORT_FORMAT, ExportVerifier, type ExportHeader, type ExportLine } from "../lib/audit/export";
import { parseCheckpointLines, publicKeyFromPem, keyIdOf, type Checkpoint } from "../lib/audit/sign";

function usage(message?: string): never {
  if (message) console.error(message);
  console.error("usage: tsx scripts/audit-verify.ts EXPORT.jsonl --public-key KEY.pem [--checkpoints FILE.jsonl …]");
  process.exit(2);
}

async function* lines(file: string): AsyncGenerator<ExportLine> {
  const rl = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as ExportLine;
    } catch {
      throw new Error(`line ${n} of ${file} is not JSON`);
    }
  }
}

async function main() {
  const args = process.argv.slice(2);
  const exportFile = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
  if (!exportFile) usage();
  const keyFile = args[args.indexOf("--public-key") + 1];
  const checkpointFiles = args.flatMap((a, i) => (a === "--checkpoints" && args[i + 1] ? [args[i + 1]!] : []));

  // Pass 1: the header and the checkpoints (they come last in the export).
  let header: ExportHeader | undefined;
  const checkpoints: Checkpoint[] = [];
  for await (const l of lines(exportFile)) {
    if (l.type === "header") header = l;
    else if (l.type === "checkpoint") {
      const { type: _type, ...c } = l;
      checkpoints.push(c);
    }
  }
  if (!header || header.format !== EXPORT_FORMAT) usage(`${exportFile} is not an audit log export (${EXPORT_FORMAT})`);
  for (const f of checkpointFiles) checkpoints.push(...parseCheckpointLines(readFileSync(f, "utf8")));

  let publicKey;
  if (args.includes("--public-key")) {
    if (!keyFile) usage("--public-key needs a file");
    publicKey = publicKeyFromPem(readFileSync(keyFile, "utf8"));
  } else {
    console.warn("warning: no --public-key given; using the key inside the export, which only shows the export is self-consistent.");
    publicKey = publicKeyFromPem(header.publicKey);
  }
  if (keyIdOf(publicKey) !== header.keyId) {
    console.warn(`warning: the export was signed with key ${header.keyId}, the public key given is ${keyIdOf(publicKey)}.`);
  }

  // Pass 2: seal by seal (the unsealed events after the export's marker, by their own hashes).
  const verifier = new ExportVerifier(header, { publicKey, checkpoints });
  for await (const l of lines(exportFile)) {
    if (l.type === "header") continue;
    if (!verifier.add(l)) break;
  }
  const result = verifier.finish();
  const logId = header.logId;
  const checkpointsHeld = new Set(checkpoints.filter((c) => c.logId === logId).map((c) => c.seq)).size;
  if (result.headerInvalid) {
    console.log(`FAILED: the export's header is not signed by key ${keyIdOf(publicKey)} — its end and time cannot be trusted.`);
    process.exit(1);
  }
  if (header.signature === undefined) {
    console.warn("warning: an export from before signed headers: checkpoints newer than the export are reported as a missing tail.");
  }
  if (result.ok) {
    const newer = result.newerCheckpoints
      ? ` ${result.newerCheckpoints} checkpoint(s) held were signed after this export began and are not part of it.`
      : "";
    console.log(
      `OK: log ${header.logId} verifies — ${result.checkedEvents} events, ${result.checkedSeals} sealed batches, ` +
        `${result.unsealed} not yet sealed; latest signed checkpoint: batch ${result.latestCheckpoint?.seq ?? "none"} ` +
        `(${checkpointsHeld} checkpoints held, key ${keyIdOf(publicKey)}).${newer}`,
    );
    process.exit(0);
  }
  const p = result.problem!;
  console.log(`FAILED: ${p.kind} at batch ${p.seq ?? "(unsealed)"} — the log cannot be trusted from event ${p.fromId} on.`);
  process.exit(1);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
});
