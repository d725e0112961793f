import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical";
import { contentHash, eventHashMatches, GENESIS_HASH, hashEvent, leafHash, merkleRoot, sealHash, type StoredEvent } from "./hash";
import { EXPORT_FORMAT, ExportVerifier, signExportHeader, type ExportLine } from "./export";
import { checkpointSignatureValid, generateSigningKeyPem, keyIdOf, parseCheckpointLines, checkpointLine, privateKeyFromPem, publicKeyFromPem, publicKeyPem, signCheckpoint, type Checkpoint } from "./sign";
import { LogVerifier, type StoredSeal } from "./verify";

const LOG = "11111111-1111-4111-8111-111111111111";
const key = privateKeyFromPem(generateSigningKeyPem());
const pub = publicKeyFromPem(publicKeyPem(key));

function event(id: number, extra: Partial<StoredEvent> = {}): StoredEvent {
  const e = {
    id: String(id),
    occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, id)),
    actorId: null,
    actorEmail: "a@example.gov.cn",
    action: "response.saved",
    entityType: "Response",
    entityId: `r${id}`,
    orgUnitId: null,
    before: null,
    after: { level: (id % 5) + 1 },
    ip: null,
    userAgent: null,
    scopeUnitId: null,
    prevHash: null,
    hash: "",
    ...extra,
  };
  return { ...e, hash: extra.hash ?? contentHash(e) };
}

/** Builds a sealed log: batches of events, each sealed and signed the way the sealer does. */
function buildLog(batchSizes: number[]) {
  const seals: StoredSeal[] = [];
  const batches: StoredEvent[][] = [];
  let id = 0;
  let prev = GENESIS_HASH;
  for (const [i, n] of batchSizes.entries()) {
    const events = Array.from({ length: n }, () => event(++id));
    const firstId = String(id - n + 1);
    const sealedAt = new Date(Date.UTC(2026, 0, 2, 0, 0, i));
    const fields = { logId: LOG, seq: i + 1, xidLo: String(100 * i), xidHi: String(100 * (i + 1)), firstId, lastId: String(id), eventCount: n, merkleRoot: merkleRoot(events.map((e) => leafHash(e.id, e.hash))), prevHash: prev, sealedAt };
    const hash = sealHash(fields);
    const c = signCheckpoint({ logId: LOG, seq: i + 1, firstId, lastId: String(id), eventCount: n, sealHash: hash, sealedAt: sealedAt.toISOString() }, key);
    seals.push({ ...fields, hash, keyId: c.keyId, signature: c.signature });
    batches.push(events);
    prev = hash;
  }
  const checkpoints = seals.map((s) =>
    signCheckpoint({ logId: LOG, seq: s.seq, firstId: s.firstId, lastId: s.lastId, eventCount: s.eventCount, sealHash: s.hash, sealedAt: s.sealedAt.toISOString() }, key),
  );
  return { seals, batches, checkpoints };
}

function verify(log: ReturnType<typeof buildLog>, opts: { checkpoints?: typeof log.checkpoints; publicKey?: typeof pub | null } = {}) {
  const v = new LogVerifier({ logId: LOG, publicKey: opts.publicKey === undefined ? pub : opts.publicKey, checkpoints: opts.checkpoints ?? log.checkpoints });
  log.seals.forEach((s, i) => v.addBatch(s, log.batches[i]!));
  return v.finish();
}

describe("audit hashing", () => {
  it("canonical JSON ignores key order", () => {
    expect(canonicalJson({ b: 1, a: [{ y: 1, x: 2 }] })).toBe(canonicalJson({ a: [{ x: 2, y: 1 }], b: 1 }));
  });
  it("a content hash covers every field, including the scope unit", () => {
    const e = event(1);
    expect(eventHashMatches(e)).toBe(true);
    expect(eventHashMatches({ ...e, after: { level: 5 } })).toBe(false);
    expect(eventHashMatches({ ...e, scopeUnitId: LOG })).toBe(false);
  });
  it("old chained events verify by their chain hash", () => {
    const e = event(1);
    const legacy = { ...e, prevHash: GENESIS_HASH, hash: hashEvent(GENESIS_HASH, e) };
    expect(eventHashMatches(legacy)).toBe(true);
    expect(eventHashMatches({ ...legacy, action: "x" })).toBe(false);
  });
  it("a Merkle root changes with any leaf, its order, or a missing leaf", () => {
    const leaves = [1, 2, 3, 4, 5].map((i) => leafHash(String(i), contentHash(event(i))));
    const root = merkleRoot(leaves);
    expect(merkleRoot([...leaves])).toBe(root);
    expect(merkleRoot(leaves.slice(0, 4))).not.toBe(root);
    expect(merkleRoot([leaves[1]!, leaves[0]!, ...leaves.slice(2)])).not.toBe(root);
    // The same event under another id is another leaf.
    expect(leafHash("9", contentHash(event(1)))).not.toBe(leaves[0]);
  });
});

