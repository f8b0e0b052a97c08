// `tornet run FILE [--experiment NAME] [--variant NAME]… [--seeds N] [--duration T] [--warmup T] [--out DIR] [--jobs N] [--summary]`
// Checks the file, runs variants × seeds in worker threads, and writes DIR/results.json and
// DIR/report.html (atomically). Exit codes: 0 every run finished, 1 the file has errors,
// 2 could not run (bad option, unknown experiment or variant), 3 some runs failed,
// 130 interrupted (the finished runs are still written, and the runs that were running with what
// they had measured, marked cancelled; the file is marked partial).

import { mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { parseSeconds } from './duration-option';
import type { CheckResult } from '../../grammar';
import { buildResults } from '../../simulator/results/build-results';
import { formatDiagnostic, sortDiagnostics } from '../format';
import { chartJsSource } from '../report/chart-library';
import { reportHtml } from '../report/report-html';
import { executeRuns } from './execute';
import { PlanError, planRuns, withRunLength } from '../../simulator/experiment/plan';
import { writeFileAtomic } from '../../simulator/experiment/write-atomic';
import { plainProgress, terminalProgress } from './progress';
import { summaryText } from './summary-table';
import { toolInfo } from './tool-info';

export const EXIT_RUNS_FAILED = 3;
export const EXIT_INTERRUPTED = 130;

export interface RunCommandContext {
  /** Reads and checks a file as `tornet check` does (throws the CLI's cannot-run error). */
  check(file: string): CheckResult;
  out(line: string): void;
  err(line: string): void;
  /** Stops the command with exit code 2 and this message. */
  refuse(message: string): never;
  setExitCode(code: number): void;
}

interface RunOptions {
  experiment?: string;
  variant: string[];
  seeds?: number;
  duration?: number;
  warmup?: number;
  out?: string;
  jobs?: number;
  summary?: boolean;
}

export function registerRunCommand(program: Command, context: RunCommandContext): void {
  program
    .command('run')
    .description('run an experiment (variants × seeds) and write results.json and report.html')
    .argument('<file>')
    .option('--experiment <name>', 'run only this experiment')
    .option('--variant <name>', 'run only this variant (repeatable)', (value: string, previous: string[]) => [...previous, value], [])
    .option('--seeds <n>', 'run seeds 1..N instead of the scenario\'s seeds', positiveInteger)
    .option('--duration <time>', 'simulated time per run instead of the scenario\'s duration (seconds, or 90s, 2 min…)', (value: string) => parseSeconds(value, { allowZero: false }))
    .option('--warmup <time>', 'warm-up instead of the scenario\'s (seconds, or 20s, 500 ms…)', (value: string) => parseSeconds(value, { allowZero: true }))
    .option('--out <dir>', 'output directory (default: <file name>-results)')
    .option('--jobs <n>', 'parallel runs (default: min(cores, runs))', positiveInteger)
    .option('--summary', 'print a table of the headline numbers')
    .action((file: string, options: RunOptions) => runCommand(file, options, context));
}

async function runCommand(file: string, options: RunOptions, context: RunCommandContext): Promise<void> {
  const checked = context.check(file);
  if (!checked.model || checked.diagnostics.some((d) => d.severity === 'error')) {
    for (const diagnostic of sortDiagnostics(checked.diagnostics)) context.err(formatDiagnostic(diagnostic, process.cwd()));
    context.setExitCode(1);
    return;
  }
  let model;
  let plan;
  try {
    model = withRunLength(checked.model, { ...(options.duration !== undefined ? { duration: options.duration } : {}), ...(options.warmup !== undefined ? { warmup: options.warmup } : {}) });
    plan = planRuns(model, { experiment: options.experiment, variants: options.variant, seeds: options.seeds });
  } catch (error) {
    if (error instanceof PlanError) context.refuse(`${file}: ${error.message}`);
    throw error;
  }
  const outDir = resolve(options.out ?? `${basename(file, extname(file))}-results`);
  mkdirSync(outDir, { recursive: true });
  const jobs = options.jobs ?? Math.max(1, Math.min(availableParallelism(), plan.length));
  context.err(`running ${plan.length} runs with ${jobs} parallel jobs`);

  const startedAt = new Date();
  const view = process.stderr.isTTY ? terminalProgress(process.stderr) : plainProgress((line) => context.err(line));
  const { outcomes, interrupted } = await executeRuns(plan, jobs, view);
  const results = buildResults({
    tool: toolInfo(),
    scenarioPath: scenarioPathOf(file),
    scenarioText: readFileSync(resolve(file), 'utf8'),
    model,
    outcomes,
    startedAt,
    finishedAt: new Date(),
    jobs,
  });
  const resultsPath = join(outDir, 'results.json');
  const reportPath = join(outDir, 'report.html');
  await writeFileAtomic(resultsPath, JSON.stringify(results, null, 2) + '\n');
  await writeFileAtomic(reportPath, reportHtml(results, chartJsSource()));
  const shown = (path: string) => relative(process.cwd(), path) || path;
  context.out(`wrote ${shown(resultsPath)} and ${shown(reportPath)}${results.complete ? '' : ' (partial)'}`);
  if (options.summary) context.out(summaryText(results));

  const failed = outcomes.filter((o) => o.status === 'failed');
  if (interrupted) context.setExitCode(EXIT_INTERRUPTED);
  else if (failed.length > 0) {
    context.err(`${failed.length} of ${outcomes.length} runs failed`);
    context.setExitCode(EXIT_RUNS_FAILED);
  }
}

/** The scenario file relative to the current directory, with `/` separators (results.json must not depend on the machine). */
function scenarioPathOf(file: string): string {
  return relative(process.cwd(), resolve(file)).split(sep).join('/');
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}
