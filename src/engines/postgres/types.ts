/**
 * Postgres type and default spellings, normalised to the names drizzle-kit writes in its
 * snapshots, so a live column (from `format_type`) and an expected one compare as equal text.
 */

const LONG_NAMES: Array<[RegExp, string]> = [
  [/^character varying\b/, 'varchar'],
  [/^character\b/, 'char'],
  [/^timestamp(\(\d+\))? without time zone$/, 'timestamp$1'],
  [/^time(\(\d+\))? without time zone$/, 'time$1'],
  [/^bit varying\b/, 'varbit'],
  [/^int4$/, 'integer'],
  [/^int8$/, 'bigint'],
  [/^int2$/, 'smallint'],
  [/^int$/, 'integer'],
  [/^bool$/, 'boolean'],
  [/^float8$/, 'double precision'],
  [/^float4$/, 'real'],
  [/^timestamptz(\(\d+\))?$/, 'timestamp$1 with time zone'],
];

export function normalizePgType(raw: string): string {
  let type = raw.trim().toLowerCase().replace(/"/g, '');
  const arrayDims = type.match(/(\[\])+$/)?.[0] ?? '';
  type = type.slice(0, type.length - arrayDims.length).trim();
  type = type.replace(/\s*\(\s*/g, '(').replace(/\s*,\s*/g, ',').replace(/\s*\)/g, ')');
  type = type.replace(/^public\./, '');
  for (const [pattern, replacement] of LONG_NAMES) {
    if (pattern.test(type)) {
      type = type.replace(pattern, replacement);
      break;
    }
  }
  return type + arrayDims;
}

const SERIALS: Record<string, string> = { integer: 'serial', bigint: 'bigserial', smallint: 'smallserial' };

/** `integer DEFAULT nextval(...)` is how a `serial` column looks once created. */
export function serialType(type: string, defaultExpression: string | null): string | null {
  if (!defaultExpression || !/^nextval\(/i.test(defaultExpression)) return null;
  return SERIALS[type] ?? null;
}

/**
 * Defaults come back from the catalog with casts (`'x'::text`, `'{}'::jsonb`) that drizzle
 * snapshots omit or keep; comparing literals without their casts avoids false drift.
 */
export function normalizePgDefault(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  let text = String(raw).trim();
  for (;;) {
    const unwrapped = text.replace(/^\((.*)\)$/s, '$1');
    const uncast = unwrapped.replace(/^('(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false|null)::[\w\s."[\]()]+$/i, '$1');
    if (uncast === text) break;
    text = uncast;
  }
  return text.replace(/^(true|false|null)$/i, (word) => word.toLowerCase());
}
