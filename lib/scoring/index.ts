/**
 * Pure scoring engine (formula version 1.0). No framework, database or React
 * imports: it takes a structural subset of the parsed framework and plain answers.
 */
export { scoreAssessment } from "./score-assessment";
export { FORMULA_VERSION, levelOf } from "./levels";
export { phaseFor } from "./actions";
export type {
  ActionItem,
  AnswerInput,
  AnswersInput,
  Basis,
  DimensionScore,
  IndicatorScore,
  OverallScore,
  Phase,
  ScoreLevel,
  ScoreResult,
  ScoringDimension,
  ScoringFramework,
  ScoringIndicator,
  ScoringOptions,
  ScoringQuestion,
} from "./types";
