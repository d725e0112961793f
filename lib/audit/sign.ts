import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";
import { canonicalJson } from "./canonical";

/**
 * Ed25519 signatures over seals (pure: keys come in, no files or env here).
 * The private key lives outside the database (a file in DATA_DIR or the
 * AUDIT_SIGNING_KEY setting), so whoever can rewrite the database still
 * cannot produce a valid checkpoint for a rewritten log.
 */

export interface Checkpoint {
  logId: string;
  seq: number;
  firstId: string;
  lastId: string;
  eventCount: number;
  sealHash: string;
  sealedAt: string;
  keyId: string;
  signature: string;
}

export type CheckpointBody = Omit<Checkpoint, "keyId" | "signature">;

function payload(c: CheckpointBody): Buffer {
  return Buffer.from(
    `agm-audit-checkpoint-v1\n${canonicalJson({
      logId: c.logId,
      seq: c.seq,
      firstId: c.firstId,
      lastId: c.lastId,
      eventCount: c.eventCount,
      sealHash: c.sealHash,
      sealedAt: c.sealedAt,
    })}`,
  );
}

export function generateSigningKeyPem(): string {
  return generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

export function privateKeyFromPem(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== "ed25519") throw new Error("the audit signing key must be an Ed25519 private key (PKCS#8 PEM)");
  return key;
}

export function publicKeyPem(key: KeyObject): string {
  return createPublicKey(key).export({ type: "spki", format: "pem" }).toString();
}

export function publicKeyFromPem(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== "ed25519") throw new Error("not an Ed25519 public key");
  return key;
}

/** Short, stable name of a key: the first 16 hex digits of the SHA-256 of its public key (DER). */
export function keyIdOf(key: KeyObject): string {
  const pub = key.type === "private" ? createPublicKey(key) : key;
  return createHash("sha256").update(pub.export({ type: "spki", format: "der" })).digest("hex").slice(0, 16);
}

export function signCheckpoint(body: CheckpointBody, privateKey: KeyObject): Checkpoint {
  return { ...body, keyId: keyIdOf(privateKey), signature: sign(null, payload(body), privateKey).toString("base64") };
}

export function checkpointSignatureValid(c: Checkpoint, publicKey: KeyObject): boolean {
  if (c.keyId !== keyIdOf(publicKey)) return false;
  try {
    return verify(null, payload(c), publicKey, Buffer.from(c.signature, "base64"));
  } catch {
    return false;
  }
}

/** One checkpoint per line (JSON Lines): appending never rewrites what is there. */
export function checkpointLine(c: Checkpoint): string {
  return `${JSON.stringify(c)}\n`;
}

export function parseCheckpointLines(text: string): Checkpoint[] {
  const out: Checkpoint[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    try {
      const c = JSON.parse(trimmed) as Checkpoint;
      if (typeof c.seq === "number" && typeof c.sealHash === "string" && typeof c.signature === "string") out.push(c);
    } catch {
      // A torn last line (crash while appending) is skipped; the earlier checkpoints still count.
    }
  }
  return out;
}
