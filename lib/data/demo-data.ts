import type { OrgUnitKind, Role } from "@/lib/generated/prisma/enums";

/** Demo organisations: one province, two cities, three counties, fourteen departments. */
export interface DemoUnit {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: OrgUnitKind;
  parent: string | null;
  regionCode: string;
  sectorTag?: string;
}

export const DEMO_UNITS: DemoUnit[] = [
  { code: "SF", nameZh: "示范省", nameEn: "Demo Province", kind: "PROVINCE", parent: null, regionCode: "990000" },
  { code: "SF-ZWSJ", nameZh: "示范省政务服务和数据管理局", nameEn: "Demo Province Government Services and Data Administration", kind: "DEPARTMENT", parent: "SF", regionCode: "990000", sectorTag: "data" },
  { code: "SF-GA", nameZh: "示范省公安厅", nameEn: "Demo Province Department of Public Security", kind: "DEPARTMENT", parent: "SF", regionCode: "990000", sectorTag: "public-security" },
  { code: "SF-WJ", nameZh: "示范省卫生健康委员会", nameEn: "Demo Province Health Commission", kind: "DEPARTMENT", parent: "SF", regionCode: "990000", sectorTag: "health" },
  { code: "SF-ST", nameZh: "示范省生态环境厅", nameEn: "Demo Province Department of Ecology and Environment", kind: "DEPARTMENT", parent: "SF", regionCode: "990000", sectorTag: "environment" },
  { code: "DH", nameZh: "东湖市", nameEn: "Donghu City", kind: "CITY", parent: "SF", regionCode: "990100" },
  { code: "DH-SJ", nameZh: "东湖市数据局", nameEn: "Donghu Municipal Data Bureau", kind: "DEPARTMENT", parent: "DH", regionCode: "990100", sectorTag: "data" },
  { code: "DH-RS", nameZh: "东湖市人力资源和社会保障局", nameEn: "Donghu Municipal Human Resources and Social Security Bureau", kind: "DEPARTMENT", parent: "DH", regionCode: "990100", sectorTag: "social-security" },
  { code: "DH-SJJ", nameZh: "东湖市市场监督管理局", nameEn: "Donghu Municipal Administration for Market Regulation", kind: "DEPARTMENT", parent: "DH", regionCode: "990100", sectorTag: "market-regulation" },
  { code: "QH", nameZh: "清河县", nameEn: "Qinghe County", kind: "COUNTY", parent: "DH", regionCode: "990121" },
  { code: "QH-ZW", nameZh: "清河县政务服务中心", nameEn: "Qinghe County Government Services Centre", kind: "DEPARTMENT", parent: "QH", regionCode: "990121", sectorTag: "government-services" },
  { code: "QH-MZ", nameZh: "清河县民政局", nameEn: "Qinghe County Civil Affairs Bureau", kind: "DEPARTMENT", parent: "QH", regionCode: "990121", sectorTag: "civil-affairs" },
  { code: "XL", nameZh: "西岭市", nameEn: "Xiling City", kind: "CITY", parent: "SF", regionCode: "990200" },
  { code: "XL-JT", nameZh: "西岭市交通运输局", nameEn: "Xiling Municipal Transport Bureau", kind: "DEPARTMENT", parent: "XL", regionCode: "990200", sectorTag: "transport" },
  { code: "XL-JY", nameZh: "西岭市教育局", nameEn: "Xiling Municipal Education Bureau", kind: "DEPARTMENT", parent: "XL", regionCode: "990200", sectorTag: "education" },
  { code: "SQ", nameZh: "石桥县", nameEn: "Shiqiao County", kind: "COUNTY", parent: "XL", regionCode: "990221" },
  { code: "SQ-NY", nameZh: "石桥县农业农村局", nameEn: "Shiqiao County Agriculture and Rural Affairs Bureau", kind: "DEPARTMENT", parent: "SQ", regionCode: "990221", sectorTag: "agriculture" },
  { code: "SQ-YJ", nameZh: "石桥县应急管理局", nameEn: "Shiqiao County Emergency Management Bureau", kind: "DEPARTMENT", parent: "SQ", regionCode: "990221", sectorTag: "emergency" },
  { code: "YX", nameZh: "云溪县", nameEn: "Yunxi County", kind: "COUNTY", parent: "XL", regionCode: "990222" },
  { code: "YX-WJ", nameZh: "云溪县卫生健康局", nameEn: "Yunxi County Health Bureau", kind: "DEPARTMENT", parent: "YX", regionCode: "990222", sectorTag: "health" },
];

/** Shared by every demo account; meets the default password policy. Never use demo accounts in production. */
export const DEMO_PASSWORD = "Demo#2026-AiGov";

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  unit: string;
}

export const DEMO_USERS: DemoUser[] = [
  { email: "respondent@example.gov.cn", displayName: "李填报", role: "RESPONDENT", unit: "DH-SJ" },
  { email: "deptadmin@example.gov.cn", displayName: "王管理", role: "DEPT_ADMIN", unit: "DH-SJ" },
  { email: "reviewer@example.gov.cn", displayName: "张审核", role: "REVIEWER", unit: "SF" },
  { email: "oversight@example.gov.cn", displayName: "赵监督", role: "OVERSIGHT", unit: "SF" },
  { email: "sysadmin@example.gov.cn", displayName: "陈系统", role: "SYS_ADMIN", unit: "SF" },
  { email: "auditor@example.gov.cn", displayName: "刘审计", role: "AUDITOR", unit: "SF" },
];

export const DEMO_CYCLE = {
  nameZh: "2026 年度 AI 治理成熟度自评估",
  nameEn: "2026 AI governance maturity self-assessment",
  year: 2026,
  opensOn: "2026-03-01",
  closesOn: "2026-12-31",
};

/**
 * The dates a demo cycle is stored with. The server enforces a cycle's window
 * (answers only while it is open), so a demo seeded after its nominal close
 * date would be read-only: the window is widened to keep it open for a while
 * around the day it is seeded — never narrowed. `daysBefore` keeps the 1.0
 * and 2.0 demo cycles in the same order of opening whatever the day.
 */
export function demoCycleWindow(
  cycle: { opensOn: string; closesOn: string },
  today: Date = new Date(),
  daysBefore = 30,
): { opensOn: Date; closesOn: Date } {
  const day = (offset: number) => {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
    d.setUTCDate(d.getUTCDate() + offset);
    return d;
  };
  const opens = new Date(`${cycle.opensOn}T00:00:00Z`);
  const closes = new Date(`${cycle.closesOn}T00:00:00Z`);
  const earliest = day(-daysBefore);
  const latest = day(180);
  return { opensOn: opens < earliest ? opens : earliest, closesOn: closes > latest ? closes : latest };
}
