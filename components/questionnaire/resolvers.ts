import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { addLinkEvidenceSchema, addTextEvidenceSchema, answerFieldsSchema, setTargetsSchema } from "@/lib/validation/assessment";
import { saveProfileSchema } from "@/lib/validation/profile";

/*
 * The questionnaire's form resolvers, built on the server actions' own
 * schemas. Imported lazily (lazy-resolver.ts), so zod is not part of what the
 * page needs before it is interactive.
 */

export const answerResolver = zodResolver(answerFieldsSchema);

/** The department's targets: the targets part of the action's own schema. */
export const targetsResolver = zodResolver(setTargetsSchema.pick({ targets: true }));

/** The one-field evidence forms validate with the action's rule for that field. */
export const linkResolver = zodResolver(z.object({ value: addLinkEvidenceSchema.shape.url }));
export const textResolver = zodResolver(z.object({ value: addTextEvidenceSchema.shape.text }));

/** The applicability profile step: a radio group left unanswered holds null in the form and is simply left out. */
export const profileResolver = zodResolver(
  z.object({
    answers: z
      .record(z.string(), z.string().nullable().optional())
      .transform((a) => Object.fromEntries(Object.entries(a).filter((e): e is [string, string] => typeof e[1] === "string")))
      .pipe(saveProfileSchema.shape.answers),
  }),
);
