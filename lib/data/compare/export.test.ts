import { describe, expect, it } from "vitest";
import { toCsv } from "./export";
import { fmt, fmtSigned, sectorLabel } from "./format";

describe("league export", () => {
  it("writes RFC 4180 CSV with a BOM, quoting where needed and neutralising formulas", () => {
    const csv = toCsv(["单位", "总体指数"], [["东湖市,数据局", "62.5"], ['=HYPERLINK("x")', "-3.0"], ["a\"b", "+1.5"]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("单位,总体指数");
    expect(lines[1]).toBe('"东湖市,数据局",62.5');
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")",-3.0`);
    expect(lines[3]).toBe('"a""b",+1.5');
  });

  it("formats numbers the way the table shows them", () => {
    expect(fmt(62.456)).toBe("62.5");
    expect(fmt(null)).toBe("—");
    expect(fmtSigned(3)).toBe("+3.0");
    expect(fmtSigned(-0.04)).toBe("0.0");
  });

  it("never shows a sector slug: known names, else 'other sector'", () => {
    const names: Record<string, string> = { "sectors.health": "卫生健康", "sectors.other": "其他行业", "sectors.none": "未标注行业" };
    const t = (k: string) => names[k] ?? k;
    const has = (k: string) => k in names;
    expect(sectorLabel(t, has, "health")).toBe("卫生健康");
    expect(sectorLabel(t, has, "space-agency")).toBe("其他行业");
    expect(sectorLabel(t, has, null)).toBe("未标注行业");
  });
});
