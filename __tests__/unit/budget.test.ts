import { describe, expect, it } from '@jest/globals';
import { buildPlan } from '../../src/core/plan.js';
import { blankOutcome, type Outcome } from '../../src/core/outcome.js';
import { budgetResult, budgetSummary, RESULT_BUDGET, resultFilePath, SUMMARY_BUDGET } from '../../src/report/budget.js';
import { resultJson } from '../../src/report/result.js';
import { renderSummary } from '../../src/report/summary.js';
import { migration } from '../support/fixtures.js';

const MIB = 1024 * 1024;
const FILE = '/runner/_temp/schemagate-result-7-1-schemagate.json';
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

const base = (mode: 'apply' | 'verify') => ({ ...blankOutcome(mode, 'postgres://db.internal:5432/app', 'migrations'), engine: 'postgres' });

function drift(count: number): Outcome {
  const differences = Array.from({ length: count }, (_, i) => ({
    severity: i % 5 === 0 ? ('warning' as const) : ('error' as const),
    kind: 'missing-column',
    object: `public.table_${Math.floor(i / 20)}.column_${i % 20}`,
    expected: `character varying(255) not null default 'value ${i}'`,
    actual: null,
    message: `Missing column public.table_${Math.floor(i / 20)}.column_${i % 20}`,
    line: i + 3,
  }));
  return { ...base('verify'), status: 'drift', verification: { snapshot: 'schema.snapshot.json', objectsChecked: count / 20, differences }, error: { kind: 'drift', message: `${count} differences from schema.snapshot.json` } };
}

/** An apply of `count` migrations from empty, with its replay on an embedded database: plan, applied and replay sections. */
function plan(count: number): Outcome {
  const migrations = Array.from({ length: count }, (_, i) => migration(String(i + 1).padStart(5, '0'), `create table t${i} (id bigint primary key, name text not null default 'x'); create index t${i}_name on t${i} (name)`));
  const applied = migrations.map((m) => ({ migrationId: m.id, file: m.file, kind: 'versioned' as const, status: 'applied' as const, durationMs: 12, statementsRun: 2, outOfOrder: false }));
  const run = { ...base('apply'), plan: buildPlan(migrations, { attempts: [], statements: [], adopted: null }, { allowOutOfOrder: false, resume: false }), applied };
  return { ...run, replay: run };
}

/** Every fence and <details> opened is closed, in order. */
function wellFormed(markdown: string): boolean {
  let fence = false;
  let details = 0;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fence = !fence;
    else if (!fence) {
      details += (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
      if (details < 0) return false;
    }
  }
  return !fence && details === 0;
}

describe.each([
  ['a drift of 20 000 differences', () => drift(20_000), '### Verification against `schema.snapshot.json`'],
  ['a plan of 5 000 migrations', () => plan(5_000), '### Plan'],
])('budgets for %s', (_, make, section) => {
  const outcome = make();
  const full = renderSummary(outcome);
  const json = resultJson(outcome);

  it('is over the limits unbudgeted, so the budget is what keeps it under', () => {
    expect(bytes(full)).toBeGreaterThan(MIB);
    expect(bytes(json)).toBeGreaterThan(RESULT_BUDGET);
  });

  it('cuts the summary under 1 MiB at a line boundary, well formed, with a pointer to the result file', () => {
    const summary = budgetSummary(full, FILE);
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_BUDGET);
    expect(bytes(summary)).toBeGreaterThan(SUMMARY_BUDGET / 2);
    // What is kept is the summary's own beginning; a long table is folded, so a cut inside its
    // <details> closes it.
    const kept = summary.slice(0, summary.lastIndexOf('\n> ✂️')).trimEnd();
    const own = kept.endsWith('</details>') ? kept.slice(0, kept.lastIndexOf('\n</details>')).trimEnd() : kept;
    expect(full.startsWith(own)).toBe(true);
    expect(summary).toContain(section);
    expect(summary).toMatch(/> ✂️ \*\*This summary was cut at 900 KiB of \d+ KiB\*\* \(GitHub rejects a job summary over 1 MiB\): \d+ of \d+ lines left out\./);
    expect(summary).toContain(`The complete result is in \`${FILE}\` (the \`result-file\` output`);
    expect(wellFormed(summary)).toBe(true);
  });

  it('cuts the result output to its top-level facts, parseable, under its budget', () => {
    const output = budgetResult(json, outcome, FILE);
    expect(bytes(output)).toBeLessThanOrEqual(RESULT_BUDGET);
    expect(JSON.parse(output)).toEqual({
      status: outcome.status,
      mode: outcome.mode,
      engine: 'postgres',
      layout: null,
      pending: outcome.plan?.pending.length ?? 0,
      applied: outcome.applied.length,
      drift: outcome.verification ? 16_000 : 0,
      verified: false,
      error: outcome.error && { kind: 'drift', message: '20000 differences from schema.snapshot.json' },
      truncated: true,
      bytes: bytes(json),
      resultFile: FILE,
    });
  });
});

