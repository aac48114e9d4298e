import { parseArgs as parseArgv } from 'node:util';
import { defaultOf, displayUrl, INPUT_NAMES, inputDescription, MODES, readSettings, Redactor, secretsOf, type InputName, type Mode } from './config/index.js';
import type { ProgressEvent } from './core/events.js';
import { earlyFailure, type Outcome } from './core/outcome.js';
import { runSchemagate } from './core/run.js';
import { NEVER_STOPS } from './core/stop.js';
import { runFanout, type FanoutOutcome } from './core/fanout.js';
import { fanoutReason, fanoutResultJson, mergeResults, readResultFiles, renderFanoutSummary } from './report/fanout.js';
import { EXIT_CODES, SchemagateError } from './errors.js';
import { oneLineReason } from './report/format.js';
import { describeEvent } from './report/progress.js';
import { resultJson } from './report/result.js';
import { renderSummary } from './report/summary.js';
import { plainLinks } from './report/links.js';
import { renderTerminal } from './report/terminal.js';
import { VERSION } from './version.js';

/**
 * The CLI shell over the same core as the action: `schemagate <mode> [--option value]...`.
 * Every action input is an option of the same name (documented from action.yml); progress goes
 * to stderr, the report to stdout, and errors speak of options and DATABASE_URL, not of inputs
 * and secrets.
 */

/**
 * How the report is printed: `--output`, since `--format` is the action's input of that name
 * (the migration folder's layout), and every input is an option of the same name.
 */
export const FORMATS = ['text', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** Inputs whose value is true or false: a bare `--resume` means true, `--no-resume` false. */
const FLAGS = new Set(INPUT_NAMES.filter((name) => ['true', 'false'].includes(defaultOf(name))));
const OPTIONS = INPUT_NAMES.filter((name) => name !== 'mode');

const MODE_SUMMARIES: Record<Mode, string> = {
  plan: 'Show what would run against the target, read-only (with --replay, also from empty on an embedded database).',
  apply: 'Take the lock, apply the pending migrations, record them in the journal, verify the schema.',
  verify: 'Compare the live schema with the expected snapshot (a drift check).',
  snapshot: 'Write the expected snapshot from the database.',
  baseline: 'Record migrations as applied without running them (adopting an existing database).',
};

/** The options each mode is about; every other option is listed after them. */
const MODE_OPTIONS: Record<Mode, InputName[]> = {
  plan: ['database-url', 'migrations', 'replay', 'engine', 'allow-out-of-order', 'resume', 'promotion-database-url', 'promotion-environment'],
  apply: ['database-url', 'migrations', 'snapshot', 'verify', 'lock-timeout', 'statement-timeout', 'allow-out-of-order', 'resume', 'fail-on-extra', 'rebuild-invalid-indexes'],
  verify: ['database-url', 'snapshot', 'fail-on-extra'],
  snapshot: ['database-url', 'snapshot'],
  baseline: ['database-url', 'migrations', 'baseline-to', 'baseline-reason'],
};

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every argument that is a URL may carry a password, wherever it was put (a stray argument, any option). */
const argvSecrets = (argv: string[]) => argv.flatMap((arg) => arg.split(/=(.*)/s)).filter((value) => URL_LIKE.test(value)).flatMap(secretsOf);

/** The URL variables the CLI reads from its environment. */
const envSecrets = (env: NodeJS.ProcessEnv) => [env.DATABASE_URL, env.DIRECT_URL].flatMap((url) => secretsOf(url ?? ''));

export interface Parsed {
  mode: string | null;
  inputs: Partial<Record<InputName, string>>;
  format: Format;
  help: boolean;
  version: boolean;
}

const cliError = (message: string, hint: string) => new SchemagateError('config', message, { hint });

/** An argument as it may be shown: a URL keeps its host, never its credentials. */
function shown(argument: string): string {
  try {
    return displayUrl(new URL(argument));
  } catch {
    return argument;
  }
}

/** `--resume` → `--resume=true`, `--no-resume` → `--resume=false`, so every input is a string option. */
function normaliseFlags(argv: string[]): string[] {
  return argv.flatMap((arg, i) => {
    const negated = /^--no-(.+)$/.exec(arg);
    if (negated && FLAGS.has(negated[1] as InputName)) return [`--${negated[1]}=false`];
    const bare = /^--([^=]+)$/.exec(arg);
    if (!bare || !FLAGS.has(bare[1] as InputName)) return [arg];
    const next = argv[i + 1];
    return next === 'true' || next === 'false' ? [arg] : [`${arg}=true`];
  });
}

export function parseArgs(argv: string[]): Parsed {
  const { tokens } = parseArgv({
    args: normaliseFlags(argv),
    options: {
      ...Object.fromEntries(OPTIONS.map((name) => [name, { type: 'string' as const }])),
      output: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const parsed: Parsed = { mode: null, inputs: {}, format: 'text', help: false, version: false };
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (parsed.mode !== null) throw cliError(`Unexpected argument "${shown(token.value)}".`, 'Give one mode, then options: run `schemagate --help`.');
      parsed.mode = token.value;
      continue;
    }
    if (token.kind !== 'option') continue;
    const { name, value } = token;
    if (name === 'help') parsed.help = true;
    else if (name === 'version') parsed.version = true;
    else if (name === 'json') parsed.format = 'json';
    else if (name === 'output') {
      if (!(FORMATS as readonly string[]).includes(value ?? '')) throw cliError(`--output must be one of ${FORMATS.join(', ')}.`, 'text is for people, markdown for a file or a pull request, json for scripts.');
      parsed.format = value as Format;
    } else if ((OPTIONS as string[]).includes(name)) {
      if (value === undefined) throw cliError(`--${name} needs a value.`, `Write --${name} <value> or --${name}=<value>; run \`schemagate --help\` for what it takes.`);
      parsed.inputs[name as InputName] = value;
    } else {
      throw cliError(`Unknown option --${name}.`, 'Run `schemagate --help` for the options, or `schemagate <mode> --help` for one mode.');
    }
  }
  return parsed;
}

/** Wraps text at `columns`, every line indented by `indent`. */
function wrap(text: string, indent: number, columns = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent + line.length + word.length + 1 > columns) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => ' '.repeat(indent) + l).join('\n');
}

