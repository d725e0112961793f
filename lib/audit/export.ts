import { sign, verify, type KeyObject } from "node:crypto";
import { canonicalJson } from "./canonical";
import type { StoredEvent } from "./hash";
import { keyIdOf, type Checkpoint } from "./sign";
import { LogVerifier, type Problem, type StoredSeal } from "./verify";

/**
 * The whole-log export (JSON Lines), read by scripts/audit-verify.ts:
 *   {"type":"header", ...}        the log's id, when, the public key the server used, and the export's end
 *                                 (the last seal it holds), signed with the audit key
 *   {"type":"seal", ...}          each seal up to that end, followed by
 *   {"type":"event", ...}         the events of its batch, in id order
 *   {"type":"unsealed"}           then a marker, and after it
 *   {"type":"event", ...}         the events not sealed when the export began (their own hashes only)
 *   {"type":"checkpoint", ...}    the signed checkpoints from the server's file, up to the export's end
 * The verifier trusts the public key and checkpoints from the operator's own
 * archive, not the copies in the export. The archive may be newer than the
 * export: a checkpoint signed after the export began is not expected in it.
 */

export const EXPORT_FORMAT = "agm-audit-export-v1";

export interface ExportHeader {
  type: "header";
  format: typeof EXPORT_FORMAT;
  logId: string;
  exportedAt: string;
  keyId: string;
  publicKey: string;
  /**
   * The export's end, fixed while no sealer runs (before anything is read): the last seal it holds (0: none)
   * and its hash. Every seal after it was signed later than `exportedAt`. Absent in exports made before 2026-12-03.
   */
  lastSeq?: number;
  lastSealHash?: string;
  /** Ed25519 over the log id, `exportedAt` and the end: nobody without the key can move the export's end or time. */
  signature?: string;
}

export type ExportLine =
  | ExportHeader
  | ({ type: "seal" } & Omit<StoredSeal, "sealedAt"> & { sealedAt: string })
  | ({ type: "event" } & Omit<StoredEvent, "occurredAt"> & { occurredAt: string })
  | { type: "unsealed" }
  | ({ type: "checkpoint" } & Checkpoint);

export const sealLine = (s: StoredSeal) => `${JSON.stringify({ type: "seal", ...s, sealedAt: s.sealedAt.toISOString() })}\n`;
export const eventLine = (e: StoredEvent) => `${JSON.stringify({ type: "event", ...e, occurredAt: e.occurredAt.toISOString() })}\n`;
export const UNSEALED_LINE = `${JSON.stringify({ type: "unsealed" })}\n`;
export const checkpointExportLine = (c: Checkpoint) => `${JSON.stringify({ type: "checkpoint", ...c })}\n`;

export function sealFromLine(l: Extract<ExportLine, { type: "seal" }>): StoredSeal {
  const { type: _type, ...s } = l;
  return { ...s, sealedAt: new Date(s.sealedAt) };
}

export function eventFromLine(l: Extract<ExportLine, { type: "event" }>): StoredEvent {
  const { type: _type, ...e } = l;
  return { ...e, occurredAt: new Date(e.occurredAt) };
}

// ---- the signed header ----

type HeaderBody = Pick<ExportHeader, "logId" | "exportedAt" | "keyId"> & { lastSeq: number; lastSealHash: string };

function headerPayload(h: HeaderBody): Buffer {
  return Buffer.from(
    `agm-audit-export-header-v1\n${canonicalJson({ logId: h.logId, exportedAt: h.exportedAt, keyId: h.keyId, lastSeq: h.lastSeq, lastSealHash: h.lastSealHash })}`,
  );
}

export function signExportHeader(
  h: Omit<ExportHeader, "signature" | "keyId" | "lastSeq" | "lastSealHash"> & { lastSeq: number; lastSealHash: string },
  privateKey: KeyObject,
): ExportHeader {
  const keyId = keyIdOf(privateKey);
  return { ...h, keyId, signature: sign(null, headerPayload({ ...h, keyId }), privateKey).toString("base64") };
}

export function exportHeaderSignatureValid(h: ExportHeader, publicKey: KeyObject): boolean {
  if (h.lastSeq === undefined || h.lastSealHash === undefined || !h.signature || h.keyId !== keyIdOf(publicKey)) return false;
  try {
    return verify(null, headerPayload({ ...h, lastSeq: h.lastSeq, lastSealHash: h.lastSealHash }), publicKey, Buffer.from(h.signature, "base64"));
  } catch {
    return false;
  }
}

// ---- verifying an export (pure: scripts/audit-verify.ts feeds it the file's lines) ----

