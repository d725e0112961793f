"use server";
import { defineAction } from "@/lib/auth/action";
import { startOrResumeAssessment } from "@/lib/data/assessments/workflow";
import { startAssessmentSchema } from "@/lib/validation/assessment";

/** Starts (or resumes) the department's assessment of a cycle; returns its id for the page to open. */
export const startAssessmentAction = defineAction(
  { name: "startAssessment", schema: startAssessmentSchema, roles: ["RESPONDENT", "DEPT_ADMIN"] },
  async (input, { actor, meta }) => startOrResumeAssessment(actor, input, meta),
);