function describeOption(name: InputName): string {
  const fallback = defaultOf(name);
  const shownDefault = fallback === '' ? '' : ` (default: ${fallback})`;
  return `  --${name}${FLAGS.has(name) ? ` / --no-${name}` : ' <value>'}${shownDefault}\n${wrap(inputDescription(name), 6)}`;
}

const FOOTER = `Output:
  --output text|markdown|json   text (default) for people, markdown for a file, json for scripts (--json)
  -h, --help                    this help; \`schemagate <mode> --help\` for one mode
  -v, --version                 the version

The database URL comes from --database-url or the DATABASE_URL environment variable; a direct URL
past a connection pooler from --direct-url or DIRECT_URL.
Exit codes: ${Object.entries(EXIT_CODES).map(([kind, code]) => `${code} ${kind}`).join(', ')}.`;

export function usage(mode: string | null): string {
  if (mode && (MODES as readonly string[]).includes(mode)) {
    const own = MODE_OPTIONS[mode as Mode];
    const others = OPTIONS.filter((name) => !own.includes(name));
    return [
      `Usage: schemagate ${mode} [options]`,
      '',
      wrap(MODE_SUMMARIES[mode as Mode], 0),
      '',
      'Options:',
      ...own.map(describeOption),
      '',
      'Other options:',
      ...others.map(describeOption),
      '',
      FOOTER,
    ].join('\n');
  }
  return [
    `Usage: schemagate <${MODES.join('|')}> [options]`,
    '',
    'Modes:',
    ...MODES.map((m) => `  ${m.padEnd(10)}${MODE_SUMMARIES[m]}`),
    '',
    'Options:',
    ...OPTIONS.map(describeOption),
    '',
    'Many databases: --database-urls "a=URL<newline>b=URL" or --targets-file FILE run the mode on every target;',
    '`schemagate merge <result files or folders...>` merges the --json results of a matrix\'s shards into one report.',
    '',
    FOOTER,
    'Example: schemagate apply --database-url pglite://.schemagate/dev --migrations migrations',
  ].join('\n');
}

