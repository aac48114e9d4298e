import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * ClickHouse's HTTP interface, served from one chDB Session, so the @clickhouse/client path
 * can be tested without a ClickHouse server (Debian's is 18.16, far too old). It implements
 * what the client and the engine use: the query in the `query` parameter and/or the POST body
 * (concatenated: parameter first, then body, as ClickHouse does; an INSERT's JSONEachRow rows
 * thus become inline data, which chDB accepts), `param_*` bindings, `database`, other URL
 * parameters applied as settings, `default_format`, basic auth or X-ClickHouse-User/Key,
 * errors as HTTP 500 with `X-ClickHouse-Exception-Code`, `/ping`, and sessions (`session_id`): a
 * `SET` lasts for the requests of its session only, as on a server (the one chDB session is
 * reset and given that session's SETs again whenever the requests change sessions).
 *
 * chDB allows one data directory per process, so a test that also opens chDB in process, or
 * that needs to kill the server, runs it in a child: startChdbHttpServerProcess.
 */
export interface ChdbHttpServerOptions {
  dataPath: string;
  user?: string;
  password?: string;
  /** Listen on this port (to restart a killed server where clients expect it); default any free one. */
  port?: number;
}

export interface ChdbHttpServer {
  url: string;
  port: number;
  /** Requests served so far, for tests that count attempts. */
  readonly requests: number;
  close(): Promise<void>;
}

interface ChdbSession {
  queryAsync(sql: string, options?: { format?: string }): Promise<{ text(): string }>;
  queryBindAsync(sql: string, params: object, options?: { format?: string }): Promise<{ text(): string }>;
  close(): void;
}

/** URL parameters that are part of the protocol, not settings to apply. */
const PROTOCOL_PARAMS = new Set([
  'query', 'database', 'default_format', 'session_id', 'session_timeout', 'session_check', 'query_id', 'user',
  'password', 'compress', 'decompress', 'enable_http_compression', 'wait_end_of_query', 'buffer_size', 'role',
  'quota_key', 'client_protocol_version', 'add_http_cors_header',
]);

/**
 * Query parameter values arrive in ClickHouse's escaped text form (`\N` is NULL, `\t`, `\\`...).
 * chDB binds JavaScript values, so scalars are unescaped; composite literals pass as written.
 */
function bindValue(raw: string): string | null {
  if (raw === '\\N') return null;
  if (/^[[({]/.test(raw)) return raw;
  const escapes: Record<string, string> = { t: '\t', n: '\n', r: '\r', b: '\b', f: '\f', '0': '\0', '\\': '\\', "'": "'", '"': '"' };
  return raw.replace(/\\(.)/gs, (_, c: string) => escapes[c] ?? c);
}

const FORMAT_CLAUSE = /\bFORMAT\s+([A-Za-z0-9_]+)\s*;?\s*$/i;

function cleanError(message: string): string {
  return message
    .replace(/^Query failed:\s*/, '')
    .split('\n')
    .filter((line) => !/^\s*\d+\.\s.*@\s*0x[0-9a-f]+/i.test(line))
    .join('\n')
    .trim();
}

function credentials(req: IncomingMessage, url: URL): { user: string; password: string } {
  const header = req.headers.authorization;
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  const user = req.headers['x-clickhouse-user'];
  if (typeof user === 'string') return { user, password: String(req.headers['x-clickhouse-key'] ?? '') };
  return { user: url.searchParams.get('user') ?? 'default', password: url.searchParams.get('password') ?? '' };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startChdbHttpServer(options: ChdbHttpServerOptions): Promise<ChdbHttpServer> {
  const { Session } = createRequire(import.meta.url)('chdb') as { Session: new (path: string) => ChdbSession };
  const session = new Session(options.dataPath);
  const expectedUser = options.user ?? 'default';
  const expectedPassword = options.password ?? '';
  // One chDB session: requests run one at a time, each with the database and settings it asked for.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
  let currentDatabase = 'default';
  const applied = new Map<string, string>();
  let requests = 0;
  // The SET statements each ClickHouse session (session_id) has run, and the session they are in effect for.
  const sessionSets = new Map<string, string[]>();
  let activeSession: string | null = null;
  const enterSession = async (id: string | null) => {
    if (id === activeSession) return;
    const changed = (await session.queryAsync('SELECT name FROM system.settings WHERE changed', { format: 'JSONEachRow' })).text();
    for (const line of changed.split('\n').filter(Boolean)) await session.queryAsync(`SET ${(JSON.parse(line) as { name: string }).name} = DEFAULT`);
    applied.clear();
    for (const statement of (id && sessionSets.get(id)) || []) await session.queryAsync(statement);
    activeSession = id;
  };

  const respond = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=UTF-8', ...headers });
    res.end(body);
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    requests++;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = await readBody(req);
    if (url.pathname === '/ping' || (url.pathname === '/' && req.method === 'GET' && !url.searchParams.has('query'))) {
      return respond(res, 200, 'Ok.\n');
    }
    const { user, password } = credentials(req, url);
    if (user !== expectedUser || password !== expectedPassword) {
      return respond(
        res,
        401,
        `Code: 516. DB::Exception: ${user}: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)\n`,
        { 'X-ClickHouse-Exception-Code': '516' },
      );
    }
    const sql = [url.searchParams.get('query') ?? '', body].filter((part) => part.trim() !== '').join('\n');
    const bindings: Record<string, string | null> = {};
    const settings: [string, string][] = [];
    for (const [name, value] of url.searchParams) {
      if (name.startsWith('param_')) bindings[name.slice(6)] = bindValue(value);
      else if (!PROTOCOL_PARAMS.has(name) && !name.startsWith('http_')) settings.push([name, value]);
    }
    const database = url.searchParams.get('database') || 'default';
    const format = FORMAT_CLAUSE.exec(sql)?.[1] ?? url.searchParams.get('default_format') ?? 'TabSeparated';
    const queryId = url.searchParams.get('query_id') || randomUUID();
    const sessionId = url.searchParams.get('session_id');
    try {
      const output = await serial(async () => {
        await enterSession(sessionId);
        if (database !== currentDatabase) {
          await session.queryAsync(`USE \`${database.replace(/[`\\]/g, '\\$&')}\``);
          currentDatabase = database;
        }
        for (const [name, value] of settings) {
          if (applied.get(name) === value) continue;
          await session.queryAsync(`SET ${name} = '${value.replace(/[\\']/g, '\\$&')}'`);
          applied.set(name, value);
        }
        const result = Object.keys(bindings).length
          ? await session.queryBindAsync(sql, bindings, { format })
          : await session.queryAsync(sql, { format });
        if (sessionId && /^\s*SET\b/i.test(sql)) sessionSets.set(sessionId, [...(sessionSets.get(sessionId) ?? []), sql]);
        return result.text();
      });
      respond(res, 200, output, {
        'X-ClickHouse-Query-Id': queryId,
        'X-ClickHouse-Format': format,
        'X-ClickHouse-Timezone': 'UTC',
        'X-ClickHouse-Summary': JSON.stringify({ read_rows: '0', read_bytes: '0', written_rows: '0', written_bytes: '0', total_rows_to_read: '0', result_rows: '0', result_bytes: '0', elapsed_ns: '0' }),
      });
    } catch (error) {
      const message = cleanError(error instanceof Error ? error.message : String(error));
      const code = /Code: (\d+)/.exec(message)?.[1] ?? '1000';
      respond(res, 500, `${message}\n`, { 'X-ClickHouse-Exception-Code': code, 'X-ClickHouse-Query-Id': queryId });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => respond(res, 500, `${String(error)}\n`, { 'X-ClickHouse-Exception-Code': '1000' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get requests() {
      return requests;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await tail;
      session.close();
    },
  };
}

// ---- the same server in a child process ------------------------------------------------------

export interface ChdbHttpServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** SIGTERM, and wait for the exit. */
  close(): Promise<void>;
  /** SIGKILL (a crash), and wait for the exit. */
  kill(): Promise<void>;
}

const MAIN = fileURLToPath(new URL('./chdb-http-server-main.mjs', import.meta.url));

/** Environment for child `node` processes: jest's --experimental-vm-modules is not theirs. */
export function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return env;
}

/** Reads the first JSON line a child prints on stdout, failing with its stderr if it exits first. */
export function firstJsonLine<T>(child: ChildProcess, timeoutMs = 30_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`child printed nothing in ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    const onData = (d: Buffer) => {
      out += d.toString();
      const newline = out.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume(); // keep draining what else it prints
      try {
        resolve(JSON.parse(out.slice(0, newline)) as T);
      } catch {
        reject(new Error(`child printed ${out.slice(0, newline)}; stderr: ${err}`));
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`child exited (${code ?? signal}) before answering; stderr: ${err}`));
    });
  });
}

export function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startChdbHttpServerProcess(options: ChdbHttpServerOptions): Promise<ChdbHttpServerProcess> {
  const child = spawn(process.execPath, [MAIN, JSON.stringify(options)], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const { port } = await firstJsonLine<{ port: number }>(child);
  const stop = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await waitForExit(child);
  };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    close: () => stop('SIGTERM'),
    kill: () => stop('SIGKILL'),
  };
}
