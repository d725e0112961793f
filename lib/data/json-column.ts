/**
 * A json/jsonb column read with $queryRaw: the driver adapter gives it parsed, or as its text when it leaves the
 * value unparsed; either way the caller gets the value.
 */
export function jsonColumn<T>(value: T | string): T {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}
