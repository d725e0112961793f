/**
 * The autosave benchmarks' fixture, on a fresh database (scripts/bench/fresh-database.ts): migrated, the default
 * framework published, one open cycle and a province; then one department per respondent, each with its
 * respondent (RESPONDENT grant, a server-side session) and its assessment started through the data layer.
 * Used by save-response.ts (data layer) and save-http.ts (over HTTP).
 * Import it only after DATABASE_URL points at the fresh database (the data layer reads it once).
 */
import type { Actor } from "../../../lib/data/actor";

export interface BenchRespondent {
  email: string;
  actor: Actor;
  assessmentId: string;
}

export async function benchProvince(databaseUrl: string) {
  const { migrate } = await import("../../../lib/migrate/runner");
  const { db } = await import("../../../lib/db");
  const { ensureFrameworkPublished } = await import("../../../lib/data/framework-store");
  const { startOrResumeAssessment } = await import("../../../lib/data/assessments/workflow");
  const { checkSession } = await import("../../../lib/data/sessions");
  const { allQuestions, defaultFramework } = await import("../../../lib/framework");

  await migrate({ connectionString: databaseUrl });
  const fw = await ensureFrameworkPublished(defaultFramework);
  const cycle = await db().assessmentCycle.create({
    data: { nameZh: "基准测试", nameEn: "Benchmark", year: 2026, opensOn: new Date(Date.now() - 7 * 86_400_000), closesOn: new Date(Date.now() + 7 * 86_400_000), frameworkVersionId: fw.id, status: "OPEN" },
  });
  const provinceId = crypto.randomUUID();
  await db().orgUnit.create({ data: { id: provinceId, code: "B", nameZh: "基准省", nameEn: "Bench", kind: "PROVINCE", path: `/${provinceId}/` } });
  const meta = { ip: "127.0.0.1", userAgent: "bench" };

  return {
    codes: allQuestions(defaultFramework).map((q) => q.code),
    meta,
    /** Respondent i: department `部门i`, account `r{i}@bench.test` with this password hash ("x": no sign-in over HTTP). */
    async addRespondent(i: number, passwordHash = "x"): Promise<BenchRespondent> {
      const unitId = crypto.randomUUID();
      await db().orgUnit.create({
        data: { id: unitId, code: `B-${i}`, nameZh: `部门${i}`, nameEn: `Dept ${i}`, kind: "DEPARTMENT", parentId: provinceId, path: `/${provinceId}/${unitId}/` },
      });
      const email = `r${i}@bench.test`;
      const user = await db().user.create({ data: { email, displayName: `R${i}`, passwordHash } });
      await db().roleGrant.create({ data: { userId: user.id, role: "RESPONDENT", orgUnitId: unitId } });
      const session = await db().userSession.create({ data: { userId: user.id, sessionVersion: 1 } });
      const check = await checkSession(session.id, user.id);
      if (!check.ok) throw new Error("session");
      const { assessmentId } = await startOrResumeAssessment(check.actor, { cycleId: cycle.id, orgUnitId: unitId }, meta);
      return { email, actor: check.actor, assessmentId };
    },
  };
}
