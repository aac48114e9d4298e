import type { Outcome } from '../core/outcome.js';
import { observedText, sizeText } from './safety.js';
import { journalPhrase } from '../verify/explain.js';

/**
 * Annotations point at the file and line to fix. GitHub shows only about 10 per severity per
 * step, so each severity is capped here and the summary keeps the complete list.
 */
export interface Annotation {
  severity: 'error' | 'warning';
  message: string;
  title: string;
  file?: string;
  line?: number;
}

export const ANNOTATION_LIMIT = 10;

function gather(outcome: Outcome, prefix: string): Annotation[] {
  const all: Annotation[] = [];
  const error = outcome.error;
  const problems = outcome.plan?.problems ?? [];
  // A refused plan's error is its first problem, drift has one annotation per difference, an
  // unsafe run one per finding, a folder's configuration problems one each, and a replay failure
  // is annotated by the replay: each thing to fix is annotated once.
  if (error?.problems && !error.fromReplay) {
    for (const p of error.problems) {
      all.push({ severity: 'error', title: `schemagate ${prefix}${error.kind}`, message: p.hint ? `${p.message}\n${p.hint}` : p.message, ...(p.location ? { file: p.location.file, ...(p.location.line ? { line: p.location.line } : {}) } : {}) });
    }
  } else if (error && !(error.kind === 'refused' && problems.length > 0) && error.kind !== 'drift' && error.kind !== 'unsafe' && !error.fromReplay) {
    all.push({
      severity: 'error',
      title: `schemagate ${prefix}${error.kind}`,
      message: error.hint ? `${error.message}\n${error.hint}` : error.message,
      ...(error.location ? { file: error.location.file, ...(error.location.line ? { line: error.location.line } : {}) } : {}),
    });
  }
  for (const p of problems) {
    all.push({
      severity: p.severity,
      title: `schemagate ${prefix}${p.kind} migration`,
      message: `${p.message}\n${p.hint}`,
      ...(p.location ? { file: p.location.file, ...(p.location.line ? { line: p.location.line } : {}) } : {}),
    });
  }
  for (const f of outcome.safety?.findings ?? []) {
    if (f.suppressed) continue;
    const facts = [f.table, sizeText(f), observedText(f)].filter(Boolean).join(' · ');
    all.push({ severity: f.severity, title: `schemagate ${prefix}${f.rule}`, message: `${f.message}${facts ? `\n${facts}` : ''}\nFix: ${f.fix}`, file: f.file, line: f.line });
  }
  for (const d of outcome.verification?.differences ?? []) {
    const cause = d.cause ? `\nIt comes from ${d.cause.file}, ${journalPhrase(d.cause)}.` : '';
    all.push({ severity: d.severity, title: `schemagate ${prefix}${d.kind}`, message: `${d.message}${cause}`, file: outcome.verification!.snapshot, line: d.line });
  }
  if (outcome.unverified) all.push({ severity: 'warning', title: `schemagate ${prefix}${outcome.mode === 'snapshot' ? 'snapshot behind the migrations' : 'not verified'}`, message: outcome.unverified });
  if (outcome.replay) all.push(...gather(outcome.replay, 'replay '));
  return all;
}

/** Every annotation the outcome calls for, before GitHub's cap. */
export const allAnnotations = (outcome: Outcome): Annotation[] => gather(outcome, '');

/** What workflow commands can show: the first ANNOTATION_LIMIT of each severity. */
export function capAnnotations(all: readonly Annotation[]): Annotation[] {
  const capped: Annotation[] = [];
  for (const severity of ['error', 'warning'] as const) {
    capped.push(...all.filter((a) => a.severity === severity).slice(0, ANNOTATION_LIMIT));
  }
  return capped;
}

export const collectAnnotations = (outcome: Outcome): Annotation[] => capAnnotations(allAnnotations(outcome));
