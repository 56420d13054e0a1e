/**
 * How many events the property tests generate per trigger and profile. CI runs the default;
 * `CTK_PROPERTY_RUNS=10000 npx vitest run test/arbitraries` runs the full count.
 */
export const PROPERTY_RUNS = (() => {
  const raw = process.env.CTK_PROPERTY_RUNS;
  if (raw === undefined || raw === '') return 1000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`CTK_PROPERTY_RUNS must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
})();

/** Classifies a field's value into the forms the sheet talks about. */
export function formOf(value: unknown, present: boolean): string {
  if (!present) return 'absent';
  if (value === null) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : 'list';
  if (typeof value === 'object') return Object.keys(value as object).length === 0 ? 'empty' : 'map';
  return typeof value;
}

/** The value at a dotted path and whether its key is present. */
export function at(event: unknown, path: string): { present: boolean; value: unknown } {
  let cur: unknown = event;
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    if (cur === null || typeof cur !== 'object') return { present: false, value: undefined };
    const key = parts[i]!;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return { present: false, value: undefined };
    cur = (cur as Record<string, unknown>)[key];
  }
  return { present: true, value: cur };
}
