import type { Framework } from "@/lib/framework";

/** Pure: shared by the submit action (the rule) and the questionnaire page (the list shown to the user). */

export interface CompletenessAnswer {
  level: number | null;
  na: boolean;
  naReason: string;
  evidenceCount: number;
}

export interface MissingForSubmit {
  questionCode: string;
  reason: "unanswered" | "naReason" | "evidence";
}

/**
 * An assessment can be submitted when every question is answered or N/A with
 * a reason (N/A only where allowed), and every level at or above the
 * question's evidenceFromLevel has at least one evidence item.
 */
export function missingForSubmit(
  framework: Framework,
  answers: Readonly<Record<string, CompletenessAnswer | undefined>>,
): MissingForSubmit[] {
  const missing: MissingForSubmit[] = [];
  for (const d of framework.dimensions) {
    for (const i of d.indicators) {
      for (const q of i.questions) {
        const a = answers[q.code];
        if (a?.na && q.allowNA) {
          if (a.naReason.trim() === "") missing.push({ questionCode: q.code, reason: "naReason" });
          continue;
        }
        if (!a || a.level === null) {
          missing.push({ questionCode: q.code, reason: "unanswered" });
          continue;
        }
        if (a.level >= q.evidenceFromLevel && a.evidenceCount === 0) {
          missing.push({ questionCode: q.code, reason: "evidence" });
        }
      }
    }
  }
  return missing;
}
