import { z } from "zod";
import { answersDocumentSchema } from "./answers-export";

/** The JSON Schema (draft 2020-12) of answers.json format 1, generated from the zod schema the import uses. */
export function answersJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(answersDocumentSchema, { target: "draft-2020-12", io: "input" }),
    $id: "https://ai-gov-maturity.example/schemas/answers-1.json",
    title: "AI governance maturity self-assessment — answers export, format 1",
    description: "A department's answers to one framework version: levels, not-applicable choices with reasons, notes, link and text evidence, and file evidence listed by name and SHA-256. See docs/answers-json.md.",
  };
}
