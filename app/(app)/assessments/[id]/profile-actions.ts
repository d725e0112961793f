"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { saveProfile } from "@/lib/data/assessments/profile";
import { markCriteria } from "@/lib/data/assessments/profile-criteria";
import { markCriteriaSchema, saveProfileSchema } from "@/lib/validation/profile";

// Framework 2.0 actions, kept apart from actions.ts: the applicability profile and the reviewer's criteria marks.

export const saveProfileAction = defineAction(
  { name: "saveProfile", schema: saveProfileSchema, roles: ["RESPONDENT", "DEPT_ADMIN"] },
  async (input, { actor, meta }) => {
    const saved = await saveProfile(actor, input, meta);
    revalidatePath(`/assessments/${input.assessmentId}`);
    return saved;
  },
);

export const markCriteriaAction = defineAction(
  { name: "markCriteria", schema: markCriteriaSchema, roles: ["REVIEWER"] },
  async (input, { actor, meta }) => markCriteria(actor, input, meta),
);
