import { z } from "zod";
import { THRESHOLD_BOUNDS, type Thresholds } from "./rules";

/** One schema per input, shared by the forms and the server actions. */
const id = z.string().uuid();
const version = z.number().int().min(0);

export const setWarningStateSchema = z
  .object({
    warningId: id,
    state: z.enum(["ACKNOWLEDGED", "HANDLED"]),
    note: z.string().trim().max(2000, "tooLong").optional(),
    expectedVersion: version,
  })
  .strict();
export type SetWarningStateInput = z.infer<typeof setWarningStateSchema>;

const bound = (k: keyof Thresholds) => z.coerce.number().int("wholeNumber").min(THRESHOLD_BOUNDS[k].min, "outOfRange").max(THRESHOLD_BOUNDS[k].max, "outOfRange");

export const thresholdsSchema = z
  .object({
    dropPoints: bound("dropPoints"),
    monMinLevel: bound("monMinLevel"),
    daysBeforeClose: bound("daysBeforeClose"),
    inflationPoints: bound("inflationPoints"),
    unsupportedCount: bound("unsupportedCount"),
    planOverdueCount: bound("planOverdueCount"),
  })
  .strict();

export const setThresholdsSchema = z.object({ scopeId: id, thresholds: thresholdsSchema, expectedVersion: version }).strict();
export type SetThresholdsInput = z.infer<typeof setThresholdsSchema>;

export const evaluateNowSchema = z.object({ scopeId: id }).strict();
