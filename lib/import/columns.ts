/** Column names accepted in import files (first = the template's English header; Chinese headers work too). */
export const UNIT_COLUMNS = {
  code: { aliases: ["code", "编码", "机构编码", "单位编码"], required: true },
  parentCode: { aliases: ["parent_code", "上级编码", "上级机构编码", "上级单位编码"], required: true },
  nameZh: { aliases: ["name_zh", "中文名称", "名称"], required: true },
  nameEn: { aliases: ["name_en", "英文名称"], required: true },
  kind: { aliases: ["kind", "类型", "机构类型", "层级"], required: true },
  regionCode: { aliases: ["region_code", "行政区划代码", "区划代码"], required: false },
  sector: { aliases: ["sector", "行业领域", "领域", "行业"], required: false },
} as const;

export const USER_COLUMNS = {
  email: { aliases: ["email", "邮箱", "电子邮箱"], required: true },
  name: { aliases: ["name", "姓名"], required: true },
  phone: { aliases: ["phone", "电话", "手机", "手机号"], required: false },
  role: { aliases: ["role", "角色"], required: true },
  unitCode: { aliases: ["unit_code", "单位编码", "机构编码"], required: true },
} as const;

export const TEMPLATES = {
  "org-units": {
    zh: ["编码", "上级编码", "中文名称", "英文名称", "类型", "行政区划代码", "行业领域"],
    en: ["code", "parent_code", "name_zh", "name_en", "kind", "region_code", "sector"],
    example: {
      zh: ["DH-JT", "DH", "东湖市交通运输局", "Donghu Municipal Transport Bureau", "部门", "990100", "交通运输"],
      en: ["DH-JT", "DH", "东湖市交通运输局", "Donghu Municipal Transport Bureau", "DEPARTMENT", "990100", "transport"],
    },
  },
  users: {
    zh: ["邮箱", "姓名", "电话", "角色", "单位编码"],
    en: ["email", "name", "phone", "role", "unit_code"],
    example: {
      zh: ["zhang.san@example.gov.cn", "张三", "", "填报人", "DH-JT"],
      en: ["zhang.san@example.gov.cn", "Zhang San", "", "RESPONDENT", "DH-JT"],
    },
  },
} as const;

export type TemplateKind = keyof typeof TEMPLATES;

/** A CSV cell, quoted when needed; a leading =,+,-,@ is neutralised so a spreadsheet does not run it as a formula. */
export function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The template as UTF-8 CSV with a BOM, which Excel opens correctly. */
export function templateCsv(kind: TemplateKind, lang: "zh" | "en"): string {
  const t = TEMPLATES[kind];
  return "\uFEFF" + [t[lang], t.example[lang]].map((r) => r.map((c) => csvCell(c)).join(",")).join("\r\n") + "\r\n";
}
