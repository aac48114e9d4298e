import { describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { lineBatches } from '../../src/report/progress.js';

describe('progress lines in batches', () => {
  it('holds lines until the batch is written: at flush(), or flushMs after the first held line', async () => {
    const writes: string[] = [];
    const batches = lineBatches((text) => writes.push(text), 20);
    batches.line('[1/2] 0001_a.sql: 2 statement(s)');
    batches.line('    applied in 3 ms');
    expect(writes).toEqual([]);
    await sleep(60);
    expect(writes).toEqual(['[1/2] 0001_a.sql: 2 statement(s)\n    applied in 3 ms\n']);
    batches.flush();
    expect(writes).toHaveLength(1);
    batches.line('[2/2] 0002_b.sql: 1 statement(s)');
    batches.flush();
    expect(writes).toEqual(['[1/2] 0001_a.sql: 2 statement(s)\n    applied in 3 ms\n', '[2/2] 0002_b.sql: 1 statement(s)\n']);
    await sleep(60);
    expect(writes).toHaveLength(2);
  });
});
