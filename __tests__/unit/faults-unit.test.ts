import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { Redactor, secretsOf } from '../../src/config/index.js';
import { failureOf } from '../../src/core/outcome.js';
import { holderIsDead } from '../../src/engines/holder.js';
import { SchemagateError } from '../../src/errors.js';

describe('redaction of long text', () => {
  it('masks credentials in a 1 MB text in linear time (the quadratic pattern took minutes on this input)', () => {
    const url = 'postgres://app:hunter2-secret@db.internal:5432/shop';
    const text = `${'a'.repeat(1024 * 1024)} ${url} ${'b'.repeat(1024)} see mysql://other:pw123@x/y`;
    const redacted = new Redactor(secretsOf('postgres://app:hunter2-secret@db.internal:5432/shop')).redact(text);
    expect(redacted).not.toContain('hunter2-secret');
    expect(redacted).not.toContain('pw123');
    expect(redacted.endsWith('see mysql://other:***@x/y')).toBe(true);
    expect(redacted.length).toBe(1024 * 1024 + 1 + '***'.length + 1 + 1024 + ' see mysql://other:***@x/y'.length);
  });

  it('masks a userinfo echoed by a library, in a megabyte of URL-like words', () => {
    const noise = 'x://'.repeat(256 * 1024);
    expect(new Redactor([]).redact(`${noise}postgres://u:p4ss@h/db`)).toBe(`${noise}postgres://u:***@h/db`);
  });
});

describe('outcome of an error nobody explained', () => {
  it('is internal, never connection, and keeps the JavaScript detail out of the message', () => {
    const failure = failureOf(new TypeError("Cannot read properties of null (reading 'format')"));
    expect(failure.kind).toBe('internal');
    expect(failure.message).not.toMatch(/Cannot read/);
    expect(failure.hint).toMatch(/TypeError: Cannot read properties of null/);
  });

  it('cuts a huge message and statement to a bounded size', () => {
    const failure = failureOf(new SchemagateError('migration-failed', 'm'.repeat(100_000), { statement: 's'.repeat(2_000_000) }));
    expect(failure.message.length).toBeLessThan(10_000);
    expect(failure.statement!.length).toBeLessThan(10_000);
    expect(failure.statement).toMatch(/more characters not shown/);
  });
});

describe('a lock holder that provably cannot be alive', () => {
  it('is one on this host whose process is gone; elsewhere nothing is provable', () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    expect(holderIsDead(`schemagate local on ${hostname()} pid ${gone}`)).toBe(true);
    expect(holderIsDead(`schemagate local on ${hostname()} pid ${process.pid}`)).toBe(false);
    expect(holderIsDead(`schemagate local on another-host pid ${gone}`)).toBe(false);
    expect(holderIsDead('an application name of another tool')).toBe(false);
  });
});
