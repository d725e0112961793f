import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportGET } from "@/app/api/v1/admin/frameworks/[id]/route";
import { POST as importPOST } from "@/app/api/v1/admin/frameworks/route";
import { loadFramework } from "@/lib/data/framework-load";
import { ensureFramework2Published } from "@/lib/data/seed-framework2";
import { db, disconnectDb } from "@/lib/db";
import { framework2 } from "@/lib/framework";
import { exportFrameworkJson } from "@/lib/framework/json";
import type { Role } from "@/lib/generated/prisma/enums";
import { actAs, createUser, createWorld, ROLES, type FixtureUser, type World } from "./fixtures";

/**
 * Framework JSON export and import in the app (issue 10 §3): only a province's
 * SYS_ADMIN; every bad file is refused with its problems in words and changes
 * nothing; a published version is never replaced.
 */

let w: World;
let v2: string;
let cityAdmin: FixtureUser;
beforeAll(async () => {
  w = await createWorld();
  v2 = (await ensureFramework2Published()).id;
  cityAdmin = await createUser("city-sysadmin", "SYS_ADMIN", w.units.C.id);
});
afterAll(() => disconnectDb());

const exportReq = (id: string) => exportGET(new Request(`http://localhost/api/v1/admin/frameworks/${id}`), { params: Promise.resolve({ id }) });

function importReq(content: string | Uint8Array, opts: { apply?: boolean; lang?: "en" | "zh-CN" } = {}) {
  const form = new FormData();
  form.set("file", new File([content as BlobPart], "framework.json", { type: "application/json" }));
  return importPOST(
    new Request(`http://localhost/api/v1/admin/frameworks${opts.apply ? "?apply=1" : ""}`, {
      method: "POST",
      body: form,
      headers: { "accept-language": opts.lang ?? "zh-CN" },
    }),
  );
}

/** A valid variant of 2.0 under a code no other test uses. */
function variant(): { doc: ReturnType<typeof JSON.parse>; code: string } {
  const doc = JSON.parse(exportFrameworkJson(framework2));
  doc.code = `SF-${randomBytes(3).toString("hex").toUpperCase()}`;
  doc.version = "1.0";
  return { doc, code: doc.code };
}

const versionCount = () => db().frameworkVersion.count();

