#!/usr/bin/env node
// Writes src/config/inputs.generated.ts from action.yml, so the action's inputs, their defaults
// and their descriptions are declared once: the CLI's flags and help, and the settings reader,
// take them from here. `npm run bundle` runs it, and CI fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url);
export const ACTION_YML = new URL('action.yml', root);
export const GENERATED = new URL('src/config/inputs.generated.ts', root);

/** The TypeScript module for the inputs of an action.yml text. */
export function renderInputs(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, { default: String(input.default ?? ''), description: String(input.description ?? '') }]),
  );
  return `// Generated from action.yml by scripts/generate-inputs.mjs; do not edit.
export const ACTION_INPUTS = ${JSON.stringify(inputs, null, 2)} as const;
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(GENERATED, renderInputs(readFileSync(ACTION_YML, 'utf8')));
}
