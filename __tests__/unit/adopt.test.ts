import { describe, expect, it } from '@jest/globals';
import { adoptedMatch, compareVersions } from '../../src/core/adopt.js';
import { buildPlan, hasErrors } from '../../src/core/plan.js';
import { promotionGate } from '../../src/core/promotion.js';
import { matchesToolChecksum, toolChecksum } from '../../src/sources/checksum.js';
import type { AdoptedJournal, AdoptedRecord, Journal } from '../../src/types.js';
import { readSettings } from '../../src/config/index.js';
import { attempt, migration } from '../support/fixtures.js';
import { runMode } from '../support/run.js';
import { workspace } from '../support/workspace.js';

const strict = { allowOutOfOrder: false, resume: false };
const adopted = (records: AdoptedRecord[], extra: Partial<AdoptedJournal> = {}): AdoptedJournal => ({
  tool: 'tool', table: 'public.t', checksum: null, records, blockers: [], ...extra,
});
const journal = (partial: Partial<Journal>): Journal => ({ attempts: [], statements: [], adopted: null, ...partial });
const record = (key: AdoptedRecord['key'], value: string, checksum: string | null = null): AdoptedRecord => ({ key, value, checksum });

describe('versions compared as version numbers', () => {
  it('treats leading zeros, dots and underscores, and trailing zero parts as Flyway and golang-migrate do', () => {
    expect(compareVersions('0001', '1')).toBe(0);
    expect(compareVersions('1.1', '1_1')).toBe(0);
    expect(compareVersions('1.0', '1')).toBe(0);
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('20240101120000', '20240101120001')).toBe(-1);
    expect(compareVersions('abc', '1')).toBeNull();
  });
});

describe('adoptedMatch', () => {
  const m1 = migration('0001', 'select 1', { file: 'migrations/0001_init.sql' });
  const m3 = migration('0003', 'select 3', { file: 'migrations/0003_more.sql' });

  it('matches by version, up to a version, file name, file stem and sha256', () => {
    expect(adoptedMatch(m1, adopted([record('version', '1')]))).not.toBeNull();
    expect(adoptedMatch(m3, adopted([record('version', '1')]))).toBeNull();
    expect(adoptedMatch(m1, adopted([record('up-to-version', '2')]))).not.toBeNull();
    expect(adoptedMatch(m3, adopted([record('up-to-version', '2')]))).toBeNull();
    expect(adoptedMatch(m1, adopted([record('file-name', '0001_init.sql')]))).not.toBeNull();
    expect(adoptedMatch(m1, adopted([record('file-stem', '0001_init')]))).not.toBeNull();
    expect(adoptedMatch(m1, adopted([record('sha256', m1.checksums.sha256)]))).not.toBeNull();
    expect(adoptedMatch(m1, null)).toBeNull();
  });
});

describe('tool checksums', () => {
  const m = (sql: string) => migration('0001', sql);
  it('Flyway CRC32 ignores line breaks and a BOM, as its line reader does, and is a signed 32-bit integer', () => {
    expect(toolChecksum(m('a;\r\nb;\r\n'), 'crc32-lines')).toBe(toolChecksum(m('\uFEFFa;\nb;\n'), 'crc32-lines'));
    expect(toolChecksum(m('a;\nb;\n'), 'crc32-lines')).not.toBe(toolChecksum(m('a;\nc;\n'), 'crc32-lines'));
    expect(Number(toolChecksum(m('select 1'), 'crc32-lines'))).toBeGreaterThanOrEqual(-(2 ** 31));
  });
  it('sha256-any-eol accepts the LF form of a CRLF file, as Prisma does; plain sha256 does not', () => {
    const lf = m('select 1;\n');
    const crlf = migration('0001', 'select 1;\r\n', { checksums: { sha256: 'crlf-hash', 'sha256-lf': lf.checksums.sha256 } });
    expect(matchesToolChecksum(crlf, 'sha256-any-eol', lf.checksums.sha256)).toBe(true);
    expect(matchesToolChecksum(crlf, 'sha256', lf.checksums.sha256)).toBe(false);
  });
});

