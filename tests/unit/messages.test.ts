import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every user-facing string exists in both catalogues, and no string is left empty. */
function keys(obj: unknown, prefix = ""): string[] {
  if (obj && typeof obj === "object") {
    return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

const dir = path.resolve(__dirname, "../../messages");
const load = (f: string) => JSON.parse(readFileSync(path.join(dir, f), "utf8"));

describe("message catalogues", () => {
  const pairs = readdirSync(dir)
    .filter((f) => f.endsWith("zh-CN.json"))
    .map((zh) => [zh, zh.replace("zh-CN.json", "en.json")] as const);

  it.each(pairs)("%s and %s have the same keys", (zhFile, enFile) => {
    const zh = load(zhFile);
    const en = load(enFile);
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it.each(pairs)("%s has no empty strings and is Chinese", (zhFile, enFile) => {
    const flat = (o: unknown): string[] =>
      o && typeof o === "object" ? Object.values(o as Record<string, unknown>).flatMap(flat) : [String(o)];
    for (const s of flat(load(zhFile))) expect(s.trim()).not.toBe("");
    for (const s of flat(load(enFile))) expect(s.trim()).not.toBe("");
    const zhStrings = flat(load(zhFile));
    const chinese = zhStrings.filter((s) => /[\u4e00-\u9fff]/.test(s));
    // Language names ("English") and codes are the only non-Chinese strings allowed.
    expect(chinese.length / zhStrings.length).toBeGreaterThan(0.9);
  });
});
