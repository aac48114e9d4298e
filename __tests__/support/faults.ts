import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { NODE24, ROOT } from './action.js';
import { EXIT_CODES } from '../../src/errors.js';

/**
 * Helpers of the fault suite: a seeded random source (the same seed replays the same kill
 * points), counts from the environment, and the CLI bundle spawned as a user would run it.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FAULT_SEED = Number(process.env.SCHEMAGATE_FAULT_SEED ?? 12);
export const count = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const CLI = path.join(ROOT, 'bin/schemagate.js');

/** Spawns the CLI bundle; `finished` settles when it exits, however it exits. */
export function startCli(args: string[], cwd: string, env: Record<string, string> = {}): { child: ChildProcess; finished: Promise<Finished> } {
  const child = spawn(NODE24, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const finished = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, finished };
}

export function runCli(args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(NODE24, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, maxBuffer: 64 * 1024 * 1024 });
}

/** Text a run must never show: JavaScript internals and stack traces. */
export const INTERNALS = /Cannot read propert|\[object Object\]|Cannot convert .* to a BigInt|is not a function|\n\s+at .+:\d+:\d+\)?\n|undefined \(reading/;

/** A run ended in an outcome: a summary on stdout and, on failure, a one-line reason on stderr. */
export function hasOutcome(run: { code: number | null; stdout: string; stderr: string }, json = false): boolean {
  if (run.code === null || !Object.values(EXIT_CODES).includes(run.code)) return false;
  const summary = json ? /"status":/.test(run.stdout) : /schemagate (apply|plan|baseline|verify|snapshot)/.test(run.stdout);
  // The one-line reason: on stderr beside a JSON report, in the text report's heading otherwise.
  const reason = run.code === 0 || /^schemagate \w+: .+$/m.test(run.stderr) || /schemagate \w+: [a-z -]+$/m.test(run.stdout);
  return summary && reason && !INTERNALS.test(run.stdout + run.stderr);
}
