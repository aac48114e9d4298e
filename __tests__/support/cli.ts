import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './action.js';

/** Runs the CLI from the TypeScript sources in a separate process (its own connection and pid). */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function spawnCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli-main.ts'), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
