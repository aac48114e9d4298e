import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A throwaway directory holding migration files, written from a map of relative path -> text. */
export function workspace(files: Record<string, string> = {}): { dir: string; write(rel: string, text: string): string; copy(from: string, to: string): void; read(rel: string): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schemagate-'));
  const write = (rel: string, text: string) => {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  for (const [rel, text] of Object.entries(files)) write(rel, text);
  return {
    dir,
    write,
    copy: (from, to) => cpSync(from, path.join(dir, to), { recursive: true }),
    read: (rel) => readFileSync(path.join(dir, rel), 'utf8'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
