import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import zh from "@/messages/audit.zh-CN.json";
import en from "@/messages/audit.en.json";
import { auditDetails } from "@/lib/audit/details";
import { describeAuditEvent } from "@/components/audit/describe";

const tZh = createTranslator({ locale: "zh-CN", messages: { audit: zh }, namespace: "audit" }) as unknown as (k: string, v?: Record<string, string | number>) => string;
const tEn = createTranslator({ locale: "en", messages: { audit: en }, namespace: "audit" }) as unknown as (k: string, v?: Record<string, string | number>) => string;

const row = (action: string, before: unknown, after: unknown, extra: object = {}) => ({
  action,
  actorName: "李填报",
  actorEmail: "li@example.gov.cn",
  targetName: null,
  entityId: null,
  details: auditDetails(action, before, after),
  ...extra,
});

describe("audit events in words", () => {
  it("says that an answer changed and its levels, in both languages, never the note", () => {
    const r = row(
      "response.saved",
      { questionCode: "GOV.1.1", level: 2, na: false, note: "旧说明（机密）" },
      { questionCode: "GOV.1.1", level: 3, na: false, note: "新说明（机密）" },
    );
    expect(describeAuditEvent(r, tZh)).toBe("李填报 修改了 GOV.1.1：L2 → L3");
    expect(describeAuditEvent(r, tEn)).toBe("李填报 changed GOV.1.1: L2 → L3");
    expect(JSON.stringify(r.details)).not.toContain("机密");
    expect(r.details.textChanged).toBe(true);
  });
  it("names user administration by the target's name", () => {
    const r = row("user.deactivated", { active: true }, { active: false }, { actorName: "张管理", targetName: "王审核" });
    expect(describeAuditEvent(r, tZh)).toBe("张管理 停用了账号 王审核");
    expect(describeAuditEvent(r, tEn)).toBe("张管理 deactivated the account of 王审核");
  });
  it("keeps evidence text and links out, and reads unknown actions without raw codes", () => {
    const d = auditDetails("evidence.added", null, { questionCode: "GOV.2.1", kind: "TEXT", text: "内部材料全文", url: "https://intra/x" });
    expect(JSON.stringify(d)).not.toMatch(/内部材料|intra/);
    expect(describeAuditEvent(row("evidence.added", null, { questionCode: "GOV.2.1", kind: "TEXT" }), tZh)).toBe("李填报 为 GOV.2.1 添加了文字材料");
    expect(describeAuditEvent(row("cycle.opened", null, null), tZh)).toBe("李填报 进行了一项“其他”操作");
  });
});
