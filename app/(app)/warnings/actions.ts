"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { evaluateScopeNow, setThresholds, setWarningState, WARNING_ADMIN_ROLES, WARNING_STATE_ROLES } from "@/lib/data/warnings/warnings";
import { evaluateNowSchema, setThresholdsSchema, setWarningStateSchema } from "@/lib/warnings/schemas";

// Thin: the guard plus one data-layer call, which decides the scope from the database.

export const setWarningStateAction = defineAction(
  { name: "setWarningState", schema: setWarningStateSchema, roles: WARNING_STATE_ROLES },
  async (input, { actor, meta }) => {
    const r = await setWarningState(actor, input, meta);
    revalidatePath("/warnings");
    return r;
  },
);

export const setThresholdsAction = defineAction(
  { name: "setThresholds", schema: setThresholdsSchema, roles: WARNING_ADMIN_ROLES },
  async (input, { actor, meta }) => {
    const r = await setThresholds(actor, input, meta);
    revalidatePath("/warnings");
    return r;
  },
);

export const evaluateNowAction = defineAction(
  { name: "evaluateWarnings", schema: evaluateNowSchema, roles: WARNING_ADMIN_ROLES },
  async (input, { actor, meta }) => {
    const r = await evaluateScopeNow(actor, input.scopeId, meta);
    revalidatePath("/warnings");
    return r;
  },
);
