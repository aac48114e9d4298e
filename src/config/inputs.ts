import { ACTION_INPUTS } from './inputs.generated.js';

/**
 * The inputs as action.yml declares them (generated, never copied): names, defaults and
 * descriptions. Both shells hand the settings reader a lookup of raw strings by these names.
 */
export type ActionInputName = keyof typeof ACTION_INPUTS;

/** Inputs only the action shell reads (GitHub-specific); their defaults are GitHub expressions. */
export const ACTION_ONLY = ['github-token', 'comment', 'check-run'] as const satisfies readonly ActionInputName[];

/** Inputs that are also CLI flags (`--name`). */
export type InputName = Exclude<ActionInputName, (typeof ACTION_ONLY)[number]>;
export type InputLookup = (name: InputName) => string | undefined;

export const INPUT_NAMES = (Object.keys(ACTION_INPUTS) as ActionInputName[]).filter(
  (name): name is InputName => !(ACTION_ONLY as readonly string[]).includes(name),
);

export const INPUT_DEFAULTS = Object.fromEntries(INPUT_NAMES.map((name) => [name, ACTION_INPUTS[name].default])) as Record<InputName, string>;

export const inputDescription = (name: ActionInputName): string => ACTION_INPUTS[name].description;

export const defaultOf = (name: ActionInputName): string => ACTION_INPUTS[name].default;
