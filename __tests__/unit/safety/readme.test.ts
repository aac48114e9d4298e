import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from '@jest/globals';
import { RULE_TABLE_MARKERS, ruleTable } from '../../../src/safety/readme.js';

const readme = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../README.md');

it("the README's Safety rules table is ruleDocs", () => {
  const text = fs.readFileSync(readme, 'utf8');
  const [start, end] = RULE_TABLE_MARKERS;
  const between = text.slice(text.indexOf(start) + start.length, text.indexOf(end)).trim();
  expect(between).toBe(ruleTable());
});
