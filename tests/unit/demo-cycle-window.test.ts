import { describe, expect, it } from "vitest";
import { DEMO_CYCLE, demoCycleWindow } from "@/lib/data/demo-data";

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("demoCycleWindow", () => {
  it("keeps the nominal dates while they cover the day of seeding", () => {
    const w = demoCycleWindow(DEMO_CYCLE, new Date("2026-04-10T08:00:00Z"));
    expect(iso(w.opensOn)).toBe("2026-03-01");
    expect(iso(w.closesOn)).toBe("2026-12-31");
  });

  it("keeps a demo seeded after the nominal close open for months, never narrowing the window", () => {
    const w = demoCycleWindow(DEMO_CYCLE, new Date("2027-05-20T08:00:00Z"));
    expect(iso(w.opensOn)).toBe("2026-03-01");
    expect(iso(w.closesOn)).toBe("2027-11-16");
  });

  it("opens early enough when seeded before the nominal opening, and keeps two demo cycles in order", () => {
    const today = new Date("2026-01-15T08:00:00Z");
    const one = demoCycleWindow(DEMO_CYCLE, today);
    const two = demoCycleWindow({ opensOn: "2026-02-01", closesOn: "2026-12-31" }, today, 31);
    expect(iso(one.opensOn)).toBe("2025-12-16");
    expect(two.opensOn < one.opensOn).toBe(true);
  });
});
