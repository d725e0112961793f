const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `s` can name a row by a uuid column: anything else names nothing (and must not reach a `::uuid` cast). */
export function isUuid(s: string): boolean {
  return UUID.test(s);
}
