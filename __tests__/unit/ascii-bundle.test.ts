import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { asciiOnly } = (await import(path.join(ROOT, 'scripts/ascii-bundle.mjs'))) as { asciiOnly: (code: string, file?: string) => string };

const NON_ASCII = /[^\x00-\x7f]/; // eslint-disable-line no-control-regex -- the point is the ASCII range
/** What a script leaves in `result`, as JSON: the same for the source and its rewrite, or the rewrite changed the code. */
const evaluate = (code: string) => {
  const context: { result?: unknown } = {};
  vm.runInNewContext(code, context);
  return JSON.stringify(context.result);
};

describe('scripts/ascii-bundle.mjs', () => {
  it('escapes every non-ASCII character without changing what the code computes', () => {
    const code = [
      '// a comment with ✅ and — in it',
      "const plain = '✅ applied — 2 × 3 ÷ 1 · ok';",
      'const template = `row ${1 + 1} ⚠️ 🚀 done`;',
      'const unicodeClass = /^\\s*([✅❌]|🚀)+$/u;',
      'const codeUnits = /[—·]/;',
      'const astralNoFlag = /🚀/;',
      'const café = "é";',
      '/* block ❌ */',
      'result = {',
      "  plain, template, café, rocketLength: '🚀'.length,",
      "  unicodeClass: unicodeClass.test('✅🚀✅'), unicodeClassMiss: unicodeClass.test('x'),",
      "  codeUnits: codeUnits.test('a—b'), astral: astralNoFlag.test('go 🚀'),",
      '};',
    ].join('\n');
    const ascii = asciiOnly(code, 'fixture.js');
    expect(ascii).not.toMatch(NON_ASCII);
    expect(evaluate(ascii)).toBe(evaluate(code));
    expect(JSON.parse(evaluate(ascii))).toMatchObject({ unicodeClass: true, unicodeClassMiss: false, codeUnits: true, astral: true, rocketLength: 2 });
  });

  it('leaves ASCII code as it is', () => {
    const code = "export const a = 'plain';\n";
    expect(asciiOnly(code)).toBe(code);
  });

  it("refuses a tagged template, whose raw text an escape would change, naming the file and line", () => {
    expect(() => asciiOnly("const a = 1;\nconst b = String.raw`✅ ${a}`;\n", 'dist/x.js')).toThrow(/^dist\/x\.js:2: a non-ASCII character in a tagged template/);
  });

  it('refuses a non-ASCII character outside any token (a no-break space between them)', () => {
    expect(() => asciiOnly('const a =\u00a01;\n', 'dist/y.js')).toThrow(/^dist\/y\.js:1: a non-ASCII character outside a string/);
  });

  it('the committed bundles are ASCII (npm run bundle runs the script)', () => {
    const bundles = ['dist', 'dist/cli'].flatMap((dir) =>
      fs.readdirSync(path.join(ROOT, dir)).filter((name) => name.endsWith('.js')).map((name) => path.join(dir, name)));
    expect(bundles.length).toBeGreaterThan(2);
    expect(bundles.filter((file) => NON_ASCII.test(fs.readFileSync(path.join(ROOT, file), 'utf8')))).toEqual([]);
  });
});
