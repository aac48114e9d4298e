import { readSettings, type InputName } from '../../src/config.js';
import { execute, type Outcome } from '../../src/run.js';
import type { ProgressEvent } from '../../src/apply.js';

/** Runs the core exactly as the shells do, from input strings, collecting progress events. */
export async function runMode(inputs: Partial<Record<InputName, string>>, cwd: string): Promise<Outcome & { events: ProgressEvent[] }> {
  const events: ProgressEvent[] = [];
  const settings = readSettings((name) => inputs[name], { GITHUB_WORKSPACE: cwd } as NodeJS.ProcessEnv);
  const outcome = await execute(settings, (event) => events.push(event));
  return { ...outcome, events };
}