const small = () => ({ ...plan(3), replay: null });

describe('summary budget', () => {
  it('leaves a summary within the budget untouched', () => {
    const summary = renderSummary(small());
    expect(budgetSummary(summary, FILE)).toBe(summary);
    expect(budgetResult(resultJson(small()), small(), FILE)).toBe(resultJson(small()));
  });

  it('names the sections it cut', () => {
    const text = ['## Title', '', '### Plan', '', ...Array<string>(200).fill('x'.repeat(100)), '### Applied', '', 'a', '### Verification', '', 'b'].join('\n');
    const summary = budgetSummary(text, FILE, 8 * 1024);
    expect(summary).toContain('Sections cut: Applied; Verification.');
    expect(summary).not.toContain('### Applied');
    expect(bytes(summary)).toBeLessThanOrEqual(8 * 1024);
  });

  it('cuts before a block that would not fit, and inside a block too large to keep whole, closing it', () => {
    const fenced = (n: number) => ['<details><summary>Failing statement</summary>', '', '```sql', ...Array<string>(n).fill('select 1;'), '```', '', '</details>'];
    const small = budgetSummary(['## Title', '', ...Array<string>(60).fill('y'.repeat(100)), ...fenced(400), 'after'].join('\n'), FILE, 8 * 1024);
    expect(small).not.toContain('<details>');
    expect(small).toContain('y'.repeat(100));

    const huge = budgetSummary(['## Title', '', ...fenced(100_000), 'after'].join('\n'), FILE, 64 * 1024);
    expect(huge).toContain('select 1;');
    expect(huge).not.toContain('after');
    expect(wellFormed(huge)).toBe(true);
    expect(huge).toMatch(/select 1;\n```\n<\/details>\n\n> ✂️/);
    expect(bytes(huge)).toBeLessThanOrEqual(64 * 1024);
  });

  it('counts bytes, not characters', () => {
    const text = ['## Title', ...Array<string>(2000).fill('❌ ✅ ⚠️ différence')].join('\n');
    expect(bytes(budgetSummary(text, FILE, 16 * 1024))).toBeLessThanOrEqual(16 * 1024);
  });
});

describe('result file path', () => {
  it('is per run, attempt and step under RUNNER_TEMP, else under .schemagate in the workspace', () => {
    expect(resultFilePath({ RUNNER_TEMP: '/runner/_temp', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_ACTION: '__schemagate/x' }, '/w')).toBe('/runner/_temp/schemagate-result-7-1-__schemagate_x.json');
    expect(resultFilePath({ GITHUB_WORKSPACE: '/repo' }, '/w')).toBe('/repo/.schemagate/schemagate-result.json');
    expect(resultFilePath({}, '/w')).toBe('/w/.schemagate/schemagate-result.json');
  });
});
