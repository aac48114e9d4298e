import { readSettings, type InputName } from '../../src/config/index.js';
import type { Outcome } from '../../src/core/outcome.js';
import { runSchemagate } from '../../src/core/run.js';
import type { ProgressEvent } from '../../src/core/events.js';

/** Runs the core exactly as the shells do, from input strings, collecting progress events. */
export async function runMode(inputs: Partial<Record<InputName, string>>, cwd: string): Promise<Outcome & { events: ProgressEvent[] }> {
  const events: ProgressEvent[] = [];
  const settings = readSettings((name) => inputs[name], { GITHUB_WORKSPACE: cwd } as NodeJS.ProcessEnv);
  const outcome = await runSchemagate(settings, (event) => events.push(event));
  return { ...outcome, events };
}
