export { resolveRunContext, type RunEnvironment } from './context.js';
export { ACTION_ONLY, defaultOf, INPUT_DEFAULTS, INPUT_NAMES, inputDescription, type ActionInputName, type InputLookup, type InputName } from './inputs.js';
export { displayUrl, Redactor, secretsOf } from './secrets.js';
export { MODES, parseDatabaseUrl, readSettings, type Mode, type Promotion, type Settings } from './settings.js';
