import type { Rehearsal, SafetyReport } from '../core/safety.js';
import type { Finding } from '../safety/index.js';
import { table } from './format.js';

/**
 * The "Safety" section, the same in the job summary and the sticky comment: every finding with
 * its rule, file:line, table, the target's size, what running it showed, why and the fix; then
 * the waived ones with their reasons, so reviewers see what was accepted.
 */

const ICONS = { error: '❌', warning: '⚠️' } as const;

/** `1.2 MB`: sizes from catalog statistics are estimates; one decimal is all they deserve. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/**
 * `12,345`: an integer is grouped by hand, since the first toLocaleString of a run loads the
 * locale data (about 10 ms, paid by every run's safety heading).
 */
export const thousands = (n: number): string => (Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US'));

export function sizeText(finding: Finding): string {
  const size = finding.size;
  if (!size) return '';
  if (size.rows === null) return 'never analysed';
  return `~${thousands(size.rows)} rows${size.bytes === null ? '' : `, ${formatBytes(size.bytes)}`}`;
}

export function observedText(finding: Finding): string {
  const o = finding.observed;
  if (!o) return '';
  const lock = o.lock ? `${o.lock} lock` : 'no lock';
  return `${lock}${o.rewrite ? ', table rewritten' : ''} (${o.source})`;
}

export interface SafetyRendering {
  /** The Markdown heading level of the section (`###` in the summary, `####` in the comment). */
  heading: string;
  escape?: (text: string) => string;
  /** How a file:line is written (a link in the job summary). */
  where?: (file: string, line?: number | null) => string;
  /** How a long table is shown (folded in the job summary). */
  fold?: (rows: number, title: string, block: string) => string[];
}

const plainWhere = (file: string, line?: number | null) => `\`${line ? `${file}:${line}` : file}\``;

function rehearsalLines(rehearsal: Rehearsal, heading: string, escape: (text: string) => string, where: NonNullable<SafetyRendering['where']>): string[] {
  const lines = [`${heading} Rehearsal on the target (rolled back)`, ''];
  if (rehearsal.failure) {
    lines.push(`❌ ${where(rehearsal.failure.file, rehearsal.failure.line)} failed: ${escape(rehearsal.failure.message)}`, '');
  } else if (rehearsal.status === 'unavailable') {
    lines.push('⚠️ Not rehearsed:', '');
  } else if (rehearsal.status === 'drift') {
    const errors = rehearsal.verification!.differences.filter((d) => d.severity === 'error');
    lines.push(`❌ The rehearsed schema differs from \`${rehearsal.verification!.snapshot}\`:`, '', ...errors.map((d) => `- ${escape(d.message)}`), '');
  } else {
    const verified = rehearsal.verification ? ` and matched \`${rehearsal.verification.snapshot}\`` : '';
    lines.push(`✅ ${rehearsal.rehearsed.length} migration(s) ran on the target's data${verified}; rolled back.`, '');
  }
  for (const s of rehearsal.skipped) lines.push(`- skipped ${where(s.file)}: ${escape(s.reason)}`);
  if (rehearsal.skipped.length) lines.push('');
  return lines;
}

export function safetyLines(report: SafetyReport | null, rendering: SafetyRendering): string[] {
  if (!report) return [];
  const { heading, escape = (t: string) => t, where: whereIn = plainWhere, fold = (_rows: number, _title: string, block: string) => [block, ''] } = rendering;
  const where = (f: Finding) => whereIn(f.file, f.line);
  const active = report.findings.filter((f) => !f.suppressed);
  const waived = report.findings.filter((f) => f.suppressed);
  const errors = active.filter((f) => f.severity === 'error').length;
  const icon = errors > 0 && report.lint === 'error' ? '❌' : active.length > 0 ? '⚠️' : '✅';
  const lines = [
    `${heading} ${icon} Safety: ${errors} error(s), ${active.length - errors} warning(s), ${waived.length} waived (lint: ${report.lint})`,
    '',
  ];
  const basis = [
    report.sized ? `sized by the target's statistics (error from ${thousands(report.largeTableRows)} rows)` : null,
    report.observedBy.length ? `locks and rewrites observed in the ${report.observedBy.join(' and the ')}` : null,
  ].filter(Boolean);
  if (basis.length) lines.push(`Findings ${basis.join('; ')}.`, '');
  if (active.length > 0) {
    lines.push(
      ...fold(
        active.length,
        `${active.length} findings`,
        table(
          ['', 'Rule', 'Where', 'Table', 'Size', 'Observed', 'Why', 'Fix'],
          [...active]
            .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'))
            .map((f) => [ICONS[f.severity], `\`${f.rule}\``, where(f), f.table ?? '', sizeText(f), observedText(f), escape(f.message), escape(f.fix)]),
        ),
      ),
    );
  } else {
    lines.push('No unwaived finding.', '');
  }
  if (waived.length > 0) {
    lines.push(
      `${heading}# Waived`,
      '',
      table(['Rule', 'Where', 'Table', 'Reason'], waived.map((f) => [`\`${f.rule}\``, where(f), f.table ?? '', escape(f.suppressed!.reason)])),
      '',
    );
  }
  if (report.contradicted.length > 0) {
    lines.push(
      `${heading}# Dropped: the observation contradicts the rule`,
      '',
      table(['Rule', 'Where', 'Table', 'Observed'], report.contradicted.map((f) => [`\`${f.rule}\``, where(f), f.table ?? '', observedText(f)])),
      '',
    );
  }
  if (report.rehearsal) lines.push(...rehearsalLines(report.rehearsal, `${heading}#`, escape, whereIn));
  return lines;
}
