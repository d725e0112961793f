import type { AuditDetails } from "@/lib/audit/details";
import { AUDIT_CATEGORIES } from "@/lib/audit/categories";

/**
 * An audit event in words ("李填报 修改了 GOV.1.1：L2 → L3"), for the page and
 * the CSV alike. `t` is the "audit" namespace's translator (next-intl's, or
 * createTranslator's in a route handler). No raw action codes reach the reader.
 */

type Values = Record<string, string | number>;
export type AuditT = (key: string, values?: Values) => string;

interface Row {
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  targetName: string | null;
  details: AuditDetails;
}

export function actorLabel(row: Pick<Row, "actorName" | "actorEmail" | "action">, t: AuditT): string {
  if (row.actorName) return row.actorName;
  if (row.actorEmail) return row.actorEmail;
  return row.action.startsWith("system.") ? t("words.system") : t("words.unknownActor");
}

function levelText(level: number | null | undefined, na: boolean | undefined, t: AuditT): string {
  if (na) return t("words.na");
  if (typeof level === "number") return t("words.level", { level });
  return t("words.unanswered");
}

export function categoryOf(action: string): string | null {
  const prefix = action.split(".")[0]!;
  return (AUDIT_CATEGORIES as readonly string[]).includes(prefix) ? prefix : null;
}

export function describeAuditEvent(row: Row, t: AuditT): string {
  const d = row.details;
  const actor = actorLabel(row, t);
  const question = d.questionCode ?? "—";
  const target = row.targetName ?? t("words.someone");
  const kind = t(`words.kinds.${d.evidenceKind === "FILE" || d.evidenceKind === "LINK" || d.evidenceKind === "TEXT" ? d.evidenceKind : "other"}`);
  switch (row.action) {
    case "response.saved": {
      const to = levelText(d.level, d.na, t);
      if (d.previousLevel === undefined && d.previousNa === undefined) return t("words.responseFirst", { actor, question, to });
      const from = levelText(d.previousLevel, d.previousNa, t);
      if (from === to) return d.textChanged ? t("words.responseText", { actor, question, to }) : t("words.responseChanged", { actor, question, from, to });
      return t("words.responseChanged", { actor, question, from, to });
    }
    case "response.verified": {
      const to = levelText(d.verifiedLevel, false, t);
      return t(d.textChanged ? "words.responseVerifiedComment" : "words.responseVerified", { actor, question, to });
    }
    case "evidence.added":
      return t("words.evidenceAdded", { actor, question, kind });
    case "evidence.deleted":
      return t("words.evidenceDeleted", { actor, question, kind });
    case "evidence.downloaded":
      return t("words.evidenceDownloaded", { actor, file: d.fileName ?? "—" });
    case "assessment.created":
      return t("words.assessmentCreated", { actor });
    case "assessment.submitted":
      return t("words.assessmentSubmitted", { actor });
    case "assessment.returned":
      return t("words.assessmentReturned", { actor, count: d.commentedQuestions ?? 0 });
    case "assessment.approved":
      return t("words.assessmentApproved", { actor });
    case "assessment.targets_set":
      return t("words.assessmentTargets", { actor });
    case "auth.sign_in":
      return t("words.signIn", { actor });
    case "auth.sign_in_failed":
      return typeof d.failures === "number" ? t("words.signInFailedCount", { actor, count: d.failures }) : t("words.signInFailed", { actor });
    case "auth.locked":
      return t("words.locked", { actor });
    case "auth.sign_in_refused_locked":
      return t("words.refusedLocked", { actor });
    case "auth.sign_out":
      return t("words.signOut", { actor });
    case "auth.sign_out_everywhere":
      return t("words.signOutEverywhere", { actor });
    case "auth.password_changed":
      return t("words.passwordChanged", { actor });
    case "user.activated":
      return t("words.userActivated", { actor, target });
    case "user.deactivated":
      return t("words.userDeactivated", { actor, target });
    case "user.created":
      return t("words.userCreated", { actor, target });
    case "user.password_reset":
      return t("words.userPasswordReset", { actor, target });
    case "user.role_granted":
    case "user.grant_added":
      return t("words.roleGranted", { actor, target });
    case "user.role_revoked":
    case "user.grant_removed":
      return t("words.roleRevoked", { actor, target });
    case "security.access_refused": {
      const reason = ["forbidden", "notFound", "unauthenticated", "crossSite"].includes(d.reason ?? "") ? d.reason! : "other";
      return t("words.accessRefused", { actor, reason: t(`words.reasons.${reason}`) });
    }
    // Issue 10 §3: carry-over and framework JSON export/import.
    case "assessment.carried_over":
      return t("words.carriedOver", { actor });
    case "response.carry_confirmed":
      return t("words.carryConfirmed", { actor });
    case "framework.imported":
      return t("words.frameworkImported", { actor });
    case "framework.exported":
      return t("words.frameworkExported", { actor });
    case "system.demo_seeded":
      return t("words.demoSeeded");
    default: {
      const cat = categoryOf(row.action);
      return t("words.other", { actor, category: cat ? t(`categories.${cat}`) : t("words.otherCategory") });
    }
  }
}
