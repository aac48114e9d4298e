import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { configError } from '../errors.js';
import { displayUrl, PERCENT_HINT, undecodableUserinfo } from './secrets.js';

/**
 * The targets of a fan-out (many databases, one folder): read from the `database-urls` input or
 * from a targets file, and split into shards for a job matrix. Pure: the file's text and the
 * environment are handed in. A bad entry is a configuration error naming its line, and never
 * echoes a URL (it may hold a password).
 */

export interface TargetSpec {
  /** How the target is shown everywhere: a given name, or the URL's host and database. */
  name: string;
  url: URL;
  /** Schema per tenant: the schema unqualified names resolve to (Postgres search_path). */
  schema: string | null;
  /** Where this target's journal lives; defaults to `schema` when one is set. */
  journalSchema: string | null;
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.:@/-]*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `name=URL`: a name has no `:`, so a URL's own `=` (in its query) is never taken for one. */
const NAMED = /^([^=:\s]+)=(.*)$/s;

/** `host:port/db`, plus `#schema`: a target shown without its credentials. */
export function targetLabel(url: URL, schema: string | null): string {
  const shown = displayUrl(url).replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/$/, '');
  return schema ? `${shown}#${schema}` : shown;
}

/** Parses a URL without ever putting it in an error message. */
function parseUrl(raw: string, where: string, schemes: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw configError(`${where}: not a valid URL (the value is not shown: it may hold a password).`, {
      hint: 'Write one target per line, `URL` or `name=URL`; percent-encode special characters in the password.',
    });
  }
  if (!schemes.includes(url.protocol)) {
    throw configError(`${where}: the URL scheme "${url.protocol}" is not one schemagate supports.`, { hint: `Use one of: ${schemes.map((s) => `${s}//`).join(', ')}.` });
  }
  const undecodable = undecodableUserinfo(url);
  if (undecodable) throw configError(`${where}: the URL's ${undecodable} is not valid percent-encoding (the value is not shown).`, { hint: PERCENT_HINT });
  return url;
}

function checkName(name: string, where: string): string {
  if (!NAME.test(name)) {
    throw configError(`${where}: target name "${name}" may hold only letters, digits and _ . : @ / -.`, { hint: 'Name targets like tenant-a, eu-west/orders or shard_07.' });
  }
  return name;
}

function checkUnique(targets: TargetSpec[], wheres: string[]): TargetSpec[] {
  const seen = new Map<string, number>();
  targets.forEach((target, i) => {
    const first = seen.get(target.name);
    if (first !== undefined) {
      throw configError(`${wheres[i]}: target "${target.name}" is already the target of ${wheres[first]}.`, {
        hint: 'Give each target its own name (`name=URL`, or `name:` in a targets file); a database listed twice would be migrated twice at once.',
      });
    }
    seen.set(target.name, i);
  });
  return targets;
}

/** The `database-urls` input: one target per line, `URL` or `name=URL`; blank and `#` lines skipped. */
export function parseDatabaseUrls(text: string, schemes: readonly string[]): TargetSpec[] {
  const targets: TargetSpec[] = [];
  const wheres: string[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const value = line.trim();
    if (value === '' || value.startsWith('#')) continue;
    const where = `\`database-urls\` line ${index + 1}`;
    const named = NAMED.exec(value);
    const url = parseUrl(named ? named[2]!.trim() : value, where, schemes);
    targets.push({ name: named ? checkName(named[1]!, where) : targetLabel(url, null), url, schema: null, journalSchema: null });
    wheres.push(where);
  }
  if (targets.length === 0) throw configError('`database-urls` lists no target.', { hint: 'Write one database URL per line, `URL` or `name=URL`.' });
  return checkUnique(targets, wheres);
}

const TARGET_KEYS = ['name', 'url-env', 'schema', 'journal-schema'];

/**
 * A targets file (YAML or JSON, which YAML reads too):
 *
 *     url-env: DATABASE_URL        # default for every target
 *     targets:
 *       - name: eu
 *         url-env: EU_DATABASE_URL
 *       - schema: tenant_0001      # schema per tenant, on the default URL
 */
export function parseTargetsFile(text: string, file: string, env: NodeJS.ProcessEnv, schemes: readonly string[]): TargetSpec[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (node: Node | null | undefined) => `${file}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw configError(`${file}:${error.linePos?.[0].line ?? 1}: not valid YAML or JSON: ${error.message.split('\n')[0]}`, { location: { file, line: error.linePos?.[0].line ?? 1 } });
  }
  const root = doc.contents;
  const list = isMap(root) ? root.get('targets', true) : root;
  if (!isSeq(list) || list.items.length === 0) {
    throw configError(`${file}: no targets: expected a list under \`targets:\`.`, {
      location: { file, line: 1 },
      hint: 'Write `targets:` with one entry per database: `- name: eu` and `url-env: EU_DATABASE_URL` (the environment variable holding its URL).',
    });
  }
  const defaultEnv = isMap(root) ? root.get('url-env') : undefined;
  if (isMap(root) && root.has('url')) throw urlInFile(at(root.get('url', true)));
  const targets: TargetSpec[] = [];
  const wheres: string[] = [];
  for (const item of list.items) {
    const where = at(item);
    if (!isMap(item)) throw configError(`${where}: a target must be a mapping (name, url-env, schema).`, { location: locationOf(where) });
    if (item.has('url')) throw urlInFile(at(item.get('url', true)));
    for (const pair of item.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      if (!TARGET_KEYS.includes(key)) {
        throw configError(`${at(pair.key)}: unknown key \`${key}\` in a target.`, { location: locationOf(at(pair.key)), hint: `A target has ${TARGET_KEYS.join(', ')}.` });
      }
    }
    const text = (key: string): string | null => {
      const value = item.get(key);
      if (value === undefined || value === null) return null;
      if (typeof value !== 'string' && typeof value !== 'number') throw configError(`${at(item.get(key, true))}: \`${key}\` must be text.`, { location: locationOf(where) });
      return String(value).trim() || null;
    };
    const variable = text('url-env') ?? (typeof defaultEnv === 'string' ? defaultEnv : null);
    if (!variable) {
      throw configError(`${where}: the target names no \`url-env\` (and the file sets no default \`url-env\`).`, {
        location: locationOf(where),
        hint: 'Set `url-env` to the environment variable that holds the database URL (pass the secret in the step\'s `env:`).',
      });
    }
    const raw = env[variable]?.trim();
    if (!raw) {
      throw configError(`${where}: the environment variable ${variable} is not set or empty.`, {
        location: locationOf(where),
        hint: `Pass the secret to the step: \`env: ${variable}: \${{ secrets.${variable} }}\`.`,
      });
    }
    const url = parseUrl(raw, `${where}: ${variable}`, schemes);
    const schema = text('schema');
    const journalSchema = text('journal-schema');
    for (const [key, value] of [['schema', schema], ['journal-schema', journalSchema]] as const) {
      if (value !== null && !IDENTIFIER.test(value)) throw configError(`${where}: \`${key}\` must be a plain identifier (letters, digits, _), got "${value}".`, { location: locationOf(where) });
    }
    const name = text('name');
    targets.push({ name: name ? checkName(name, where) : (schema ?? targetLabel(url, null)), url, schema, journalSchema: journalSchema ?? schema });
    wheres.push(where);
  }
  return checkUnique(targets, wheres);
}

