"use client";
import { createContext, useContext } from "react";
import type { ProfileOutcome } from "@/lib/framework/profile";
import type { Localized } from "@/lib/framework/schema";

/**
 * The evaluated applicability profile (framework 2.0), shared with the
 * question cards without threading props through every slot. Empty for 1.0.
 */
export interface ProfileContextValue {
  outcome: ProfileOutcome;
  answeringRule?: Localized;
}

const EMPTY: ProfileContextValue = { outcome: { notApplicable: {}, helpVariant: {}, unanswered: [] } };
export const ProfileContext = createContext<ProfileContextValue>(EMPTY);

export function useProfileFor(code: string) {
  const { outcome, answeringRule } = useContext(ProfileContext);
  return {
    na: Object.hasOwn(outcome.notApplicable, code) ? outcome.notApplicable[code] : undefined,
    helpVariant: Object.hasOwn(outcome.helpVariant, code) ? outcome.helpVariant[code] : undefined,
    answeringRule,
  };
}
