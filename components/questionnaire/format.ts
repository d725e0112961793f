/** File sizes as people read them: 512 B, 1.2 KB, 3.4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Scores are shown with one decimal everywhere; a missing score is a dash. */
export function formatIndex(index: number | null): string {
  return index === null ? "—" : index.toFixed(1);
}
