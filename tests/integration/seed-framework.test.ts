import { afterAll, describe, expect, it } from "vitest";
import { ensureFrameworkPublished } from "@/lib/data/framework-store";
import { seed } from "@/lib/data/seed";
import { DEMO_UNITS, DEMO_USERS } from "@/lib/data/demo-data";
import { db, disconnectDb } from "@/lib/db";
import { allQuestions, bundledFrameworks, defaultFramework, type Framework } from "@/lib/framework";

afterAll(() => disconnectDb());

const counts = async () => ({
  frameworks: await db().frameworkVersion.count(),
  // Questions of the bundled versions: other tests publish versions of their own (the admin's JSON import).
  questions: await db().question.count({
    where: { indicator: { dimension: { frameworkVersion: { OR: bundledFrameworks.map((f) => ({ code: f.code, version: f.version })) } } } },
  }),
  demoUnits: await db().orgUnit.count({ where: { code: { in: DEMO_UNITS.map((u) => u.code) } } }),
  demoUsers: await db().user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } }),
  cycles: await db().assessmentCycle.count(),
});

describe("seed", () => {
  it("loads the default framework as a published version, and a second run adds nothing", async () => {
    await seed({ demo: false });
    const first = await counts();
    const stored = await db().frameworkVersion.findUniqueOrThrow({
      where: { code_version: { code: defaultFramework.code, version: defaultFramework.version } },
    });
    expect(stored.status).toBe("PUBLISHED");
    // Every bundled version (1.0 and 2.0) is published, each with all its questions.
    expect(first.questions).toBe(bundledFrameworks.reduce((n, f) => n + allQuestions(f).length, 0));

    await seed({ demo: false });
    expect(await counts()).toEqual(first);
  });

  it("stores every question with its texts, levels, actions and source", async () => {
    const q = allQuestions(defaultFramework)[0]!;
    // Question codes repeat across versions (GOV.1.1 is in 1.0 and 2.0): look in this framework's version.
    const row = await db().question.findFirstOrThrow({
      where: { code: q.code, indicator: { dimension: { frameworkVersion: { code: defaultFramework.code, version: defaultFramework.version } } } },
    });
    expect(row.textZh).toBe(q.text["zh-CN"]);
    expect(row.textEn).toBe(q.text.en);
    expect(row.levels).toEqual(q.levels);
    expect(row.actions).toEqual(q.actions);
    expect(row.sourceQuote).toBe(q.source.quote);
    expect(row.allowNa).toBe(q.allowNA);
  });

  it("refuses to change a published version, at the database and through the store", async () => {
    const q = await db().question.findFirstOrThrow({ where: { code: "GOV.1.1" } });
    await expect(db().question.update({ where: { id: q.id }, data: { textZh: "改动" } })).rejects.toThrow(/cannot be changed/);
    await expect(db().question.delete({ where: { id: q.id } })).rejects.toThrow(/cannot be changed/);
    const fv = await db().frameworkVersion.findFirstOrThrow({ where: { code: defaultFramework.code } });
    await expect(db().frameworkVersion.update({ where: { id: fv.id }, data: { nameZh: "改名" } })).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(db().frameworkVersion.delete({ where: { id: fv.id } })).rejects.toThrow(/cannot be deleted/);
    const dim = await db().dimension.findFirstOrThrow({ where: { frameworkVersionId: fv.id } });
    await expect(
      db().indicator.create({ data: { dimensionId: dim.id, code: "GOV.9", position: 9, nameZh: "新增", nameEn: "New" } }),
    ).rejects.toThrow(/cannot be changed/);

    const edited: Framework = structuredClone(defaultFramework);
    edited.dimensions[0]!.indicators[0]!.questions[0]!.text["zh-CN"] = "被改动的题目";
    await expect(ensureFrameworkPublished(edited)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db().question.findUniqueOrThrow({ where: { id: q.id } })).textZh).toBe(q.textZh);
  });

  it("a changed framework goes in as a new version beside the old one", async () => {
    const next: Framework = structuredClone(defaultFramework);
    next.version = "1.1-test";
    next.dimensions[0]!.indicators[0]!.questions[0]!.text["zh-CN"] = "新版本题目";
    const stored = await ensureFrameworkPublished(next);
    expect(stored.created).toBe(true);
    expect(await db().frameworkVersion.count({ where: { code: defaultFramework.code } })).toBe(bundledFrameworks.length + 1);
  });

  it("seeds demo data only into a database without organisations", async () => {
    const hadUnits = (await db().orgUnit.count()) > 0;
    const result = await seed({ demo: true });
    expect(result.demoSeeded).toBe(!hadUnits);
    const after = await counts();
    await seed({ demo: true });
    expect(await counts()).toEqual(after);
  });
});
