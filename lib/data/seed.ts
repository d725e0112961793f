import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { defaultFramework } from "@/lib/framework";
import { appendAudit } from "./audit";
import { DEMO_CYCLE, DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS, demoCycleWindow } from "./demo-data";
import { ensureFrameworkPublished } from "./framework-store";
import { ensureFramework2Published, seedDemoCycle2 } from "./seed-framework2";

export interface SeedResult {
  frameworkCreated: boolean;
  demoSeeded: boolean;
}

/**
 * Reference data (the default framework) is always ensured; demo
 * organisations, users and the open cycle only go into a database that has no
 * organisations yet, so a real deployment's data is never touched and a
 * second start adds nothing twice.
 */
export async function seed(opts: { demo: boolean }): Promise<SeedResult> {
  const fw = await ensureFrameworkPublished(defaultFramework);
  // ── Framework 2.0 (issue 10): published beside 1.0, never instead of it. ──
  const fw2 = await ensureFramework2Published();
  let demoSeeded = false;
  if (opts.demo && (await db().orgUnit.count()) === 0) {
    await seedDemo(fw.id);
    // ── Framework 2.0 (issue 10): a second open demo cycle on 2.0 (see seed-framework2.ts). ──
    await seedDemoCycle2(fw2.id);
    demoSeeded = true;
  }
  return { frameworkCreated: fw.created || fw2.created, demoSeeded };
}

async function seedDemo(frameworkVersionId: string): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db().$transaction(
    async (tx) => {
      // Advisory lock: two instances starting at once must not both seed.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(4200418)`;
      if ((await tx.orgUnit.count()) > 0) return;
      const ids = new Map<string, { id: string; path: string }>();
      for (const u of DEMO_UNITS) {
        const parent = u.parent ? ids.get(u.parent) : undefined;
        const id = crypto.randomUUID();
        const path = `${parent?.path ?? "/"}${id}/`;
        await tx.orgUnit.create({
          data: {
            id,
            code: u.code,
            nameZh: u.nameZh,
            nameEn: u.nameEn,
            kind: u.kind,
            parentId: parent?.id ?? null,
            path,
            regionCode: u.regionCode,
            sectorTag: u.sectorTag ?? null,
          },
        });
        ids.set(u.code, { id, path });
      }
      for (const u of DEMO_USERS) {
        const user = await tx.user.create({
          data: { email: u.email, displayName: u.displayName, passwordHash },
        });
        await tx.roleGrant.create({
          data: { userId: user.id, role: u.role, orgUnitId: ids.get(u.unit)!.id },
        });
      }
      await tx.assessmentCycle.create({
        data: {
          nameZh: DEMO_CYCLE.nameZh,
          nameEn: DEMO_CYCLE.nameEn,
          year: DEMO_CYCLE.year,
          ...demoCycleWindow(DEMO_CYCLE),
          frameworkVersionId,
          status: "OPEN",
        },
      });
      await appendAudit(tx, {
        action: "system.demo_seeded",
        entityType: "System",
        after: { units: DEMO_UNITS.length, users: DEMO_USERS.length },
      });
    },
    { timeout: 60_000 },
  );
}

/**
 * The demo accounts that still sign in with the published password (active,
 * and the password verifies). `npm start` refuses to serve them on an address
 * other machines can reach.
 */
export async function demoAccountsWithPublishedPassword(): Promise<string[]> {
  const users = await db().user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) }, active: true },
    select: { email: true, passwordHash: true },
  });
  const found: string[] = [];
  for (const u of users) if (await verifyPassword(u.passwordHash, DEMO_PASSWORD)) found.push(u.email);
  return found.sort();
}

/** Whether anyone could administer this deployment yet (an active user holding SYS_ADMIN). */
export async function hasAdministrator(): Promise<boolean> {
  return (await db().roleGrant.count({ where: { role: "SYS_ADMIN", user: { active: true } } })) > 0;
}
