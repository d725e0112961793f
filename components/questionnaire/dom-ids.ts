/** Element ids the questionnaire's server parts and client islands share (focus moves, labels). */
export function questionDomId(code: string): string {
  return `q-${code.replaceAll(".", "-")}`;
}

export function indicatorDomId(code: string): string {
  return `ind-${code.replaceAll(".", "-")}`;
}
