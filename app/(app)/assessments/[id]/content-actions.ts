"use server";
import { getLocale } from "next-intl/server";
import { questionCardsOf } from "@/components/questionnaire/questionnaire-content";
import { defineAction } from "@/lib/auth/action";
import { getQuestionnaireView } from "@/lib/data/assessments/view";
import { NotFoundError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/config";
import { indicatorCardsSchema } from "@/lib/validation/assessment";

/**
 * The question cards of one indicator, rendered on the server in the reader's
 * language, for the questionnaire moving to it in the browser (the page itself
 * sends only the indicator on screen). The same read check as the page.
 */
export const indicatorCardsAction = defineAction({ name: "indicatorCards", schema: indicatorCardsSchema }, async (input, { actor }) => {
  const view = await getQuestionnaireView(actor, input.assessmentId);
  const cards = questionCardsOf(view.framework, input.indicatorCode, toLocale(await getLocale()), view.responses, view.assessment.status);
  if (!cards) throw new NotFoundError(`indicator ${input.indicatorCode}`);
  return cards;
});
