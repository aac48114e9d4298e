import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { defaultOf, INPUT_NAMES, readSettings, Redactor, secretsOf, type InputName, type RunEnvironment } from './config/index.js';
import { publishCheckRun, pullRequestNumber, upsertStickyComment } from './github.js';
import { commentMarker, renderComment } from './report/comment.js';
import { EXIT_CODES } from './errors.js';
import { allAnnotations, capAnnotations, type Annotation } from './report/annotations.js';
import { checkRunPlan, parseCheckRunMode, wantsCheckRun, type CheckRunMode } from './report/check-run.js';
import { linksFromEnvironment, type SourceLinks } from './report/links.js';
import { budgetFanoutResult, fanoutCounts, fanoutReason, fanoutResultJson, mergeResults, readResultFiles, renderFanoutComment, renderFanoutSummary } from './report/fanout.js';
import { runFanout, type FanoutOutcome } from './core/fanout.js';
import { oneLineReason } from './report/format.js';
import { describeEvent } from './report/progress.js';
import { budgetResult, budgetSummary, resultFilePath } from './report/budget.js';
import { counts, resultJson } from './report/result.js';
import { renderSummary } from './report/summary.js';
import { earlyFailure, type Outcome } from './core/outcome.js';
import { runSchemagate } from './core/run.js';
import { NEVER_STOPS } from './core/stop.js';

/**
 * The action shell: inputs in, outcome out (outputs, job summary, annotations, exit status).
 * Every string that leaves goes through the redactor, on top of GitHub's own masking.
 */
/**
 * The secrets of every input: the URL inputs and the token whole, and any URL with credentials
 * put in another input by mistake (a URL pasted into `migrations` is echoed in its error).
 */
function inputSecrets(): string[] {
  const always = ['database-url', 'direct-url', 'promotion-database-url', 'github-token'].flatMap((name) => secretsOf(core.getInput(name)));
  // One URL per line, `name=URL` or `URL`: each line's URL, as well as the line itself.
  const many = core.getInput('database-urls').split(/\r?\n/).flatMap((line) => [...secretsOf(line), ...secretsOf(line.replace(/^[^=:\s]+=/, ''))]);
  const urls = INPUT_NAMES.map((name) => core.getInput(name)).filter((value) => /:\/\/[^\s@/]*@/.test(value));
  return [...always, ...many, ...urls.flatMap(secretsOf)];
}

/** Secrets already handed to the runner's masking, each once. */
const registered = new Set<string>();

/** `more`: the secrets found after the inputs were read (the URLs a targets file names by variable). */
function redactor(more: string[] = []): (text: string) => string {
  const secrets = [...new Set([...inputSecrets(), ...more])];
  secrets.filter((secret) => !registered.has(secret)).forEach((secret) => {
    registered.add(secret);
    core.setSecret(secret);
  });
  const redactor = new Redactor(secrets);
  return (text: string) => redactor.redact(text);
}

export async function runAction(stop: AbortSignal = NEVER_STOPS): Promise<void> {
  let safe = redactor();
  const merge = core.getInput('merge-results').trim();
  if (merge) return mergeAction(merge, safe);

  let outcome: Outcome;
  let context: RunEnvironment | null = null;
  let checkRun: CheckRunMode = 'auto';
  try {
    checkRun = parseCheckRunMode(core.getInput('check-run') || defaultOf('check-run'));
    const settings = readSettings((name: InputName) => core.getInput(name));
    context = settings.run;
    if (settings.fanout) {
      safe = redactor(settings.fanout.targets.flatMap((t) => secretsOf(t.url.href)));
      const fanout = await runFanout(settings, (event) => log(safe(describeEvent(event))), stop);
      if (fanout.mode === 'plan' && wantsComment()) await comment(fanout, context, safe);
      return await reportFanout(fanout, safe);
    }
    outcome = await runSchemagate(settings, (event) => log(safe(describeEvent(event))), stop);
  } catch (error) {
    // Whatever happened, the run ends in an outcome: a bug is reported as `internal`.
    outcome = earlyFailure(core.getInput('mode') || defaultOf('mode'), error);
  }
  if (outcome.mode === 'plan' && wantsComment()) await comment(outcome, context, safe);
  await report(outcome, safe, { context, checkRun });
}

