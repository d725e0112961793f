import { createHash } from "node:crypto";
import type { Framework } from "./schema";

/** sha256 of the framework's JSON: tells "this version is already stored" from "this version was edited". */
export function frameworkContentHash(framework: Framework): string {
  return createHash("sha256").update(JSON.stringify(framework)).digest("hex");
}
