import { describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/errors";
import { assertCycleOpen, cycleWindowState } from "./cycle-window";

const cycle = (status: string, opensOn: string, closesOn: string) => ({ status, opensOn: new Date(opensOn), closesOn: new Date(closesOn) });

describe("the cycle's window", () => {
  const c = cycle("OPEN", "2026-03-01", "2026-12-31");

  it("is open from the first to the last day inclusive, in the deployment's time zone", () => {
    expect(cycleWindowState(c, "Asia/Shanghai", new Date("2026-02-28T16:00:00Z"))).toBe("open"); // 1 March 00:00 in Beijing
    expect(cycleWindowState(c, "Asia/Shanghai", new Date("2026-02-28T15:59:59Z"))).toBe("notYetOpen");
    expect(cycleWindowState(c, "Asia/Shanghai", new Date("2026-12-31T15:59:59Z"))).toBe("open"); // 31 Dec 23:59:59 in Beijing
    expect(cycleWindowState(c, "Asia/Shanghai", new Date("2026-12-31T16:00:00Z"))).toBe("closed"); // 1 Jan in Beijing
    // The same instant is still 31 December in UTC.
    expect(cycleWindowState(c, "UTC", new Date("2026-12-31T16:00:00Z"))).toBe("open");
  });

  it("follows the status: CLOSED is closed, PLANNED is not yet open, whatever the dates", () => {
    const mid = new Date("2026-06-01T04:00:00Z");
    expect(cycleWindowState({ ...c, status: "CLOSED" }, "Asia/Shanghai", mid)).toBe("closed");
    expect(cycleWindowState({ ...c, status: "PLANNED" }, "Asia/Shanghai", mid)).toBe("notYetOpen");
  });

  it("refuses with the dates in the details", () => {
    try {
      assertCycleOpen(c, "Asia/Shanghai", new Date("2027-01-05T00:00:00Z"));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConflictError);
      expect(err).toMatchObject({ messageKey: "cycleClosed", details: { closesOn: "2026-12-31", opensOn: "2026-03-01" } });
    }
  });
});
