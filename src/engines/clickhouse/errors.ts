import { SchemagateError } from '../../errors.js';
import { DatabaseError } from '../engine.js';

/**
 * An error raised by the ClickHouse server (or chDB's embedded engine), with its numeric code
 * and code name. The message is ClickHouse's own text, minus the stack trace and version suffix
 * that would clutter an annotation: `Code: 60. DB::Exception: Unknown table ... (UNKNOWN_TABLE)`.
 */
export class ClickHouseError extends DatabaseError {
  constructor(
    message: string,
    readonly code: number,
    readonly type: string,
  ) {
    // A syntax error says where in the query it failed, from 1: the core turns that into the file's line.
    const position = /\bfailed at position (\d+)\b/.exec(message)?.[1];
    super(message, position === undefined ? undefined : Number(position));
    this.name = 'ClickHouseError';
  }
}

// Same shape @clickhouse/client parses: the innermost `Code: N. ... Exception: message (TYPE)`.
const SERVER_ERROR = /(?:Code|Error): (\d+)\..*?Exception: (.+?)\s*\(((?=[A-Z0-9_]*[A-Z]{3})[A-Z0-9_]+)\)/s;

/** Drops chDB's `Query failed:` prefix, stack-trace lines and the `(version x)` suffix. */
export function cleanServerText(text: string): string {
  return text
    .replace(/^Query failed:\s*/, '')
    .split('\n')
    .filter((line) => !/^\s*\d+\.\s.*@\s*0x[0-9a-f]+/i.test(line) && !/^\s*\d+\.\s+clone/.test(line))
    .join('\n')
    .replace(/\s*\(version [^)]*\)\s*$/, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Parses ClickHouse's error text into a ClickHouseError, or null when it is not one. */
export function parseServerError(text: string): ClickHouseError | null {
  const cleaned = cleanServerText(text);
  const match = SERVER_ERROR.exec(cleaned);
  if (!match) return null;
  const code = Number(match[1]);
  const type = match[3]!;
  const message = match[2]!.replace(/\.$/, '');
  return new ClickHouseError(`Code: ${code}. DB::Exception: ${message}. (${type})`, code, type);
}

/** How a request failed, which decides whether it may be retried and how it is reported. */
export type FailureClass =
  /** Nothing reached the server (refused, unresolvable, unreachable): always safe to retry. */
  | 'not-sent'
  /** The connection broke or timed out after the request may have reached the server. */
  | 'interrupted'
  /** An HTTP error that is not ClickHouse's (a proxy's 502/503/504): the server was not reached or is not serving. */
  | 'unavailable'
  /** Credentials refused. */
  | 'auth'
  /** ClickHouse ran (or parsed) the statement and reported an error. */
  | 'server';

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const INTERRUPTED_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);
/** AUTHENTICATION_FAILED, UNKNOWN_USER, REQUIRED_PASSWORD, IP_ADDRESS_NOT_ALLOWED. */
const AUTH_CODES = new Set([516, 192, 194, 195]);

/**
 * The message of anything thrown. Errors from Node's own modules may come from another realm
 * (jest's VM sandbox, for one) where `instanceof Error` is false, so this goes by shape.
 */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** An Error of this realm, keeping code and cause (p-retry refuses anything else). */
export function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  const code = (error as { code?: unknown } | null)?.code;
  return Object.assign(new Error(messageOf(error), { cause: error }), code === undefined ? {} : { code });
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause && cause !== error ? errorCode(cause) : undefined;
}

export function classifyFailure(error: unknown): FailureClass {
  if (error instanceof ClickHouseError) return AUTH_CODES.has(error.code) ? 'auth' : 'server';
  const code = errorCode(error);
  if (code && NOT_SENT_CODES.has(code)) return 'not-sent';
  if (code && INTERRUPTED_CODES.has(code)) return 'interrupted';
  const message = messageOf(error);
  if (/socket hang up|Timeout error|other side closed|premature close/i.test(message)) return 'interrupted';
  // @clickhouse/client turns a non-ClickHouse error response (a proxy page) into a plain Error
  // carrying the body; ClickHouse's own errors always parse, so what is left is the HTTP layer.
  return 'unavailable';
}

/** Retry test for a statement that may change data: only when it certainly never left us. */
export const retryableBeforeSend = (error: unknown) => classifyFailure(error) === 'not-sent';

/** Retry test for reads and idempotent writes (journal rows keyed by id, IF NOT EXISTS DDL). */
export const retryableIdempotent = (error: unknown) => {
  const kind = classifyFailure(error);
  return kind === 'not-sent' || kind === 'interrupted' || kind === 'unavailable';
};

/**
 * Turns a failure the retries could not overcome into what the core reports: server errors stay
 * ClickHouseErrors (a failed statement, with the server's message); everything about reaching or
 * authenticating to the server becomes a `connection` SchemagateError naming the target.
 */
export function toReportedError(error: unknown, target: string, mayHaveRun: boolean): Error {
  if (error instanceof SchemagateError) return error;
  const kind = classifyFailure(error);
  if (kind === 'server') return error as ClickHouseError;
  const message = messageOf(error);
  if (kind === 'auth') {
    return new SchemagateError('connection', `ClickHouse at ${target} refused the credentials: ${message}`, {
      hint: 'Check the user and password in the database URL secret.',
      cause: error,
    });
  }
  if (kind === 'interrupted' && mayHaveRun) {
    return new SchemagateError(
      'connection',
      `Lost the connection to ClickHouse at ${target} while a statement was running (${message}); the statement may or may not have completed on the server.`,
      {
        hint: 'Check the server, then re-run: the journal shows which statements completed; verify the interrupted one by hand before resuming.',
        cause: error,
      },
    );
  }
  return new SchemagateError('connection', `Cannot reach ClickHouse at ${target}: ${message}`, {
    hint: 'Check that the server is up and reachable from the runner, and the host, port and scheme of the database URL.',
    cause: error,
  });
}