function locationOf(where: string) {
  const match = /^(.*):(\d+)$/.exec(where);
  return match ? { file: match[1]!, line: Number(match[2]) } : { file: where };
}

function urlInFile(where: string) {
  return configError(`${where}: a targets file must not hold a database URL (it is committed, and the URL holds a password).`, {
    location: locationOf(where),
    hint: 'Put the URL in a secret, pass it to the step as an environment variable, and name that variable with `url-env`.',
  });
}

/** Which targets run first, alone: `first`, or names separated by commas (each must exist). */
export function canaryNames(raw: string, targets: TargetSpec[]): string[] {
  const value = raw.trim();
  if (value === '') return [];
  if (value === 'first') return [targets[0]!.name];
  const names = value.split(',').map((n) => n.trim()).filter(Boolean);
  const known = new Set(targets.map((t) => t.name));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw configError(`Input \`canary\` names ${unknown.map((n) => `"${n}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a target' : 'are not targets'}.`, {
      hint: `Set \`canary\` to first, or to target names separated by commas (targets: ${[...known].slice(0, 5).join(', ')}${known.size > 5 ? ', ...' : ''}).`,
    });
  }
  return [...new Set(names)];
}

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(raw: string): Shard | null {
  const value = raw.trim();
  if (value === '') return null;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index > count) {
    throw configError(`Input \`targets-shard\` must be i/n with 0 <= i <= n and n >= 1 (e.g. 2/8), got "${value}".`, {
      hint: 'Shard i of n (from 1) runs every n-th target from the i-th, canary targets excluded; 0/n runs the canary targets.',
    });
  }
  return { index, count };
}

/**
 * The targets one shard runs: 0/n the canary targets; i/n every n-th of the others from the
 * i-th (round robin, so shards stay within one target of each other in size).
 */
export function shardTargets(targets: TargetSpec[], canary: string[], shard: Shard): TargetSpec[] {
  const isCanary = new Set(canary);
  if (shard.index === 0) return targets.filter((t) => isCanary.has(t.name));
  return targets.filter((t) => !isCanary.has(t.name)).filter((_, i) => i % shard.count === shard.index - 1);
}
