"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { regeneratePlan, updatePlanItem } from "@/lib/data/results/plan";
import { regeneratePlanSchema, updatePlanItemSchema } from "@/lib/validation/results";

// Thin: the guard (lib/auth/action.ts) plus one data-layer call, which checks the department, the role and the status.

export const updatePlanItemAction = defineAction(
  { name: "updatePlanItem", schema: updatePlanItemSchema, roles: ["DEPT_ADMIN"] },
  async (input, { actor, meta }) => updatePlanItem(actor, input, meta),
);

export const regeneratePlanAction = defineAction(
  { name: "regeneratePlan", schema: regeneratePlanSchema, roles: ["DEPT_ADMIN"] },
  async (input, { actor, meta }) => {
    const counts = await regeneratePlan(actor, input, meta);
    revalidatePath(`/assessments/${input.assessmentId}/results`);
    return counts;
  },
);
