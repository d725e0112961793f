import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answersJsonSchema } from "./answers-json-schema";

/** docs/answers-json.schema.json is generated from the zod schema; this keeps the published file in step with the code. */
describe("answers.json JSON Schema", () => {
  it("equals the file in docs/ (regenerate: node --import tsx scripts/answers-json-schema.ts)", () => {
    const file = JSON.parse(readFileSync(path.resolve(__dirname, "../../docs/answers-json.schema.json"), "utf8"));
    expect(file).toEqual(answersJsonSchema());
  });
});