/** Files are relative to the run's directory; GitHub links and annotations want the repository's. */
function sourceLinks(): SourceLinks {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return linksFromEnvironment(process.env, path.resolve(workspace, core.getInput('working-directory') || defaultOf('working-directory')));
}

/** A matrix's final job: the shards' result files as one report. */
async function mergeAction(spec: string, safe: (text: string) => string): Promise<void> {
  let merged: FanoutOutcome;
  try {
    merged = mergeResults(readResultFiles(spec, path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput('working-directory') || '.')));
  } catch (error) {
    return report(earlyFailure(core.getInput('mode') || defaultOf('mode'), error), safe, { context: null, checkRun: 'auto' });
  }
  core.info(`Merged ${merged.targets.length} targets from ${merged.shards.length > 0 ? `shards ${merged.shards.join(', ')}` : 'the result files'}.`);
  await reportFanout(merged, safe);
}

/**
 * An error thrown outside the run's promise chain (a driver's timer, an unhandled rejection)
 * still ends in outputs, a summary and a failed step, as the `internal` outcome.
 */
export async function reportFatal(error: unknown): Promise<void> {
  await report(earlyFailure(core.getInput('mode') || defaultOf('mode'), error), redactor(), { context: null, checkRun: 'auto' });
}

/**
 * A log line whose text may quote the database or a file (an error message): a line of it that
 * starts like a workflow command (`::warning::`, `::stop-commands::`) would be one, so it is
 * broken with a zero-width space. The runner reads commands only at the start of a line.
 */
