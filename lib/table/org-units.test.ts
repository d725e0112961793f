import { describe, expect, it } from "vitest";
import { queryUnits } from "./org-units";

const units = [
  { code: "P", nameZh: "东湖省", nameEn: "Donghu Province", kind: "PROVINCE", active: true },
  { code: "P-C2", nameZh: "北城市", nameEn: "Beicheng", kind: "CITY", active: true },
  { code: "P-C2-D", nameZh: "北城市数据局", nameEn: "Beicheng Data Bureau", kind: "DEPARTMENT", active: false },
  { code: "P-C10", nameZh: "安平市", nameEn: "Anping", kind: "CITY", active: true },
];
const base = { sort: { key: "tree" as const, dir: "asc" as const }, offset: 0, pageSize: 10, locale: "zh-CN" as const };

describe("queryUnits", () => {
  it("keeps tree order by default and pages it", () => {
    expect(queryUnits(units, base).rows.map((u) => u.code)).toEqual(["P", "P-C2", "P-C2-D", "P-C10"]);
    expect(queryUnits(units, { ...base, offset: 1, pageSize: 2 })).toEqual({ rows: [units[1], units[2]], total: 4 });
  });

  it("filters by either name or the code, any case, and by status", () => {
    expect(queryUnits(units, { ...base, q: "数据" }).rows.map((u) => u.code)).toEqual(["P-C2-D"]);
    expect(queryUnits(units, { ...base, q: "anping" }).rows.map((u) => u.code)).toEqual(["P-C10"]);
    expect(queryUnits(units, { ...base, q: "p-c2" }).total).toBe(2);
    expect(queryUnits(units, { ...base, active: "no" }).rows.map((u) => u.code)).toEqual(["P-C2-D"]);
  });

  it("sorts codes numerically, names by pinyin in Chinese, kinds by level", () => {
    expect(queryUnits(units, { ...base, sort: { key: "code", dir: "asc" } }).rows.map((u) => u.code)).toEqual(["P", "P-C2", "P-C2-D", "P-C10"]);
    expect(queryUnits(units, { ...base, sort: { key: "name", dir: "asc" } }).rows.map((u) => u.nameZh)).toEqual(["安平市", "北城市", "北城市数据局", "东湖省"]);
    expect(queryUnits(units, { ...base, sort: { key: "kind", dir: "desc" } }).rows[0]!.kind).toBe("DEPARTMENT");
  });
});
