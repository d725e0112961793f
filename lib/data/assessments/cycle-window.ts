import { env } from "@/lib/env";
import { ConflictError } from "@/lib/errors";

/**
 * A cycle takes answers, evidence, targets and submissions only while it is
 * open: status OPEN and today — in the deployment's time zone — between its
 * opening and closing dates, both included. Review and approval are not
 * bound to the window (a reviewer finishes what was submitted in time).
 */

export interface CycleDates {
  status: string;
  /** Date-only columns: Prisma gives midnight UTC of that day. */
  opensOn: Date;
  closesOn: Date;
}

export type CycleWindowState = "open" | "notYetOpen" | "closed";

/** The calendar day (YYYY-MM-DD) that `now` falls on in `timeZone`. */
export function dayIn(timeZone: string, now: Date = new Date()): string {
  return dayFormat(timeZone).format(now);
}

// Building an Intl.DateTimeFormat costs far more than using one (it showed in the questionnaire's and
// autosave's profiles): one per time zone, kept (the deployment has one; the map is bounded anyway).
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    if (dayFormats.size >= 32) dayFormats.clear();
    dayFormats.set(timeZone, f);
  }
  return f;
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function cycleWindowState(cycle: CycleDates, timeZone: string, now: Date = new Date()): CycleWindowState {
  const today = dayIn(timeZone, now);
  if (cycle.status === "CLOSED" || today > isoDay(cycle.closesOn)) return "closed";
  if (cycle.status !== "OPEN" || today < isoDay(cycle.opensOn)) return "notYetOpen";
  return "open";
}

/** Refuses with a message the user can act on; the details carry the dates so a page can say "closed on …". */
export function assertCycleOpen(cycle: CycleDates, timeZone: string, now: Date = new Date()): void {
  const state = cycleWindowState(cycle, timeZone, now);
  if (state === "open") return;
  const details = { opensOn: isoDay(cycle.opensOn), closesOn: isoDay(cycle.closesOn) };
  if (state === "closed") throw new ConflictError("cycleClosed", `cycle closed on ${details.closesOn}`, details);
  throw new ConflictError("cycleNotOpen", `cycle opens on ${details.opensOn}`, details);
}

/** The check every answer, evidence, target and submit path makes, in the deployment's time zone (APP_TIME_ZONE). */
export function assertAnswerWindow(cycle: CycleDates): void {
  assertCycleOpen(cycle, env().APP_TIME_ZONE);
}

export function answerWindowState(cycle: CycleDates): CycleWindowState {
  return cycleWindowState(cycle, env().APP_TIME_ZONE);
}
