import { z } from "zod";
import type { FieldIssue } from "@/lib/errors";

/**
 * The one statement of what free text the platform accepts, for every text
 * field of every action (notes, reasons, comments, evidence text and links,
 * names): defineAction applies it to each string of the input before the
 * action's own schema runs, so a new field is covered without anyone
 * remembering to.
 *
 * - Stored faithfully: any printable Unicode, CJK and emoji included (length
 *   limits are the fields' own, counted in UTF-16 units as the browser does);
 *   TAB, LF and CR.
 * - Refused, naming the field and the reason:
 *   - NUL (U+0000): PostgreSQL text cannot hold it;
 *   - other control characters (C0 except TAB/LF/CR, DEL, C1): invisible,
 *     they break exports and terminals;
 *   - lone surrogates: not Unicode; UTF-8 would silently turn them into U+FFFD,
 *     so what is stored would not be what was sent;
 *   - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069):
 *     they make text display in an order other than the stored one
 *     ("Trojan Source"), so a reviewer could read something else than what is
 *     recorded. The harmless marks U+200E/U+200F stay allowed.
 * Passwords are exempt: never stored or shown, hashed as typed.
 */
const RULES: { message: string; pattern: RegExp }[] = [
  { message: "text.nul", pattern: /\u0000/ },
  // eslint-disable-next-line no-control-regex
  { message: "text.control", pattern: /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/ },
  { message: "text.surrogate", pattern: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/ },
  { message: "text.bidi", pattern: /[\u202A-\u202E\u2066-\u2069]/ },
];

/** A string that obeys the text rules; messages are catalogue keys under "validation.". */
export const safeText = z.string().superRefine((value, ctx) => {
  for (const rule of RULES) {
    if (rule.pattern.test(value)) {
      ctx.addIssue({ code: "custom", message: rule.message });
      return;
    }
  }
});

const EXEMPT_KEY = /password/i;
const MAX_DEPTH = 16;
const MAX_NODES = 20_000;

/** Every string in `input` that breaks a text rule, with its path ("answer.note"). Bounded in depth and size. */
export function textRuleIssues(input: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  let nodes = 0;
  const walk = (value: unknown, path: string[], depth: number) => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH || issues.length >= 20) return;
    if (typeof value === "string") {
      const res = safeText.safeParse(value);
      if (!res.success) issues.push({ path: path.join("."), message: res.error.issues[0]!.message });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, String(i)], depth + 1));
      return;
    }
    if (value && typeof value === "object" && !(value instanceof Blob)) {
      for (const [k, v] of Object.entries(value)) {
        const keyIssue = safeText.safeParse(k);
        if (!keyIssue.success) {
          issues.push({ path: [...path, "(key)"].join("."), message: keyIssue.error.issues[0]!.message });
          continue;
        }
        if (!EXEMPT_KEY.test(k)) walk(v, [...path, k], depth + 1);
      }
    }
  };
  walk(input, [], 0);
  return issues;
}
