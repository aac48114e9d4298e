import { afterEach, expect, it } from '@jest/globals';
import { loadOptionalModule } from '../../src/engines/optional-module.js';
import { SchemagateError } from '../../src/errors.js';
import { workspace } from '../support/workspace.js';

/** The embedded engines are loaded from an installed copy; SCHEMAGATE_MODULES names a prefix. */
const saved = process.env.SCHEMAGATE_MODULES;
afterEach(() => {
  if (saved === undefined) delete process.env.SCHEMAGATE_MODULES;
  else process.env.SCHEMAGATE_MODULES = saved;
});

it('loads a package installed under the SCHEMAGATE_MODULES prefix', () => {
  const ws = workspace({
    'node_modules/schemagate-fake-engine/package.json': JSON.stringify({ name: 'schemagate-fake-engine', main: 'index.js' }),
    'node_modules/schemagate-fake-engine/index.js': 'module.exports = { engine: "fake", from: __dirname };',
  });
  process.env.SCHEMAGATE_MODULES = ws.dir;
  expect(loadOptionalModule<{ engine: string; from: string }>('schemagate-fake-engine', 'test')).toEqual({
    engine: 'fake',
    from: `${ws.dir}/node_modules/schemagate-fake-engine`,
  });
  ws.cleanup();
});

it('says how to install a missing package', () => {
  let error: unknown;
  try {
    loadOptionalModule('schemagate-no-such-engine', 'The embedded test engine');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(SchemagateError);
  expect((error as SchemagateError).kind).toBe('config');
  expect((error as SchemagateError).message).toBe('The embedded test engine needs the npm package schemagate-no-such-engine, which is not installed.');
  expect((error as SchemagateError).hint).toMatch(/npm install schemagate-no-such-engine/);
});