describe("framework export", () => {
  it("gives a province SYS_ADMIN the published version as the JSON the script writes, and audits it", async () => {
    actAs(w.home.SYS_ADMIN);
    const res = await exportReq(v2);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`AIGOV-2.0.json`);
    expect(await res.text()).toBe(exportFrameworkJson(framework2));
    expect(await db().auditEvent.count({ where: { action: "framework.exported", entityId: v2, actorId: w.home.SYS_ADMIN.id } })).toBe(1);
  });

  it("refuses without a session (401), every other role and a city SYS_ADMIN (403), an unknown id (404)", async () => {
    actAs(null);
    expect((await exportReq(v2)).status).toBe(401);
    for (const role of ROLES.filter((r) => r !== "SYS_ADMIN")) {
      actAs(w.home[role]);
      expect((await exportReq(v2)).status, role).toBe(403);
    }
    actAs(cityAdmin);
    expect((await exportReq(v2)).status).toBe(403);
    actAs(w.home.SYS_ADMIN);
    expect((await exportReq("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await exportReq("not-a-uuid")).status).toBe(404);
  });
});

describe("framework import", () => {
  it.each([...ROLES.filter((r) => r !== "SYS_ADMIN"), "city SYS_ADMIN", "no session"] as const)("refuses %s and writes nothing", async (who) => {
    const before = await versionCount();
    actAs(who === "no session" ? null : who === "city SYS_ADMIN" ? cityAdmin : w.home[who as Role]);
    const res = await importReq(JSON.stringify(variant().doc), { apply: true });
    expect(res.status).toBe(who === "no session" ? 401 : 403);
    expect(await versionCount()).toBe(before);
  });

  it("checks first (nothing written), then publishes a new immutable version, audited; the same version again is refused", async () => {
    const { doc, code } = variant();
    const before = await versionCount();
    actAs(w.other.SYS_ADMIN); // the other province's admin: frameworks are shared, each province may publish its own
    const dry = await importReq(JSON.stringify(doc));
    expect(dry.status).toBe(200);
    expect((await dry.json()).data).toMatchObject({ ok: true, applied: false, summary: { code, version: "1.0", questions: 39, criteria: true, profile: true } });
    expect(await versionCount()).toBe(before);

    const pub = await importReq(JSON.stringify(doc), { apply: true });
    expect(pub.status).toBe(201);
    const { id } = (await pub.json()).data;
    const stored = await db().frameworkVersion.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ code, version: "1.0", status: "PUBLISHED" });
    expect((await loadFramework(id)).framework).toEqual({ ...framework2, code, version: "1.0" });
    // Its export reads back to the same framework (key order inside records may differ: JSONB sorts them).
    const exported = await (await exportReq(id)).text();
    expect(JSON.parse(exported)).toEqual(JSON.parse(JSON.stringify({ ...framework2, code, version: "1.0" })));
    expect(await db().auditEvent.count({ where: { action: "framework.imported", entityId: id } })).toBe(1);

    // Same code and version, even with other content: refused, the published one unchanged.
    doc.name["zh-CN"] = "改过的名称";
    const again = await importReq(JSON.stringify(doc), { apply: true });
    expect(again.status).toBe(422);
    const body = (await again.json()).data;
    expect(body.problems[0].message).toContain(`框架 ${code} 的 1.0 版本已存在`);
    expect((await db().frameworkVersion.findUniqueOrThrow({ where: { id } })).nameZh).toBe(framework2.name["zh-CN"]);
    // The bundled 2.0 too.
    const dup2 = await importReq(exportFrameworkJson(framework2));
    expect((await dup2.json()).data.problems[0].message).toContain("AIGOV 的 2.0 版本已存在");
  });

  const bad: [string, () => string | Uint8Array, RegExp][] = [
    ["not JSON", () => "{ this is not json", /文件不是有效的 JSON/],
    ["a list instead of an object", () => "[1, 2, 3]", /应为一个框架对象/],
    ["the wrong shape", () => JSON.stringify({ code: "SF-X", version: "one", dimensions: "GOV" }), /版本号|维度|名称/],
    [
      "duplicate criterion ids",
      () => {
        const { doc } = variant();
        doc.dimensions[1].indicators[0].questions[0].criteria["2"][0].id = doc.dimensions[0].indicators[0].questions[0].criteria["2"][0].id;
        return JSON.stringify(doc);
      },
      /条件编号 \S+ 重复（另见 GOV\.1\.1 L2）/,
    ],
    [
      "a question referencing an unknown dimension",
      () => {
        const { doc } = variant();
        doc.dimensions[0].indicators[0].questions[1].code = "ZZZ.1.2";
        return JSON.stringify(doc);
      },
      /题目 ZZZ\.1\.2 指向不存在的维度 ZZZ/,
    ],
  ];

  it.each(bad)("refuses %s with the problem in words, and changes nothing", async (_name, make, message) => {
    const before = await versionCount();
    actAs(w.home.SYS_ADMIN);
    for (const apply of [false, true]) {
      const res = await importReq(make(), { apply });
      expect(res.status).toBe(422);
      const { problems } = (await res.json()).data as { problems: { where: string; message: string }[] };
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.map((p) => `${p.where}：${p.message}`).join("\n")).toMatch(message);
    }
    expect(await versionCount()).toBe(before);
  });

  it("says where the problem is: dimension › indicator › question › level › criterion, in English too", async () => {
    actAs(w.home.SYS_ADMIN);
    const { doc } = variant();
    doc.dimensions[1].indicators[0].questions[0].criteria["2"][0].id = doc.dimensions[0].indicators[0].questions[0].criteria["2"][0].id;
    const zh = (await (await importReq(JSON.stringify(doc))).json()).data.problems[0];
    const code = doc.dimensions[1].indicators[0].questions[0].code;
    expect(zh.where).toBe(`维度 SVC › 指标 SVC.1 › 题目 ${code} › 第 2 级 › 第 1 项条件 › 编号`);
    const en = (await (await importReq(JSON.stringify(doc), { lang: "en" })).json()).data.problems[0];
    expect(en.where).toBe(`Dimension SVC › Indicator SVC.1 › Question ${code} › Level 2 › Criterion 1 › Id`);
    expect(en.message).toMatch(/^Criterion id \S+ is used twice \(also in GOV\.1\.1 L2\)/);
  });

  it("refuses a 5 MB file (413) and a request without a file (400), and changes nothing", async () => {
    const before = await versionCount();
    actAs(w.home.SYS_ADMIN);
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x20);
    const res = await importReq(big, { apply: true });
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toContain("文件不能超过 2 MB");
    const none = await importPOST(new Request("http://localhost/api/v1/admin/frameworks", { method: "POST", body: new FormData() }));
    expect(none.status).toBe(400);
    expect(await versionCount()).toBe(before);
  });
});
