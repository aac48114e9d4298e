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
 * snapshots omit or keep; comparing literals without their casts avoids false drift. Literals
 * that Postgres re-spells are brought to one form: numbers as Postgres prints constants, jsonb
 * as jsonb prints itself, array literals with only the quotes they need.
 */
export function normalizePgDefault(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  let text = String(raw).trim();
  const casts: string[] = [];
  for (;;) {
    const unwrapped = text.replace(/^\((.*)\)$/s, '$1');
    const match = /^('(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false|null)::([\w\s."[\]()]+)$/i.exec(unwrapped);
    const uncast = match ? match[1]! : unwrapped;
    if (match) casts.push(match[2]!.trim().toLowerCase());
    if (uncast === text) break;
    text = uncast;
  }
  text = text.replace(/^(true|false|null)$/i, (word) => word.toLowerCase());
  const quoted = /^'((?:[^']|'')*)'$/s.exec(text);
  if (!quoted) return normalizeNumber(text);
  const content = quoted[1]!.replace(/''/g, "'");
  if (NUMBER.test(content) && !content.startsWith('-') && /[.e]/i.test(content)) return content;
  const respelled = casts.includes('jsonb') ? jsonbText(content) : pgArrayText(content);
  return respelled === null ? text : `'${respelled.replace(/'/g, "''")}'`;
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const INT4_MAX = 2147483647n;

/**
 * Postgres prints a numeric constant bare only when it reads back as the same constant: a
 * non-negative int4, or a non-negative decimal; others come back quoted (`'-1'::integer`,
 * `'5000000000'::bigint`). A snapshot's bare `-1` is therefore the catalog's `'-1'`, and a
 * quoted `'0.00'` the catalog's `0.00`.
 */
function normalizeNumber(text: string): string {
  if (!NUMBER.test(text)) return text;
  const negative = text.startsWith('-');
  const integer = !/[.e]/i.test(text);
  return negative || (integer && BigInt(text) > INT4_MAX) ? `'${text}'` : text;
}

/** jsonb's own output: keys ordered by length then bytes, last duplicate wins, `", "` and `": "`. */
function jsonbText(content: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return null;
  }
  const render = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(render).join(', ')}]`;
    if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v).sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)));
      return `{${keys.map((k) => `${JSON.stringify(k)}: ${render((v as Record<string, unknown>)[k])}`).join(', ')}}`;
    }
    return JSON.stringify(v);
  };
  return render(value);
}

/**
 * An array literal as Postgres prints it: elements quoted only when they must be (drizzle-kit
 * writes `'{"x","y"}'`, the catalog returns `'{x,y}'`). Null when the text is not an array literal.
 */
function pgArrayText(content: string): string | null {
  if (!content.startsWith('{') || !content.endsWith('}')) return null;
  let i = 0;
  const parse = (): string | null => {
    // at '{'
    i++;
    const items: string[] = [];
    if (content[i] === '}') {
      i++;
      return '{}';
    }
    for (;;) {
      while (content[i] === ' ') i++;
      let item: string;
      if (content[i] === '{') {
        const inner = parse();
        if (inner === null) return null;
        item = inner;
      } else if (content[i] === '"') {
        let value = '';
        i++;
        while (i < content.length && content[i] !== '"') {
          if (content[i] === '\\') i++;
          value += content[i] ?? '';
          i++;
        }
        if (content[i] !== '"') return null;
        i++;
        item = /^[^\s{},"\\]+$/.test(value) && value.toLowerCase() !== 'null' ? value : `"${value.replace(/["\\]/g, '\\$&')}"`;
      } else {
        const start = i;
        while (i < content.length && !',}'.includes(content[i]!)) i++;
        item = content.slice(start, i).trim();
        if (item === '' || /["{\\]/.test(item)) return null;
      }
      items.push(item);
      while (content[i] === ' ') i++;
      if (content[i] === ',') {
        i++;
        continue;
      }
      if (content[i] === '}') {
        i++;
        return `{${items.join(',')}}`;
      }
      return null;
    }
  };
  const result = parse();
  return result !== null && i === content.length ? result : null;
}
