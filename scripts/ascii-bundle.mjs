#!/usr/bin/env node
// Rewrites each bundle's JavaScript as ASCII, every other character escaped, so Node reads it as
// a one-byte string. One non-ASCII character (a ✅ in a message) makes V8 decode the whole file
// into a two-byte string: for the 1 MB CLI bundle that was ~15 ms of every run's start and ~800
// more page faults. Escapes mean the same in strings, untagged templates, regular expressions
// and identifiers; a tagged template's raw text would change, so one is refused, not rewritten.
// Usage: node scripts/ascii-bundle.mjs DIR... (each DIR's *.js files, rewritten in place)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';

const NON_ASCII = /[^\x00-\x7f]/gu;

/** `\uXXXX` for a character of the Basic Multilingual Plane, `\u{XXXXX}` for one above it. */
const codePointEscape = (char) => {
  const code = char.codePointAt(0);
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
};
/** Above the BMP as two UTF-16 escapes: what a string and a template read as the same code units. */
const codeUnitEscape = (char) => [...Array(char.length).keys()].map((i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

/**
 * The module's source with every non-ASCII character escaped; `file` names it in an error.
 * Throws where an escape would change what the code means.
 */
export function asciiOnly(code, file = 'bundle') {
  if (!/[^\x00-\x7f]/.test(code)) return code;
  const tokens = [];
  const comments = [];
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', onToken: tokens, onComment: comments, ranges: true, allowHashBang: true });
  const tagged = [];
  collectTaggedTemplates(ast, tagged);
  const spans = [
    ...comments.map((c) => ({ start: c.start, end: c.end, kind: 'comment' })),
    ...tokens.map((t) => ({ start: t.start, end: t.end, kind: t.type.label, flags: t.type.label === 'regexp' ? t.value.flags : '' })),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  let span = 0;
  for (const match of code.matchAll(NON_ASCII)) {
    const at = match.index;
    while (span < spans.length && spans[span].end <= at) span++;
    const where = spans[span] && spans[span].start <= at ? spans[span] : null;
    out += code.slice(last, at) + escapeIn(where, match[0], at, tagged, code, file);
    last = at + match[0].length;
  }
  return out + code.slice(last);
}

function escapeIn(span, char, at, tagged, code, file) {
  const line = code.slice(0, at).split('\n').length;
  const kind = span?.kind;
  if (kind === 'template' && tagged.some(([start, end]) => at >= start && at < end)) {
    throw new Error(`${file}:${line}: a non-ASCII character in a tagged template, whose raw text an escape would change; write it as an escape in the source.`);
  }
  if (kind === 'string' || kind === 'template' || kind === 'comment') return codeUnitEscape(char);
  // In a regular expression with the u or v flag, \u{...} is one code point; without, code units.
  if (kind === 'regexp') return /[uv]/.test(span.flags) ? codePointEscape(char) : codeUnitEscape(char);
  if (kind === 'name' || kind === 'privateId') return codePointEscape(char);
  throw new Error(`${file}:${line}: a non-ASCII character outside a string, template, regular expression, identifier or comment (${kind ?? 'whitespace'}).`);
}

/** The source ranges of every tagged template's quasis. */
function collectTaggedTemplates(node, ranges) {
  if (Array.isArray(node)) return node.forEach((child) => collectTaggedTemplates(child, ranges));
  if (!node || typeof node !== 'object') return;
  if (node.type === 'TaggedTemplateExpression') ranges.push([node.quasi.start, node.quasi.end]);
  for (const key of Object.keys(node)) if (key !== 'type' && typeof node[key] === 'object') collectTaggedTemplates(node[key], ranges);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const dir of process.argv.slice(2)) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
      const file = path.join(dir, name);
      const code = readFileSync(file, 'utf8');
      const ascii = asciiOnly(code, file);
      if (ascii !== code) writeFileSync(file, ascii);
    }
  }
}
