import { describe, expect, it } from "vitest";
import type { Framework } from "../framework/schema";
import type { ScoringFramework } from "./types";

// Compile-time check (enforced by `tsc --noEmit`): the parsed framework must be
// accepted by the engine as-is. If the schema changes shape, this stops compiling.
type Assignable = Framework extends ScoringFramework ? true : false;
const frameworkIsAssignable: Assignable = true;

describe("ScoringFramework", () => {
  it("accepts the parsed Framework type", () => {
    expect(frameworkIsAssignable).toBe(true);
  });
});
