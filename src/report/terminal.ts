/**
 * The CLI's text report: the job summary's Markdown (the one rendering of an Outcome's content)
 * turned into what reads well in a terminal: headings as bold lines, tables with aligned columns,
 * quotes and code indented, inline marks removed, and colour only when asked for (a TTY without
 * NO_COLOR). It understands exactly the Markdown that report/summary.ts writes in its terminal
 * style: headings, pipe tables, `>` quotes, fenced code, lists and paragraphs.
 */

export interface TerminalStyle {
  color: boolean;
}

const ANSI = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' } as const;

function paint(style: TerminalStyle, code: keyof typeof ANSI, text: string): string {
  return style.color && text ? `\u001b[${ANSI[code]}m${text}\u001b[0m` : text;
}

const ESCAPED_BACKTICK = '\u0001';

/** Inline Markdown as plain text: `code`, **bold**, escaped pipes and backticks. */
function inline(text: string, style: TerminalStyle): string {
  return text
    .replace(/\\\|/g, '|')
    .replace(/\\`/g, ESCAPED_BACKTICK)
    .replace(/\*\*(.+?)\*\*/g, (_, bold: string) => paint(style, 'bold', bold))
    .replace(/`{1,2} ?(.+?) ?`{1,2}/g, (_, code: string) => paint(style, 'cyan', code))
    .replaceAll(ESCAPED_BACKTICK, '`');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns of a terminal: emoji and other wide characters take two. */
function width(text: string): number {
  // Printable ASCII, most cells of a large table: one column each, without walking the characters.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let columns = 0;
  // eslint-disable-next-line no-control-regex -- the escape sequences this module writes take no columns
  for (const char of text.replace(/\u001b\[[0-9;]*m/g, '')) {
    const code = char.codePointAt(0)!;
    if (code === 0xfe0f || code === 0x200b) continue;
    columns += code >= 0x1f300 || (code >= 0x2600 && code <= 0x27bf) || (code >= 0x1100 && code <= 0x115f) ? 2 : 1;
  }
  return columns;
}

/** The cells of a pipe-table row, split on unescaped pipes. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function renderTable(rows: string[], style: TerminalStyle): string[] {
  const [header, , ...body] = rows.map((r) => cells(r));
  const all = [header!, ...body].map((r) => r.map((c) => inline(c, style)));
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) => `  ${r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - width(c)))).join('  ')}`.trimEnd();
  return [paint(style, 'dim', line(all[0]!)), ...all.slice(1).map(line)];
}

/** Colours a line by the status mark it opens with. */
function toned(line: string, style: TerminalStyle): string {
  if (/^\s*(✅)/.test(line)) return paint(style, 'green', line);
  if (/^\s*(❌)/.test(line)) return paint(style, 'red', line);
  if (/^\s*(⚠️)/.test(line)) return paint(style, 'yellow', line);
  return line;
}

export function renderTerminal(markdown: string, style: TerminalStyle): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{2,4}) (.*)$/.exec(line);
    if (heading) {
      const text = inline(heading[2]!, style);
      out.push(paint(style, 'bold', toned(text, style)));
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) rows.push(lines[i++]!);
      i--;
      out.push(...renderTable(rows, style));
      continue;
    }
    if (line.startsWith('```')) {
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) code.push(lines[i]!.replace(/`\u200b``/g, '```'));
      out.push(...code.map((c) => paint(style, 'dim', `    ${c}`)));
      continue;
    }
    if (line.startsWith('> ')) {
      out.push(toned(`  ${inline(line.slice(2), style)}`, style));
      continue;
    }
    out.push(toned(inline(line, style), style));
  }
  // Markdown needs blank lines between blocks; a terminal needs at most one.
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
