/** One problem with one row of an import file; `key` is a catalogue key under "admin.". */
export interface RowError {
  line: number;
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  applied: boolean;
  encoding: string;
  /** Users import: one-time set-password links for newly created accounts (shown once to the admin). */
  links?: { email: string; token: string; expiresAt: string }[];
}

/** At most this many row errors are reported; the count says how many there were. */
export const MAX_REPORTED_ERRORS = 500;

export async function inChunks<T, R>(items: T[], size: number, fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await fn(items.slice(i, i + size))));
  return out;
}