/** Where the CLI writes, and what the terminal can do: injected so tests can run it in process. */
export interface Terminal {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/**
 * Progress on stderr. On a terminal, the per-statement lines of a migration redraw one line in
 * place; anywhere else (CI logs, files) every event is a plain line.
 */
function progressPrinter(stderr: Terminal['stderr'], redact: (text: string) => string): { print(event: ProgressEvent): void; end(): void } {
  let open = false;
  const end = () => {
    if (open) stderr.write('\n');
    open = false;
  };
  return {
    print(event) {
      const line = redact(describeEvent(event));
      const inPlace = stderr.isTTY === true && (event.type === 'statement' || event.type === 'statement-running' || event.type === 'statement-progress');
      if (inPlace) {
        stderr.write(`\r\u001b[2K${line.trim()}`);
        open = true;
        return;
      }
      end();
      stderr.write(`${line}\n`);
    },
    end,
  };
}

function render(outcome: Outcome, format: Format, color: boolean): string {
  if (format === 'json') return `${resultJson(outcome)}\n`;
  const markdown = renderSummary(outcome, { style: 'terminal', links: plainLinks });
  return format === 'markdown' ? `${markdown}\n` : renderTerminal(markdown, { color });
}

/** A fan-out's report (or a matrix's merged one) on stdout; the worst target's exit code. */
function reportFanout(fanout: FanoutOutcome, format: Format, redactor: Redactor, terminal: Terminal, env: NodeJS.ProcessEnv): number {
  const color = terminal.stdout.isTTY === true && !env.NO_COLOR;
  const markdown = format === 'json' ? '' : renderFanoutSummary(fanout, { style: 'terminal', links: plainLinks });
  const text = format === 'json' ? `${fanoutResultJson(fanout)}\n` : format === 'markdown' ? `${markdown}\n` : renderTerminal(markdown, { color });
  terminal.stdout.write(redactor.redact(text));
  if (fanout.status !== 'ok' && format === 'json') terminal.stderr.write(`${redactor.redact(fanoutReason(fanout))}\n`);
  return EXIT_CODES[fanout.status];
}

/** `schemagate merge <files or folders...>`: the result files of a matrix's shards as one report. */
function merge(argv: string[], env: NodeJS.ProcessEnv, terminal: Terminal): number {
  const redactor = new Redactor([]);
  let format: Format = 'text';
  try {
    const { values, positionals } = parseArgv({ args: argv, options: { output: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    format = values.json ? 'json' : ((values.output ?? 'text') as Format);
    if (!(FORMATS as readonly string[]).includes(format)) throw cliError(`--output must be one of ${FORMATS.join(', ')}.`, 'text is for people, markdown for a file, json for scripts.');
    if (positionals.length === 0) throw cliError('`schemagate merge` needs result files or folders.', 'Run `schemagate merge results/` with the shards\' result files (each run\'s --json output, or the action\'s result-file).');
    return reportFanout(mergeResults(readResultFiles(positionals.join('\n'), process.cwd())), format, redactor, terminal, env);
  } catch (error) {
    return report(earlyFailure('plan', error instanceof SchemagateError ? error : cliError((error as Error).message, 'Run `schemagate --help`.')), format, redactor, terminal, env);
  }
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, terminal: Terminal = process, stop: AbortSignal = NEVER_STOPS): Promise<number> {
  if (argv[0] === 'merge') return merge(argv.slice(1), env, terminal);
  let outcome: Outcome;
  let format: Format = 'text';
  let redactor = new Redactor([...envSecrets(env), ...argvSecrets(argv)]);
  const progress = progressPrinter(terminal.stderr, (text) => redactor.redact(text));
  try {
    const parsed = parseArgs(argv);
    format = parsed.format;
    if (parsed.version) {
      terminal.stdout.write(`schemagate ${VERSION}\n`);
      return 0;
    }
    if (parsed.help || parsed.mode === null) {
      terminal.stdout.write(`${usage(parsed.mode)}\n`);
      return parsed.help ? 0 : EXIT_CODES.config;
    }
    // The URLs come from the environment as the platforms name them (DATABASE_URL, and DIRECT_URL past
    // a pooler); a fan-out names its targets itself (DATABASE_URL is then often a targets file's `url-env`).
    const many = Boolean(parsed.inputs['database-urls'] || parsed.inputs['targets-file']);
    const urls: Partial<Record<InputName, string>> = {
      'database-url': parsed.inputs['database-url'] ?? (many ? '' : (env.DATABASE_URL ?? '')),
      'direct-url': parsed.inputs['direct-url'] ?? (many ? '' : (env.DIRECT_URL ?? '')),
    };
    const urlSecrets = [...Object.values(urls).flatMap((url) => secretsOf(url ?? '')), ...envSecrets(env), ...argvSecrets(argv)];
    redactor = new Redactor([...urlSecrets, ...(parsed.inputs['database-urls'] ?? '').split(/\r?\n/).flatMap((line) => secretsOf(line.replace(/^[^=:\s]+=/, '')))]);
    const mode = parsed.mode;
    const settings = forTerminal(() => readSettings((name) => (name === 'mode' ? mode : name in urls ? urls[name] : parsed.inputs[name]), env));
    if (settings.fanout) {
      redactor = new Redactor([...urlSecrets, ...settings.fanout.targets.flatMap((t) => secretsOf(t.url.href))]);
      const fanout = await runFanout(settings, (event) => progress.print(event), stop);
      progress.end();
      return reportFanout(fanout, format, redactor, terminal, env);
    }
    outcome = await runSchemagate(settings, (event) => progress.print(event), stop);
  } catch (error) {
    // Whatever happened, the run ends in an outcome: a bug is reported as `internal`.
    outcome = earlyFailure(modeIn(argv), error);
  }
  progress.end();
  return report(outcome, format, redactor, terminal, env);
}

const modeIn = (argv: string[]) => argv.find((a) => (MODES as readonly string[]).includes(a)) ?? 'plan';

function report(outcome: Outcome, format: Format, redactor: Redactor, terminal: Terminal, env: NodeJS.ProcessEnv): number {
  const color = terminal.stdout.isTTY === true && !env.NO_COLOR;
  terminal.stdout.write(redactor.redact(render(outcome, format, color)));
  // The report on stdout already says why; a script reading JSON gets the reason on stderr too.
  if (outcome.status !== 'ok' && format === 'json') terminal.stderr.write(`${redactor.redact(oneLineReason(outcome))}\n`);
  return EXIT_CODES[outcome.status];
}

/**
 * Settings errors are worded for the action's inputs and secrets; a terminal user passes
 * options and sets DATABASE_URL.
 */
function forTerminal<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof SchemagateError)) throw error;
    // Every input named in backticks is the flag here; a name that is also a mode (`snapshot`) only after "Input" or "Set".
    const flag = (name: string) => (INPUT_NAMES as readonly string[]).includes(name) && name !== 'mode' && !(MODES as readonly string[]).includes(name);
    const reword = (text: string) =>
      text
        .replace(/\b[Ii]nput `([a-z-]+)`/g, '`--$1`')
        .replace(/Set `([a-z-]+)`/g, 'Set `--$1`')
        .replace(/`([a-z-]+)`/g, (whole, name: string) => (flag(name) ? `\`--${name}\`` : whole));
    const noUrl = /^No database URL/.test(error.message);
    throw new SchemagateError(error.kind, reword(error.message), {
      ...error.details,
      ...(noUrl
        ? { hint: 'Pass --database-url <url> or set DATABASE_URL (pglite://PATH and chdb://PATH need no server); `schemagate plan --replay --engine postgres` previews without a database.' }
        : error.hint
          ? { hint: reword(error.hint) }
          : {}),
    });
  }
}

/**
 * An error thrown outside the run's promise chain (a driver's timer, an unhandled rejection):
 * still an outcome on stdout, and the `internal` exit code.
 */
export function reportFatal(argv: string[], error: unknown, env: NodeJS.ProcessEnv = process.env, terminal: Terminal = process): number {
  const format: Format = argv.includes('--json') || argv.includes('--output=json') ? 'json' : 'text';
  return report(earlyFailure(modeIn(argv), error), format, new Redactor([...envSecrets(env), ...argvSecrets(argv)]), terminal, env);
}
