import path from 'node:path';
import { configError } from '../../errors.js';

/**
 * Where a ClickHouse URL points. Accepted forms:
 *
 * - `clickhouse://user:pass@host:port/db`: HTTP on port 8123 by default; `?secure=1` (or port
 *   8443 / 443) switches to HTTPS. The native TCP port (9000) is not spoken.
 * - `http://user:pass@host:port/db` and `https://...` (ClickHouse Cloud:
 *   `https://default:pass@abc.eu-west-1.aws.clickhouse.cloud:8443/db`): used as written, so the
 *   port is the URL's (80/443 when omitted).
 * - `chdb:///abs/dir` or `chdb://./relative/dir` (relative to the working directory): chDB,
 *   ClickHouse in process, on that data directory. The path names the directory, so the
 *   database comes from `?database=name` (default `default`) and is created if missing: an
 *   embedded data directory is ours to shape, a server's databases are not.
 *
 * For HTTP forms the database is the first path segment (default `default`). User and password
 * are percent-decoded; the password is never part of `display`.
 */
export type ClickHouseTarget =
  | { kind: 'http'; url: string; username: string; password: string; database: string; display: string }
  | { kind: 'chdb'; path: string; database: string; display: string };

function decode(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw configError(`The ClickHouse URL's ${what} is not valid percent-encoding.`);
  }
}

/** The query parameters each form reads: any other is refused rather than dropped unread. */
const PARAMETERS: Record<string, readonly string[]> = { 'chdb:': ['database'], 'clickhouse:': ['secure'], 'http:': [], 'https:': [] };

function refuseUnreadParameters(url: URL): void {
  const known = PARAMETERS[url.protocol] ?? [];
  // Names only: a parameter's value may be a secret.
  const unread = [...new Set(url.searchParams.keys())].filter((name) => !known.includes(name));
  if (unread.length === 0) return;
  const takes = known.length > 0 ? `takes only ${known.map((name) => `?${name}=`).join(', ')}` : 'takes no query parameters';
  throw configError(`The ClickHouse URL has ${unread.length === 1 ? 'a parameter' : 'parameters'} schemagate does not read: ${unread.map((name) => JSON.stringify(name)).join(', ')}.`, {
    hint: `A ${url.protocol}// URL ${takes}. Remove the others; a user and password go before the host (${url.protocol === 'chdb:' ? 'a chdb:// database has none' : `${url.protocol}//user:password@host`}).`,
  });
}

export function parseClickHouseUrl(url: URL, cwd = process.cwd()): ClickHouseTarget {
  refuseUnreadParameters(url);
  if (url.protocol === 'chdb:') {
    const raw = decode(url.host + url.pathname, 'path');
    if (raw === '' || raw === '/') {
      throw configError('A chdb:// URL needs a data directory: chdb:///absolute/dir or chdb://./relative/dir.');
    }
    const dir = path.resolve(cwd, raw);
    const database = url.searchParams.get('database') || 'default';
    return { kind: 'chdb', path: dir, database, display: `chdb://${dir}${database === 'default' ? '' : `?database=${database}`}` };
  }

  let secure: boolean;
  let port = url.port;
  if (url.protocol === 'clickhouse:') {
    const flag = url.searchParams.get('secure');
    secure = flag === '1' || flag === 'true' || port === '8443' || port === '443';
    if (!port) port = secure ? '8443' : '8123';
  } else if (url.protocol === 'http:' || url.protocol === 'https:') {
    secure = url.protocol === 'https:';
  } else {
    throw configError(`Not a ClickHouse URL scheme: ${url.protocol}`);
  }
  if (!url.hostname) throw configError('The ClickHouse URL has no host.');
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length > 1) {
    throw configError(`The ClickHouse URL path must be just the database name, got "${url.pathname}".`);
  }
  const database = segments[0] ? decode(segments[0], 'database') : 'default';
  const origin = `${secure ? 'https' : 'http'}://${url.hostname.includes(':') && !url.hostname.startsWith('[') ? `[${url.hostname}]` : url.hostname}${port ? `:${port}` : ''}`;
  const username = url.username ? decode(url.username, 'user') : 'default';
  return {
    kind: 'http',
    url: origin,
    username,
    password: url.password ? decode(url.password, 'password') : '',
    database,
    display: `${origin}/${database} as ${username}`,
  };
}
