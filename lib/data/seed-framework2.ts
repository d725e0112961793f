import "server-only";
import { db } from "@/lib/db";
import { framework2 } from "@/lib/framework";
import { demoCycleWindow } from "./demo-data";
import { ensureFrameworkPublished, type StoredFramework } from "./framework-store";

/**
 * Framework 2.0 in the seed (issue 10), kept out of seed.ts so the demo-data
 * owners and this feature do not edit the same lines.
 *
 * The demo cycle on 2.0 opens a month BEFORE the 2026 cycle on 1.0 on
 * purpose: e2e helpers pick "the open cycle" by the latest opening date, and
 * must keep landing on 1.0 until they name a framework version.
 */
export const DEMO_CYCLE_2 = {
  nameZh: "2026 年度 AI 治理成熟度试评估（框架 2.0）",
  nameEn: "2026 AI governance maturity trial assessment (framework 2.0)",
  year: 2026,
  opensOn: "2026-02-01",
  closesOn: "2026-12-31",
};

export function ensureFramework2Published(): Promise<StoredFramework> {
  return ensureFrameworkPublished(framework2);
}

/** Adds the open 2.0 demo cycle; a second run adds nothing (unique year + name). */
export async function seedDemoCycle2(frameworkVersionId: string): Promise<void> {
  await db().assessmentCycle.createMany({
    data: [
      {
        nameZh: DEMO_CYCLE_2.nameZh,
        nameEn: DEMO_CYCLE_2.nameEn,
        year: DEMO_CYCLE_2.year,
        // Opens a day before the 1.0 cycle whatever day the demo is seeded (see demoCycleWindow).
        ...demoCycleWindow(DEMO_CYCLE_2, new Date(), 31),
        frameworkVersionId,
        status: "OPEN",
      },
    ],
    skipDuplicates: true,
  });
}
