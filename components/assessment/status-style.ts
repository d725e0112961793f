import { CircleCheck, Clock, Pencil, Undo2 } from "lucide-react";
import type { AssessmentStatus } from "@/lib/data/assessments/types";

/** One look per status everywhere it appears (questionnaire, home, review queue): icon and colour, beside the words. */
export const STATUS_STYLE: Record<AssessmentStatus, { icon: typeof Pencil; className: string }> = {
  DRAFT: { icon: Pencil, className: "border-blue-800 bg-blue-50 text-blue-950" },
  SUBMITTED: { icon: Clock, className: "border-amber-700 bg-amber-50 text-amber-950" },
  RETURNED: { icon: Undo2, className: "border-red-700 bg-red-50 text-red-950" },
  APPROVED: { icon: CircleCheck, className: "border-green-700 bg-green-50 text-green-950" },
};
