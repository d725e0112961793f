import { describe, expect, it } from "vitest";
import { pageCount, parseTableParams, tableHref } from "./params";

const spec = { sortKeys: ["name", "index"] as const, defaultSort: { key: "name" as const, dir: "asc" as const }, pageSize: 20 };

describe("parseTableParams", () => {
  it("uses the defaults when nothing is given", () => {
    expect(parseTableParams({}, spec)).toEqual({ sort: { key: "name", dir: "asc" }, page: 1, pageSize: 20, offset: 0 });
  });

  it("reads sort, direction, page and size", () => {
    expect(parseTableParams({ sort: "index", dir: "desc", page: "3", size: "50" }, spec)).toEqual({
      sort: { key: "index", dir: "desc" },
      page: 3,
      pageSize: 50,
      offset: 100,
    });
  });

  it("falls back on unknown keys and malformed numbers instead of failing", () => {
    const p = parseTableParams({ sort: "password_hash", dir: "sideways", page: "-2", size: "1e9" }, spec);
    expect(p.sort).toEqual({ key: "name", dir: "asc" });
    expect(p.page).toBe(1);
    expect(p.pageSize).toBe(20);
  });

  it("caps the page size", () => {
    expect(parseTableParams({ size: "5000" }, { ...spec, maxPageSize: 100 }).pageSize).toBe(100);
  });

  it("takes the first value of a repeated param", () => {
    expect(parseTableParams({ page: ["2", "9"] }, spec).page).toBe(2);
  });
});

describe("tableHref", () => {
  it("keeps filters and replaces what changes", () => {
    expect(tableHref("/compare", { kind: "CITY", page: "4", q: "" }, { page: 1 })).toBe("/compare?kind=CITY&page=1");
  });
  it("gives the bare path when nothing is left", () => {
    expect(tableHref("/users", {}, {})).toBe("/users");
  });
});

describe("pageCount", () => {
  it("is at least one", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });
});
