#!/usr/bin/env node
/**
 * The README's tables of action inputs and outputs, generated from action.yml.
 *
 *   node scripts/readme-tables.mjs           print both tables
 *   node scripts/readme-tables.mjs --write   rewrite README.md between its markers
 *   node scripts/readme-tables.mjs --check   exit 1 when README.md's tables are stale
 *
 * Markers in README.md: <!-- inputs:start --> ... <!-- inputs:end --> and
 * <!-- outputs:start --> ... <!-- outputs:end -->. __tests__/readme.test.ts keeps them equal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SECTIONS = ['inputs', 'outputs'];

export const markers = (section) => [`<!-- ${section}:start -->`, `<!-- ${section}:end -->`];

/** action.yml parsed. */
export function readAction(root = ROOT) {
  return parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8'));
}

/** Text safe inside a table cell: one line, pipes escaped, no raw HTML. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;');
}

/** Inline code that survives backticks and pipes in the value. */
function code(value) {
  const text = String(value).replace(/\|/g, '\\|');
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${text}${fence.length > 1 ? ' ' : ''}${fence}`;
}

function defaultCell(spec) {
  if (spec?.required === true) return '**required**';
  if (spec?.default === undefined || spec.default === null || String(spec.default) === '') return '_empty_';
  return code(spec.default);
}

export function inputsTable(action = readAction()) {
  const rows = Object.entries(action.inputs ?? {}).map(
    ([name, spec]) => `| ${code(name)} | ${defaultCell(spec)} | ${cell(spec?.description)} |`,
  );
  return ['| Input | Default | Description |', '| --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(action = readAction()) {
  const rows = Object.entries(action.outputs ?? {}).map(([name, spec]) => `| ${code(name)} | ${cell(spec?.description)} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

export function tables(action = readAction()) {
  return { inputs: inputsTable(action), outputs: outputsTable(action) };
}

/** The text between a section's markers, trimmed; throws when the markers are missing. */
export function section(readme, name) {
  const [start, end] = markers(name);
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${start} ... ${end}`);
  return readme.slice(from + start.length, to).trim();
}

/** README text with each section's table replaced by the generated one. */
export function rewrite(readme, generated = tables()) {
  let text = readme;
  for (const name of SECTIONS) {
    const [start, end] = markers(name);
    section(text, name); // throws when missing
    const from = text.indexOf(start) + start.length;
    const to = text.indexOf(end);
    text = `${text.slice(0, from)}\n${generated[name]}\n${text.slice(to)}`;
  }
  return text;
}

function main(args) {
  const unknown = args.filter((a) => a !== '--write' && a !== '--check');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown[0]}. Usage: node scripts/readme-tables.mjs [--write | --check]`);
    return 2;
  }
  const readmePath = path.join(ROOT, 'README.md');
  const generated = tables();
  if (args.includes('--write') || args.includes('--check')) {
    const readme = fs.readFileSync(readmePath, 'utf8');
    const updated = rewrite(readme, generated);
    if (args.includes('--check')) {
      if (updated !== readme) {
        console.error('README.md tables differ from action.yml: run `node scripts/readme-tables.mjs --write`.');
        return 1;
      }
      return 0;
    }
    if (updated !== readme) fs.writeFileSync(readmePath, updated);
    console.log(updated === readme ? 'README.md is up to date.' : 'README.md tables rewritten from action.yml.');
    return 0;
  }
  console.log(`## Inputs\n\n${generated.inputs}\n\n## Outputs\n\n${generated.outputs}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