export interface ExportVerification {
  ok: boolean;
  /** The header's signature does not hold for the key given: the export's end and time cannot be trusted. */
  headerInvalid: boolean;
  problem: Problem | null;
  checkedEvents: number;
  checkedSeals: number;
  /** Events not sealed when the export began (their own hashes checked). */
  unsealed: number;
  latestCheckpoint: Checkpoint | null;
  /** Checkpoints held that were signed after the export began: they say nothing about this export. */
  newerCheckpoints: number;
}

/**
 * Checks an export line by line (seal by seal, one batch in memory), against
 * the public key and the checkpoints held outside the server. A signed header
 * fixes the export's end and time: checkpoints signed before that time must all
 * be in the export (so a deleted tail, or an export cut short, fails);
 * checkpoints signed after it are counted, not required.
 */
export class ExportVerifier {
  private readonly log: LogVerifier;
  private readonly headerInvalid: boolean;
  private readonly newerCheckpoints: number;
  private seal: StoredSeal | null = null;
  private batch: StoredEvent[] = [];
  private inUnsealed = false;
  private unsealedCount = 0;
  /** A seal after the unsealed marker: no export the server writes looks like that. */
  private misplaced: Problem | null = null;

  constructor(
    private readonly header: ExportHeader,
    opts: { publicKey: KeyObject; checkpoints: readonly Checkpoint[] },
  ) {
    const signed = header.signature !== undefined;
    this.headerInvalid = signed && !exportHeaderSignatureValid(header, opts.publicKey);
    let checkpoints = opts.checkpoints;
    const newer = new Set<number>();
    if (signed && !this.headerInvalid) {
      // Only a signed end and time can excuse a checkpoint's absence: one signed after the export began.
      const exportedAt = Date.parse(header.exportedAt);
      checkpoints = opts.checkpoints.filter((c) => {
        const after = c.seq > header.lastSeq! && Date.parse(c.sealedAt) >= exportedAt;
        if (after && c.logId === header.logId) newer.add(c.seq);
        return !after;
      });
    }
    this.newerCheckpoints = newer.size;
    this.log = new LogVerifier({ logId: header.logId, publicKey: opts.publicKey, checkpoints });
  }

  private flush(): void {
    if (this.seal) this.log.addBatch(this.seal, this.batch);
    this.seal = null;
    this.batch = [];
  }

  /** Feeds one line (header and checkpoint lines are read beforehand and skipped here). False once a problem is found. */
  add(l: ExportLine): boolean {
    if (this.headerInvalid || this.misplaced || this.log.problem) return false;
    if (l.type === "seal") {
      this.flush();
      const seal = sealFromLine(l);
      if (this.inUnsealed) {
        this.misplaced = { kind: "sealAltered", seq: seal.seq, fromId: seal.firstId };
        return false;
      }
      this.seal = seal;
    } else if (l.type === "unsealed") {
      this.flush();
      this.inUnsealed = true;
    } else if (l.type === "event") {
      const e = eventFromLine(l);
      if (this.inUnsealed || !this.seal) {
        this.unsealedCount++;
        this.log.addUnsealed([e]);
      } else this.batch.push(e);
    } else if (l.type === "checkpoint") {
      this.flush();
    }
    return !this.log.problem;
  }

  finish(): ExportVerification {
    this.flush();
    const base = { checkedEvents: this.log.checkedEvents, checkedSeals: this.log.checkedSeals, unsealed: this.unsealedCount, newerCheckpoints: this.newerCheckpoints };
    if (this.headerInvalid) return { ok: false, headerInvalid: true, problem: null, latestCheckpoint: null, ...base };
    const result = this.log.finish();
    let problem = this.misplaced ?? result.problem;
    // The signed header names the export's last seal: an export that stops before it was cut short.
    if (!problem && this.header.lastSeq !== undefined && result.position.seq < this.header.lastSeq) {
      problem = { kind: "tailMissing", seq: result.position.seq + 1, fromId: (BigInt(result.position.lastId) + 1n).toString() };
    }
    // …and its hash: the last seal in the file must be the one the header was signed over.
    if (!problem && this.header.lastSeq !== undefined && this.header.lastSeq > 0 && result.position.seq === this.header.lastSeq && result.position.hash !== this.header.lastSealHash) {
      problem = { kind: "sealAltered", seq: result.position.seq, fromId: result.position.lastId };
    }
    return { ok: problem === null, headerInvalid: false, problem, latestCheckpoint: result.latestCheckpoint, ...base };
  }
}
