import { z } from "zod";

/** The comparison view's state as it lives in the URL (shared, bookmarked); anything malformed falls back to the default. */
export const STATUS_FILTERS = ["NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "OVERDUE"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const UNIT_KINDS = ["DEPARTMENT", "OFFICE"] as const;

const uuid = z.string().regex(/^[0-9a-f-]{36}$/i);
const loose = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);

export const compareQuerySchema = z.object({
  scope: loose(uuid),
  cycle: loose(uuid),
  basis: z.enum(["verified", "self"]).catch("verified").default("verified"),
  kind: loose(z.enum(UNIT_KINDS)),
  sector: loose(z.string().regex(/^[a-z0-9-]{1,64}$/)),
  region: loose(uuid),
  status: loose(z.enum(STATUS_FILTERS)),
  level: loose(z.coerce.number().int().min(1).max(5)),
  q: loose(z.string().trim().min(1).max(100)),
  /** Up to five units on the radar, comma-separated ids. */
  units: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => (v ? [...new Set(v.split(",").filter((x) => uuid.safeParse(x).success))].slice(0, 5) : [])),
  /** The unit whose trend is shown. */
  unit: loose(uuid),
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;

type RawParams = Record<string, string | string[] | undefined>;
export function parseCompareQuery(raw: RawParams): CompareQuery {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return compareQuerySchema.parse(flat);
}

export interface LeagueFilters {
  kind?: (typeof UNIT_KINDS)[number];
  sector?: string;
  /** A region (city/county) below the scope, by its materialised path. */
  regionPath?: string;
  status?: StatusFilter;
  level?: number;
  q?: string;
}

/** Sort keys of the league table: fixed columns, plus "dim:<CODE>" for each dimension. */
export const FIXED_SORT_KEYS = ["name", "parent", "status", "overall", "completion", "inflation", "change"] as const;
