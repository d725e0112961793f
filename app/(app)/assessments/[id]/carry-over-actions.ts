"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { carryOverAnswers, confirmCarried } from "@/lib/data/assessments/carry-over";
import { carryOverSchema, confirmCarriedSchema } from "@/lib/validation/carry-over";

// Issue 10 §3, kept apart from actions.ts: "以上期答案为起点" and confirming carried answers.

export const carryOverAction = defineAction(
  { name: "carryOver", schema: carryOverSchema, roles: ["RESPONDENT", "DEPT_ADMIN"] },
  async (input, { actor, meta }) => {
    const done = await carryOverAnswers(actor, input, meta);
    revalidatePath(`/assessments/${input.assessmentId}`);
    return done;
  },
);

export const confirmCarriedAction = defineAction(
  { name: "confirmCarried", schema: confirmCarriedSchema, roles: ["RESPONDENT", "DEPT_ADMIN"] },
  async (input, { actor, meta }) => confirmCarried(actor, input, meta),
);
