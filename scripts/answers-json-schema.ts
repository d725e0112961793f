/** Writes docs/answers-json.schema.json from the zod schema (a unit test fails when the two differ). */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { answersJsonSchema } from "../lib/validation/answers-json-schema";

writeFileSync(path.resolve(__dirname, "../docs/answers-json.schema.json"), `${JSON.stringify(answersJsonSchema(), null, 2)}\n`);
console.log("docs/answers-json.schema.json written");
