import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { templateCsv, csvCell, UNIT_COLUMNS } from "./columns";
import { decodeText, ImportFileError, sniffKind } from "./decode";
import { mapColumns, readTable } from "./read-table";

const zh = "编码,中文名称\r\nA1,东湖市数据局\r\n";

describe("decodeText", () => {
  it.each([
    ["utf-8", new TextEncoder().encode(zh)],
    ["utf-8-bom", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(zh)])],
    ["gb18030", new Uint8Array(iconv.encode(zh, "gbk"))],
  ])("reads %s", (encoding, bytes) => {
    expect(decodeText(bytes)).toEqual({ text: zh, encoding });
  });
});

describe("sniffKind", () => {
  it("tells xlsx from csv and refuses binaries", () => {
    expect(sniffKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe("xlsx");
    expect(sniffKind(new TextEncoder().encode("a,b\n"))).toBe("csv");
    expect(() => sniffKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toThrow(ImportFileError);
  });
});

describe("readTable and mapColumns", () => {
  it("reads the template back with either header language", async () => {
    for (const lang of ["zh", "en"] as const) {
      const t = await readTable(new TextEncoder().encode(templateCsv("org-units", lang)));
      const col = mapColumns(t.headers, UNIT_COLUMNS);
      expect(t.rows).toHaveLength(1);
      expect(t.rows[0]!.cells[col.code]).toBe("DH-JT");
      expect(t.rows[0]!.line).toBe(2);
    }
  });

  it("names the missing columns", async () => {
    const t = await readTable(new TextEncoder().encode("code,name_zh\nA,甲\n"));
    expect(() => mapColumns(t.headers, UNIT_COLUMNS)).toThrow(expect.objectContaining({ messageKey: "admin.import.missingColumns" }));
  });
});

describe("csvCell", () => {
  it("quotes and neutralises formulas", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=1+1")).toBe("'=1+1");
  });
});
