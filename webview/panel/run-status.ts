// What the status line says about the runs behind the results: how many finished, which are
// still running, and every failed, cancelled or unrun run with its error. Pure.

import type { ResultsFile } from '../../simulator/results/types';

export interface RunProblem {
  readonly experiment: string;
  readonly variant: string;
  readonly seed: number;
  readonly status: string;
  readonly error: string | null;
}

export interface RunStatusSummary {
  /** `complete` | `running` | `partial` */
  readonly state: 'complete' | 'running' | 'partial';
  /** `4 of 6 runs finished · 2 running` */
  readonly text: string;
  /** Runs that are not 'ok', in results order (running runs included). */
  readonly runs: RunProblem[];
}

export function runStatus(results: ResultsFile): RunStatusSummary {
  const all = results.experiments.flatMap((e) => e.variants.flatMap((v) => v.runs.map((r) => ({ experiment: e.name, variant: v.name, seed: r.seed, status: r.status as string, error: r.error }))));
  const counts = new Map<string, number>();
  for (const run of all) counts.set(run.status, (counts.get(run.status) ?? 0) + 1);
  const ok = counts.get('ok') ?? 0;
  const running = counts.get('running') ?? 0;
  const state = results.complete ? 'complete' : running > 0 ? 'running' : 'partial';
  const others = [...counts.entries()].filter(([status]) => status !== 'ok').map(([status, n]) => `${n} ${status}`);
  const text = state === 'complete' ? `${all.length} run${all.length === 1 ? '' : 's'} complete` : [`${ok} of ${all.length} runs finished`, ...others].join(' · ');
  return { state, text, runs: all.filter((run) => run.status !== 'ok') };
}