function log(text: string): void {
  core.info(text.replace(/^(\s*)(::|##\[)/gm, '$1\u200b$2'));
}

/** `comment` as the runner passes it; a run outside the runner (no inputs at all) takes action.yml's default. */
function wantsComment(): boolean {
  const raw = (core.getInput('comment') || defaultOf('comment')).trim().toLowerCase();
  return raw !== 'false';
}

/** The sticky preview comment on the pull request, for one target's outcome or a fan-out's; fails soft, as a warning. */
async function comment(outcome: Outcome | FanoutOutcome, context: RunEnvironment | null, safe: (text: string) => string): Promise<void> {
  if (pullRequestNumber() === null) return;
  const environment = context?.environment ?? null;
  const marker = commentMarker(environment, outcome.migrations);
  const runUrl = context?.runUrl ?? null;
  const body = safe('targets' in outcome ? renderFanoutComment(outcome, { marker, environment, runUrl }) : renderComment(outcome, { marker, environment, runUrl, links: sourceLinks() }));
  const result = await upsertStickyComment(core.getInput('github-token'), marker, body);
  if ('id' in result) core.info(`Pull request comment ${result.status} (id ${result.id}).`);
  else if (result.status === 'failed') core.warning(safe(result.reason));
  else log(`No pull request comment: ${result.reason}.`);
}

const NO_FILE = 'no file (it could not be written: see the warning in the log)';

/** The full result, which the outputs and the summary may cut; fails soft, as a warning. */
function writeResultFile(result: string, safe: (text: string) => string): string | null {
  const file = resultFilePath(process.env, process.cwd());
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, result);
    return file;
  } catch (error) {
    core.warning(`Could not write the result file ${file}: ${safe((error as Error).message)}`);
    return null;
  }
}

/**
 * Every annotation at file:line: through a check run when workflow commands would leave some
 * out (and the token may write checks), otherwise as workflow commands, capped by GitHub.
 */
interface ReportOptions {
  context: RunEnvironment | null;
  checkRun: CheckRunMode;
}

/** Every text of an annotation redacted: a file's name can hold a secret as well as its message. */
const redacted = (annotations: Annotation[], safe: (text: string) => string): Annotation[] =>
  annotations.map((a) => ({ ...a, message: safe(a.message), title: safe(a.title), ...(a.file ? { file: safe(a.file) } : {}) }));

async function annotate(outcome: Outcome, unsafe: Annotation[], { context, checkRun }: ReportOptions, safe: (text: string) => string): Promise<void> {
  const all = redacted(unsafe, safe);
  const shown = capAnnotations(all);
  if (wantsCheckRun(checkRun, all.length, shown.length)) {
    const plan = checkRunPlan(outcome, all, { environment: context?.environment ?? null, runUrl: context?.runUrl ?? null });
    const result = await publishCheckRun(core.getInput('github-token'), plan);
    if (result.status === 'created') {
      core.info(`Check run "${plan.name}" published with ${result.annotations} annotation(s) at file:line${result.url ? `: ${result.url}` : ''}.`);
      return;
    }
    if (result.status === 'failed') core.warning(safe(result.reason));
    else log(`No check run: ${result.reason}.`);
  }
  workflowCommands(all, shown);
}

/** Annotations (redacted) as workflow commands, GitHub's cap per severity applied; the summary lists every problem. */
function workflowCommands(all: Annotation[], shown: Annotation[]): void {
  if (all.length > shown.length) core.info(`${all.length - shown.length} more problem(s) than GitHub shows as annotations: the job summary lists them all.`);
  for (const annotation of shown) {
    const properties = {
      title: annotation.title,
      ...(annotation.file ? { file: annotation.file } : {}),
      ...(annotation.line ? { startLine: annotation.line } : {}),
    };
    if (annotation.severity === 'error') core.error(annotation.message, properties);
    else core.warning(annotation.message, properties);
  }
}

/**
 * A fan-out's report: the targets table and failures, aggregate outputs, the worst outcome's
 * exit status. Its annotations (each titled with its target) go out as workflow commands.
 */
async function reportFanout(fanout: FanoutOutcome, safe: (text: string) => string): Promise<void> {
  const counts = fanoutCounts(fanout);
  core.setOutput('pending-count', counts.pending);
  core.setOutput('applied-count', counts.applied);
  core.setOutput('drift-count', counts.drift);
  core.setOutput('verified', counts.verified);
  core.setOutput('outcome', fanout.status);
  core.setOutput('target-counts', JSON.stringify(counts.targets));
  const result = safe(fanoutResultJson(fanout));
  const resultFile = writeResultFile(result, safe);
  core.setOutput('result-file', resultFile ?? '');
  core.setOutput('result', budgetFanoutResult(result, fanout, resultFile ?? NO_FILE));
  const links = sourceLinks();
  const all = redacted(fanout.failures.flatMap(({ name, outcome }) => allAnnotations(outcome).map((a) => ({ ...a, title: `[${name}] ${a.title}`, ...(a.file ? { file: links.repoPath(a.file) } : {}) }))), safe);
  workflowCommands(all, capAnnotations(all));
  try {
    await core.summary.addRaw(budgetSummary(safe(renderFanoutSummary(fanout, { style: 'github', links })), resultFile ?? NO_FILE)).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${safe((error as Error).message)}`);
  }
  finish(fanout.status, safe(fanoutReason(fanout)));
}

function finish(status: Outcome['status'], reason: string): void {
  if (status === 'ok') {
    core.info(reason);
    return;
  }
  core.setFailed(reason);
  process.exitCode = EXIT_CODES[status];
}

async function report(outcome: Outcome, safe: (text: string) => string, options: ReportOptions): Promise<void> {
  const { pending, applied, drift, verified } = counts(outcome);
  core.setOutput('pending-count', pending);
  core.setOutput('applied-count', applied);
  core.setOutput('drift-count', drift);
  core.setOutput('verified', verified);
  core.setOutput('outcome', outcome.status);
  core.setOutput('target-counts', '{}');
  const result = safe(resultJson(outcome));
  const resultFile = writeResultFile(result, safe);
  core.setOutput('result-file', resultFile ?? '');
  core.setOutput('result', budgetResult(result, outcome, resultFile ?? NO_FILE));

  const links = sourceLinks();
  await annotate(outcome, allAnnotations(outcome).map((a) => (a.file ? { ...a, file: links.repoPath(a.file) } : a)), options, safe);
  try {
    await core.summary.addRaw(budgetSummary(safe(renderSummary(outcome, { style: 'github', links })), resultFile ?? NO_FILE)).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${safe((error as Error).message)}`);
  }
  finish(outcome.status, safe(oneLineReason(outcome)));
}
