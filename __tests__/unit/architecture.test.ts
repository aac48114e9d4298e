import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

/**
 * The layering the README's Architecture section describes: engine-specific code lives behind
 * the engine and dialect interfaces. Outside engines/ and dialects/, no module imports one
 * engine's or dialect's files, and none branches on an engine's name.
 */
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
const ENGINE_ROOMS = ['engines', 'dialects'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const outsideEngineRooms = sourceFiles(SRC).filter((file) => !ENGINE_ROOMS.includes(path.relative(SRC, file).split(path.sep)[0]!));

describe('architecture', () => {
  it('finds the core modules it checks', () => {
    const names = outsideEngineRooms.map((f) => path.relative(SRC, f).split(path.sep).join('/'));
    expect(names).toEqual(expect.arrayContaining(['core/run.ts', 'core/apply.ts', 'verify/snapshot.ts', 'sources/files.ts', 'config/settings.ts']));
  });

  it('imports no engine- or dialect-specific module outside engines/ and dialects/', () => {
    const offending = outsideEngineRooms.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      return imports.filter((spec) => /(?:engines|dialects)\/(?:postgres|clickhouse)\//.test(spec)).map((spec) => `${path.relative(SRC, file)} imports ${spec}`);
    });
    expect(offending).toEqual([]);
  });

  it('never branches on an engine name outside engines/ and dialects/', () => {
    const offending = outsideEngineRooms.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return [...text.matchAll(/[!=]==?\s*'(?:postgres|clickhouse)'|'(?:postgres|clickhouse)'\s*[!=]==?|case '(?:postgres|clickhouse)'/g)].map((m) => `${path.relative(SRC, file)}: ${m[0]}`);
    });
    expect(offending).toEqual([]);
  });
});
