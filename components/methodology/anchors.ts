/** Fragment id for a framework code on the methodology page: "GOV.1.2" → "gov-1-2". */
export function anchorFor(code: string): string {
  return code.toLowerCase().replace(/\./g, "-");
}

/** Shared link style: underlined, dark enough on white and on the page background. */
export const linkClass = "text-blue-800 underline underline-offset-4 hover:text-blue-950";
