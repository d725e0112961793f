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
 * Exit code 0: verifies; 1: does not verify; 2: usage or unreadable input.
 */
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { EXPORT_FORMAT, eventFromLine, sealFromLine, type ExportHeader, type ExportLine } from "../lib/audit/export";
import type { StoredEvent } from "../lib/audit/hash";
import { parseCheckpointLines, publicKeyFromPem, keyIdOf, type Checkpoint } from "../lib/audit/sign";
import { LogVerifier, type StoredSeal } from "../lib/audit/verify";

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

  // Pass 2: seal by seal.
  const verifier = new LogVerifier({ logId: header.logId, publicKey, checkpoints });
  let seal: StoredSeal | null = null;
  let batch: StoredEvent[] = [];
  const unsealed: StoredEvent[] = [];
  const flush = () => {
    if (seal) verifier.addBatch(seal, batch);
    seal = null;
    batch = [];
  };
  for await (const l of lines(exportFile)) {
    if (verifier.problem) break;
    if (l.type === "seal") {
      flush();
      seal = sealFromLine(l);
    } else if (l.type === "event") {
      (seal ? batch : unsealed).push(eventFromLine(l));
    } else if (l.type === "checkpoint") {
      flush();
    }
  }
  flush();
  verifier.addUnsealed(unsealed);
  const result = verifier.finish();
  const checkpointsHeld = new Set(checkpoints.map((c) => c.seq)).size;
  if (result.ok) {
    console.log(
      `OK: log ${header.logId} verifies — ${verifier.checkedEvents} events, ${verifier.checkedSeals} sealed batches, ` +
        `${unsealed.length} not yet sealed; latest signed checkpoint: batch ${result.latestCheckpoint?.seq ?? "none"} ` +
        `(${checkpointsHeld} checkpoints held, key ${keyIdOf(publicKey)}).`,
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
