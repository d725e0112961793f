import type { KeyObject } from "node:crypto";
import { eventHashMatches, GENESIS_HASH, leafHash, merkleRoot, sealHash, type StoredEvent } from "./hash";
import { checkpointSignatureValid, type Checkpoint } from "./sign";

/**
 * Verifies a sealed audit log, one batch at a time, so memory stays flat and
 * the server can resume from the last position it verified. Pure: the server
 * feeds it rows from the database, the offline verifier rows from an export.
 */

export interface StoredSeal {
  seq: number;
  xidLo: string;
  xidHi: string;
  firstId: string;
  lastId: string;
  eventCount: number;
  merkleRoot: string;
  prevHash: string;
  hash: string;
  sealedAt: Date;
  keyId: string | null;
  signature: string | null;
}

export type ProblemKind =
  /** An event's content no longer matches its own hash. */
  | "eventAltered"
  /** The events of a sealed batch are not the ones sealed (one removed, added or rewritten with a recomputed hash). */
  | "batchAltered"
  /** A seal was removed, inserted or rewritten (the chain of seals is broken). */
  | "sealAltered"
  /** A seal's signature is not one the signing key made: the seal was recomputed after the fact. */
  | "signatureInvalid"
  /** The database's seal differs from the signed checkpoint kept outside the database. */
  | "checkpointMismatch"
  /** A signed checkpoint names seals the database no longer has: the end of the log was deleted. */
  | "tailMissing";

export interface Problem {
  kind: ProblemKind;
  /** The seal (batch) concerned. */
  seq: number | null;
  /** The first event from which the log cannot be trusted. */
  fromId: string;
}

/** Where a verification got to; the next one can start from here. */
export interface VerifiedPosition {
  seq: number;
  hash: string;
  xidHi: string;
  lastId: string;
}

export const START: VerifiedPosition = { seq: 0, hash: GENESIS_HASH, xidHi: "0", lastId: "0" };

export interface VerifierOptions {
  logId: string;
  /** Without a key the signatures are not checked (the seal chain and the roots still are). */
  publicKey: KeyObject | null;
  /** Signed checkpoints kept outside the database (the checkpoint file or the operator's archive). */
  checkpoints: readonly Checkpoint[];
  from?: VerifiedPosition;
}

const maxId = (a: string, b: string) => (BigInt(a) > BigInt(b) ? a : b);

export class LogVerifier {
  private pos: VerifiedPosition;
  private readonly bySeq = new Map<number, Checkpoint>();
  private latestCheckpoint: Checkpoint | null = null;
  problem: Problem | null = null;
  checkedEvents = 0;
  checkedSeals = 0;

  constructor(private readonly opts: VerifierOptions) {
    this.pos = opts.from ?? START;
    for (const c of opts.checkpoints) {
      if (c.logId !== opts.logId) continue;
      // A checkpoint only counts when its signature holds: a forged line in the file proves nothing.
      if (opts.publicKey && !checkpointSignatureValid(c, opts.publicKey)) continue;
      // The first checkpoint of a seq wins: a later, different one for the same seq means the seals after
      // it were deleted and the sealer numbered new ones again — the original is the evidence.
      if (this.bySeq.has(c.seq)) continue;
      this.bySeq.set(c.seq, c);
      if (!this.latestCheckpoint || c.seq > this.latestCheckpoint.seq) this.latestCheckpoint = c;
    }
  }

  get position(): VerifiedPosition {
    return this.pos;
  }

  private fail(kind: ProblemKind, seq: number | null, fromId: string): false {
    this.problem ??= { kind, seq, fromId };
    return false;
  }

  /** Checks one seal and the events of its batch (in id order). Returns false at the first problem. */
  addBatch(seal: StoredSeal, events: readonly StoredEvent[]): boolean {
    if (this.problem) return false;
    for (const e of events) {
      if (!eventHashMatches(e)) return this.fail("eventAltered", seal.seq, e.id);
    }
    // Where the damage starts when the seal itself is in doubt: the lower of the seal's own claim and what is there.
    const from = events.length && BigInt(events[0]!.id) < BigInt(seal.firstId) ? events[0]!.id : seal.firstId;
    if (seal.seq !== this.pos.seq + 1 || seal.prevHash !== this.pos.hash || seal.xidLo !== this.pos.xidHi) {
      return this.fail("sealAltered", seal.seq, from);
    }
    if (
      sealHash({ ...seal, logId: this.opts.logId }) !== seal.hash ||
      events.length !== seal.eventCount ||
      merkleRoot(events.map((e) => leafHash(e.id, e.hash))) !== seal.merkleRoot
    ) {
      return this.fail("batchAltered", seal.seq, from);
    }
    if (this.opts.publicKey) {
      const signed: Checkpoint = {
        logId: this.opts.logId,
        seq: seal.seq,
        firstId: seal.firstId,
        lastId: seal.lastId,
        eventCount: seal.eventCount,
        sealHash: seal.hash,
        sealedAt: seal.sealedAt.toISOString(),
        keyId: seal.keyId ?? "",
        signature: seal.signature ?? "",
      };
      if (!checkpointSignatureValid(signed, this.opts.publicKey)) return this.fail("signatureInvalid", seal.seq, from);
    }
    const outside = this.bySeq.get(seal.seq);
    if (outside && outside.sealHash !== seal.hash) {
      const first = BigInt(outside.firstId) < BigInt(from) ? outside.firstId : from;
      return this.fail("checkpointMismatch", seal.seq, first);
    }
    this.pos = { seq: seal.seq, hash: seal.hash, xidHi: seal.xidHi, lastId: maxId(this.pos.lastId, seal.lastId) };
    this.checkedEvents += events.length;
    this.checkedSeals++;
    return true;
  }

  /** Events after the last seal: not yet sealed, but their own hashes must hold. */
  addUnsealed(events: readonly StoredEvent[]): boolean {
    if (this.problem) return false;
    for (const e of events) {
      if (!eventHashMatches(e)) return this.fail("eventAltered", null, e.id);
    }
    this.checkedEvents += events.length;
    return true;
  }

  /** Call after the last seal: a signed checkpoint beyond it means the end of the log was removed. */
  finish(): { ok: boolean; problem: Problem | null; position: VerifiedPosition; latestCheckpoint: Checkpoint | null } {
    const latest = this.latestCheckpoint;
    if (!this.problem && latest && latest.seq > this.pos.seq) {
      const firstMissing = this.bySeq.get(this.pos.seq + 1);
      this.fail("tailMissing", this.pos.seq + 1, firstMissing?.firstId ?? (BigInt(this.pos.lastId) + 1n).toString());
    }
    return { ok: this.problem === null, problem: this.problem, position: this.pos, latestCheckpoint: latest };
  }
}
