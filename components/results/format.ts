export { formatIndex, formatSigned } from "@/lib/report/why";

export function formatPercent(x: number | null | undefined): string {
  return x === null || x === undefined ? "—" : `${Math.round(x)}%`;
}
