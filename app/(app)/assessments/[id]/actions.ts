"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { addLinkEvidence, addTextEvidence, deleteEvidence } from "@/lib/data/assessments/evidence";
import { questionHistory } from "@/lib/data/assessments/history";
import { verifyBatch } from "@/lib/data/assessments/batch-verify";
import { acceptSelfLevel, saveResponse, verifyResponse } from "@/lib/data/assessments/responses";
import {
  approveAssessment,
  returnAssessment,
  setTargets,
  submitAssessment,
} from "@/lib/data/assessments/workflow";
import {
  acceptSelfLevelSchema,
  addLinkEvidenceSchema,
  addTextEvidenceSchema,
  deleteEvidenceSchema,
  questionHistorySchema,
  saveResponseSchema,
  setTargetsSchema,
  transitionSchema,
  verifyBatchSchema,
  verifyResponseSchema,
} from "@/lib/validation/assessment";

// Thin: each action is the guard (lib/auth/action.ts) plus one data-layer call, which checks tenancy and status.

export const saveResponseAction = defineAction(
  { name: "saveResponse", schema: saveResponseSchema, roles: ["RESPONDENT", "DEPT_ADMIN"] },
  async (input, { actor, meta }) => saveResponse(actor, input, meta),
);

export const setTargetsAction = defineAction(
  { name: "setTargets", schema: setTargetsSchema, roles: ["DEPT_ADMIN"] },
  async (input, { actor, meta }) => setTargets(actor, input, meta),
);

export const submitAssessmentAction = defineAction(
  { name: "submitAssessment", schema: transitionSchema, roles: ["RESPONDENT", "DEPT_ADMIN"] },
  async (input, { actor, meta }) => {
    await submitAssessment(actor, input, meta);
    revalidatePath(`/assessments/${input.assessmentId}`);
    return null;
  },
);

export const verifyResponseAction = defineAction(
  { name: "verifyResponse", schema: verifyResponseSchema, roles: ["REVIEWER"] },
  async (input, { actor, meta }) => {
    await verifyResponse(actor, input, meta);
    return null;
  },
);

/** Issue 11: several verified levels (one indicator) in one request and one transaction. */
export const verifyBatchAction = defineAction(
  { name: "verifyBatch", schema: verifyBatchSchema, roles: ["REVIEWER"] },
  async (input, { actor, meta }) => verifyBatch(actor, input, meta),
);

export const acceptSelfLevelAction = defineAction(
  { name: "acceptSelfLevel", schema: acceptSelfLevelSchema, roles: ["REVIEWER"] },
  async (input, { actor, meta }) => {
    await acceptSelfLevel(actor, input, meta);
    return null;
  },
);

export const returnAssessmentAction = defineAction(
  { name: "returnAssessment", schema: transitionSchema, roles: ["REVIEWER"] },
  async (input, { actor, meta }) => {
    await returnAssessment(actor, input, meta);
    revalidatePath(`/assessments/${input.assessmentId}`);
    return null;
  },
);

export const approveAssessmentAction = defineAction(
  { name: "approveAssessment", schema: transitionSchema, roles: ["REVIEWER"] },
  async (input, { actor, meta }) => {
    await approveAssessment(actor, input, meta);
    revalidatePath(`/assessments/${input.assessmentId}`);
    return null;
  },
);

export const addLinkEvidenceAction = defineAction(
  { name: "addLinkEvidence", schema: addLinkEvidenceSchema, roles: ["RESPONDENT", "DEPT_ADMIN"] },
  async (input, { actor, meta }) => addLinkEvidence(actor, input, meta),
);

export const addTextEvidenceAction = defineAction(
  { name: "addTextEvidence", schema: addTextEvidenceSchema, roles: ["RESPONDENT", "DEPT_ADMIN"] },
  async (input, { actor, meta }) => addTextEvidence(actor, input, meta),
);

export const deleteEvidenceAction = defineAction(
  { name: "deleteEvidence", schema: deleteEvidenceSchema, roles: ["RESPONDENT", "DEPT_ADMIN"] },
  async (input, { actor, meta }) => {
    await deleteEvidence(actor, input, meta);
    return null;
  },
);

export const questionHistoryAction = defineAction(
  { name: "questionHistory", schema: questionHistorySchema, roles: ["DEPT_ADMIN", "REVIEWER"] },
  async (input, { actor }) => questionHistory(actor, input),
);