describe('planning with an adopted journal', () => {
  const m1 = migration('0001', 'create table a (id int)');
  const m2 = migration('0002', 'create table b (id int)');
  const m3 = migration('0003', 'create table c (id int)');

  it('counts what the tool applied, and plans only the rest', () => {
    const plan = buildPlan([m1, m2, m3], journal({ adopted: adopted([record('up-to-version', '2')]) }), strict);
    expect(plan.applied.map((a) => [a.migration.id, a.source])).toEqual([['0001', 'tool'], ['0002', 'tool']]);
    expect(plan.pending.map((p) => p.migration.id)).toEqual(['0003']);
    expect(hasErrors(plan)).toBe(false);
  });

  it('stops on a blocker of the tool\'s journal', () => {
    const plan = buildPlan([m1], journal({ adopted: adopted([], { blockers: [{ message: 'version 1 is dirty', hint: 'force it' }] }) }), strict);
    expect(plan.problems).toEqual([expect.objectContaining({ kind: 'adopted-blocked', severity: 'error', message: 'version 1 is dirty', hint: 'force it' })]);
  });

  it('refuses a file the tool applied with another checksum', () => {
    const plan = buildPlan([m1], journal({ adopted: adopted([record('version', '1', 'other')], { checksum: 'md5' }) }), strict);
    expect(plan.problems.map((p) => p.kind)).toEqual(['adopted-disagrees']);
    expect(plan.problems[0]!.message).toMatch(/was edited after tool applied it: public.t records md5:other/);
    expect(plan.applied.map((a) => a.source)).toEqual(['tool']);
  });

  it('refuses when schemagate applied one text and the tool records another, naming both', () => {
    const plan = buildPlan([m1], journal({ attempts: [attempt(m1)], adopted: adopted([record('version', '1', 'other')], { checksum: 'sha256' }) }), strict);
    expect(plan.problems.map((p) => p.kind)).toEqual(['adopted-disagrees']);
    expect(plan.problems[0]!.message).toMatch(/schemagate's journal \(applied with sha256:.*matching the file\) and tool's public.t \(sha256:other, the file is .*\) disagree/);
  });

  it('refuses when schemagate\'s last attempt failed but the tool records it as applied', () => {
    const failed = attempt(m1, { status: 'failed', error: 'boom', errorStatementIndex: 0, errorLine: 1 });
    const plan = buildPlan([m1], journal({ attempts: [failed], adopted: adopted([record('version', '1')]) }), strict);
    expect(plan.problems.map((p) => p.kind)).toEqual(['adopted-disagrees']);
    expect(plan.problems[0]!.message).toMatch(/schemagate's journal says its last attempt failed .*boom, but tool's public.t records it as applied/);
  });

  it('lets the promotion gate count what the earlier environment\'s tool applied, unless its checksum differs', () => {
    const pending = [{ migration: m1, reason: 'new' as const, outOfOrder: false, startAt: 0 }];
    expect(promotionGate(pending, journal({ adopted: adopted([record('version', '1')]) }))[0]!.earlier).toBe('applied');
    expect(promotionGate(pending, journal({ adopted: adopted([record('version', '1', 'x')], { checksum: 'md5' }) }))[0]!.earlier).toBe('checksum-differs');
    expect(promotionGate(pending, journal({ adopted: adopted([record('version', '2')]) }))[0]!.earlier).toBe('not-applied');
  });
});

describe('the adopt input', () => {
  it('names the tools it knows when given another', () => {
    expect(() => readSettings((name) => ({ adopt: 'rails' } as Record<string, string>)[name], {})).toThrow(/`adopt` must be auto, none or a tool's name, got "rails"/);
  });

  it('refuses, before connecting, a tool whose journal the target engine does not keep', async () => {
    const ws = workspace({ 'migrations/0001_a.sql': 'CREATE TABLE a (id UInt32) ENGINE = Memory;' });
    const outcome = await runMode({ mode: 'plan', 'database-url': 'clickhouse://127.0.0.1:1/app', adopt: 'goose' }, ws.dir);
    expect(outcome.status).toBe('config');
    expect(outcome.error!.message).toBe('`adopt: goose` is not a journal schemagate reads on clickhouse.');
    expect(outcome.error!.hint).toMatch(/chkit, clickhouse-migrations/);
  });
});