describe("checkpoint signatures", () => {
  it("verify with the public key and fail when anything changes", () => {
    const c = signCheckpoint({ logId: LOG, seq: 3, firstId: "7", lastId: "10", eventCount: 4, sealHash: "a".repeat(64), sealedAt: "2026-01-01T00:00:00.000Z" }, key);
    expect(c.keyId).toBe(keyIdOf(pub));
    expect(checkpointSignatureValid(c, pub)).toBe(true);
    expect(checkpointSignatureValid({ ...c, sealHash: "b".repeat(64) }, pub)).toBe(false);
    expect(checkpointSignatureValid({ ...c, seq: 4 }, pub)).toBe(false);
    const other = publicKeyFromPem(publicKeyPem(privateKeyFromPem(generateSigningKeyPem())));
    expect(checkpointSignatureValid(c, other)).toBe(false);
  });
  it("reads a checkpoint file line by line, skipping a torn last line", () => {
    const c = signCheckpoint({ logId: LOG, seq: 1, firstId: "1", lastId: "1", eventCount: 1, sealHash: "a".repeat(64), sealedAt: "x" }, key);
    expect(parseCheckpointLines(checkpointLine(c) + checkpointLine({ ...c, seq: 2 }) + '{"seq": 3, "sealH')).toHaveLength(2);
  });
});

describe("log verification", () => {
  it("accepts an untouched log", () => {
    const r = verify(buildLog([3, 1, 4]));
    expect(r).toMatchObject({ ok: true, problem: null, position: { seq: 3, lastId: "8" } });
  });
  it("names an altered event whose hash was left alone", () => {
    const log = buildLog([3, 3]);
    log.batches[1]![1] = { ...log.batches[1]![1]!, after: { level: 5 } };
    expect(verify(log).problem).toEqual({ kind: "eventAltered", seq: 2, fromId: "5" });
  });
  it("finds a row deleted inside a sealed batch", () => {
    const log = buildLog([3, 3]);
    log.batches[0]!.splice(1, 1);
    expect(verify(log).problem).toEqual({ kind: "batchAltered", seq: 1, fromId: "1" });
  });
  it("finds an edit whose event hash, batch root and every later seal were recomputed (no key: no valid signature)", () => {
    const log = buildLog([2, 2, 2]);
    const edited = event(3, { after: { level: 1 } });
    log.batches[1]![0] = edited;
    let prev = log.seals[0]!.hash;
    for (let i = 1; i < log.seals.length; i++) {
      const s = log.seals[i]!;
      const root = merkleRoot(log.batches[i]!.map((e) => leafHash(e.id, e.hash)));
      const fields = { ...s, logId: LOG, merkleRoot: root, prevHash: prev };
      log.seals[i] = { ...s, merkleRoot: root, prevHash: prev, hash: sealHash(fields) };
      prev = log.seals[i]!.hash;
    }
    expect(verify(log).problem).toEqual({ kind: "signatureInvalid", seq: 2, fromId: "3" });
    // Even without checking signatures, the signed checkpoints outside the database disagree.
    expect(verify(log, { publicKey: null }).problem).toEqual({ kind: "checkpointMismatch", seq: 2, fromId: "3" });
  });
  it("finds a deleted tail through the latest checkpoint", () => {
    const log = buildLog([2, 2, 2]);
    log.seals.pop();
    log.batches.pop();
    expect(verify(log).problem).toEqual({ kind: "tailMissing", seq: 3, fromId: "5" });
  });
  it("is not fooled when the tail is deleted and the sealer numbers new seals over it: the first checkpoint of a seq wins", () => {
    const original = buildLog([2, 2, 2]);
    // The owner deletes batches 2 and 3; new events are then sealed, legitimately signed, as a new batch 2.
    const rebuilt = buildLog([2, 1]);
    const log = { seals: rebuilt.seals, batches: rebuilt.batches, checkpoints: [...original.checkpoints, rebuilt.checkpoints[1]!] };
    expect(verify(log).problem).toEqual({ kind: "checkpointMismatch", seq: 2, fromId: "3" });
  });

  it("finds a removed seal in the middle", () => {
    const log = buildLog([2, 2, 2]);
    log.seals.splice(1, 1);
    log.batches.splice(1, 1);
    expect(verify(log).problem).toMatchObject({ kind: "sealAltered", seq: 3, fromId: "5" });
  });
  it("ignores forged lines in the checkpoint file", () => {
    const log = buildLog([2]);
    const forged = { ...log.checkpoints[0]!, seq: 9 };
    expect(verify(log, { checkpoints: [...log.checkpoints, forged] }).ok).toBe(true);
  });
  it("resumes from a verified position", () => {
    const log = buildLog([2, 2, 2]);
    const v = new LogVerifier({ logId: LOG, publicKey: pub, checkpoints: log.checkpoints, from: { seq: 2, hash: log.seals[1]!.hash, xidHi: "200", lastId: "4" } });
    expect(v.addBatch(log.seals[2]!, log.batches[2]!)).toBe(true);
    expect(v.finish()).toMatchObject({ ok: true, position: { seq: 3 } });
    expect(v.checkedEvents).toBe(2);
  });
});

