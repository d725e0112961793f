/** Indices are shown with one decimal everywhere on the review pages, so self and verified line up. */
export function formatIndex(index: number | null): string | null {
  return index === null ? null : index.toFixed(1);
}

/** A signed difference: "+3.2", "−1.0", "0.0" (a true minus sign reads better than a hyphen). */
export function formatDelta(delta: number | null): string | null {
  if (delta === null) return null;
  const rounded = Math.round(delta * 10) / 10;
  if (rounded === 0) return "0.0";
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded).toFixed(1)}`;
}

export function difference(self: number | null, verified: number | null): number | null {
  return self === null || verified === null ? null : self - verified;
}
