import { describe, expect, it } from "vitest";
import {
  archiveName,
  checkMigrationLevel,
  chooseDumpFormat,
  classifyDataFile,
  compareParts,
  hasProblems,
  isSafePartPath,
  manifestSchema,
} from "./manifest";

const sha = (c: string) => c.repeat(64);
const m = (name: string, c = "a") => ({ name, checksum: sha(c) });

describe("checkMigrationLevel", () => {
  const local = [m("20261128000000_init"), m("20261203140000_plan", "b"), m("20261204000000_next", "c")];

  it("accepts an older archive and lists the migrations to run after it", () => {
    expect(checkMigrationLevel([m("20261128000000_init")], local)).toEqual({
      ok: true,
      pending: ["20261203140000_plan", "20261204000000_next"],
    });
  });

  it("accepts the same level with nothing pending", () => {
    expect(checkMigrationLevel(local, local)).toEqual({ ok: true, pending: [] });
  });

  it("refuses an archive from newer code", () => {
    expect(checkMigrationLevel([...local, m("20270101000000_future", "d")], local)).toEqual({
      ok: false,
      reason: "NEWER_MIGRATION_LEVEL",
      unknown: ["20270101000000_future"],
    });
  });

  it("refuses a migration whose file differs", () => {
    expect(checkMigrationLevel([m("20261128000000_init", "f")], local)).toMatchObject({ ok: false, reason: "MIGRATION_MISMATCH" });
  });
});

describe("compareParts", () => {
  const expected = [
    { path: "database/db.dump", bytes: 3, sha256: sha("1") },
    { path: "evidence/2026/x", bytes: 2, sha256: sha("2") },
  ];

  it("is clean when every file matches", () => {
    const found = new Map(expected.map((p) => [p.path, { bytes: p.bytes, sha256: p.sha256 }]));
    expect(hasProblems(compareParts(expected, found))).toBe(false);
  });

  it("names changed, missing and extra files", () => {
    const found = new Map([
      ["database/db.dump", { bytes: 3, sha256: sha("9") }],
      ["evidence/2026/extra", { bytes: 1, sha256: sha("3") }],
    ]);
    expect(compareParts(expected, found)).toEqual({
      mismatched: ["database/db.dump"],
      missing: ["evidence/2026/x"],
      unexpected: ["evidence/2026/extra"],
    });
  });
});

describe("archive member paths", () => {
  it.each(["manifest.json", "evidence/2026/0b6f-…".replace("…", "a"), "database/app_user.jsonl"])("accepts %s", (p) => {
    expect(isSafePartPath(p)).toBe(true);
  });
  it.each(["../etc/passwd", "/etc/passwd", "evidence/../../x", "a//b", "evidence/.", "a/b/", "x y"])("refuses %s", (p) => {
    expect(isSafePartPath(p)).toBe(false);
  });
});

describe("chooseDumpFormat", () => {
  it("uses pg_dump for a server no newer than pg_dump", () => {
    expect(chooseDumpFormat({ serverVersion: "PostgreSQL 15.20", serverVersionNum: 150020, pgDumpMajor: 15 })).toBe("pg_dump-custom");
  });
  it("falls back to the SQL dump for PGlite, a newer server, or no pg_dump", () => {
    expect(chooseDumpFormat({ serverVersion: "PostgreSQL 18.6 (PGlite 0.5.14)", serverVersionNum: 180006, pgDumpMajor: 18 })).toBe("jsonl");
    expect(chooseDumpFormat({ serverVersion: "PostgreSQL 17.2", serverVersionNum: 170002, pgDumpMajor: 15 })).toBe("jsonl");
    expect(chooseDumpFormat({ serverVersion: "PostgreSQL 15.20", serverVersionNum: 150020, pgDumpMajor: null })).toBe("jsonl");
  });
});

describe("classifyDataFile", () => {
  it("takes audit checkpoints, holds back secrets and keys, skips the rest", () => {
    expect(classifyDataFile("audit-checkpoints.jsonl")).toBe("audit");
    expect(classifyDataFile("audit")).toBe("audit");
    expect(classifyDataFile("auth-secret")).toBe("secret");
    expect(classifyDataFile("audit-signing-key.pem")).toBe("secret");
    expect(classifyDataFile("audit-private.key")).toBe("secret");
    expect(classifyDataFile("pg")).toBe("skip");
    expect(classifyDataFile("embedded-db.json")).toBe("skip");
  });
});

describe("manifest", () => {
  it("rejects an unsafe part path and a malformed sha256", () => {
    const base = {
      format: 1,
      app: { name: "x", version: "0.1.0" },
      createdAt: new Date().toISOString(),
      database: { kind: "server", format: "pg_dump-custom", serverVersion: "15" },
      migrations: { level: null, applied: [] },
      excluded: [],
    };
    expect(manifestSchema.safeParse({ ...base, parts: [{ path: "a/b", bytes: 1, sha256: sha("a") }] }).success).toBe(true);
    expect(manifestSchema.safeParse({ ...base, parts: [{ path: "../b", bytes: 1, sha256: sha("a") }] }).success).toBe(false);
    expect(manifestSchema.safeParse({ ...base, parts: [{ path: "a/b", bytes: 1, sha256: "zz" }] }).success).toBe(false);
  });

  it("names archives by time and level", () => {
    expect(archiveName(new Date("2026-12-03T05:36:04.495Z"), "20261203140000_improvement_plan")).toBe(
      "agm-backup-20261203T053604Z-20261203140000.tar.gz",
    );
  });
});