describe("export verification (scripts/audit-verify.ts)", () => {
  // An export as the server writes it: a signed header naming the last seal, the batches, the unsealed marker.
  function exportOf(log: ReturnType<typeof buildLog>, opts: { unsealed?: StoredEvent[]; exportedAt?: Date; marker?: boolean } = {}) {
    const last = log.seals.at(-1)!;
    const header = signExportHeader(
      { type: "header", format: EXPORT_FORMAT, logId: LOG, exportedAt: (opts.exportedAt ?? new Date(last.sealedAt.getTime() + 500)).toISOString(), publicKey: publicKeyPem(key), lastSeq: last.seq, lastSealHash: last.hash },
      key,
    );
    const lines: ExportLine[] = [];
    log.seals.forEach((s, i) => {
      lines.push({ type: "seal", ...s, sealedAt: s.sealedAt.toISOString() });
      for (const e of log.batches[i]!) lines.push({ type: "event", ...e, occurredAt: e.occurredAt.toISOString() });
    });
    if (opts.marker !== false) lines.push({ type: "unsealed" });
    for (const e of opts.unsealed ?? []) lines.push({ type: "event", ...e, occurredAt: e.occurredAt.toISOString() });
    return { header, lines };
  }
  const run = (x: ReturnType<typeof exportOf>, checkpoints: readonly Checkpoint[], header = x.header) => {
    const v = new ExportVerifier(header, { publicKey: pub, checkpoints });
    for (const l of x.lines) if (!v.add(l)) break;
    return v.finish();
  };

  it("keeps events not yet sealed apart from the last batch (they follow the marker)", () => {
    const log = buildLog([3, 2]);
    const waiting = [event(6), event(7)];
    expect(run(exportOf(log, { unsealed: waiting }), log.checkpoints)).toMatchObject({ ok: true, unsealed: 2, checkedSeals: 2 });
    // Without the marker the waiting events would be read as part of batch 2, which they are not.
    expect(run(exportOf(log, { unsealed: waiting, marker: false }), log.checkpoints).problem).toMatchObject({ kind: "batchAltered", seq: 2 });
    // An unsealed event must still match its own hash.
    expect(run(exportOf(log, { unsealed: [{ ...event(6), after: { level: 5 } }] }), log.checkpoints).problem).toMatchObject({ kind: "eventAltered", seq: null, fromId: "6" });
  });

  it("accepts an archive newer than the export, but not a missing checkpoint signed before the export began", () => {
    const later = buildLog([3, 2, 4]);
    const exported = { seals: later.seals.slice(0, 2), batches: later.batches.slice(0, 2), checkpoints: later.checkpoints.slice(0, 2) };
    // Seal 3 was signed one second after seal 2; the export began in between.
    const x = exportOf(exported, { exportedAt: new Date(later.seals[1]!.sealedAt.getTime() + 500) });
    expect(run(x, later.checkpoints)).toMatchObject({ ok: true, newerCheckpoints: 1, latestCheckpoint: { seq: 2 } });
    // The same export claiming to begin after seal 3 was signed: seal 3 should be in it — the tail is missing.
    const late = exportOf(exported, { exportedAt: new Date(later.seals[2]!.sealedAt.getTime() + 500) });
    expect(run(late, later.checkpoints).problem).toMatchObject({ kind: "tailMissing", seq: 3 });
  });

  it("finds an export cut short by its signed end, even without an archive; a header changed after signing is refused", () => {
    const log = buildLog([3, 2]);
    const x = exportOf(log);
    const cut = { header: x.header, lines: x.lines.filter((l) => !(l.type === "seal" && l.seq === 2) && !(l.type === "event" && Number(l.id) > 3)) };
    expect(run(cut, []).problem).toMatchObject({ kind: "tailMissing", seq: 2, fromId: "4" });
    const moved = { ...x.header, lastSeq: 1 };
    expect(run(cut, log.checkpoints, moved)).toMatchObject({ ok: false, headerInvalid: true });
    // An export made before headers were signed is read as before.
    const { signature: _s, lastSeq: _l, lastSealHash: _h, ...legacy } = x.header;
    expect(run(exportOf(log), log.checkpoints, legacy as typeof x.header)).toMatchObject({ ok: true });
  });

  it("refuses a seal after the unsealed marker", () => {
    const log = buildLog([3, 2]);
    const x = exportOf(log);
    const marker = x.lines.findIndex((l) => l.type === "unsealed");
    const lines = [...x.lines.slice(0, marker - 3), x.lines[marker]!, ...x.lines.slice(marker - 3, marker)];
    expect(run({ header: x.header, lines }, log.checkpoints).problem).toMatchObject({ kind: "sealAltered", seq: 2 });
  });
});
