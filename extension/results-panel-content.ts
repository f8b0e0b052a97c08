// What a results panel is sent: the results without the per-seed summaries of finished runs
// (the panel draws across-seed aggregates; Pre-computed points, never samples, cross the
// channel), and a provisional aggregate for each variant none of whose runs has finished, from
// its running or stopped runs' partial summaries: while a run streams its curves appear from the
// first progress report instead of at the end of its first run, and a stopped run shows what it
// measured. Pure.

import { aggregateRuns } from '../simulator/results/aggregate';
import type { ResultsFile, RunSummary, VariantResults } from '../simulator/results/types';
import type { ProvisionalVariant } from '../webview/protocol';

export interface PanelContent {
  readonly results: ResultsFile;
  readonly provisional: ProvisionalVariant[];
}

export function panelContent(results: ResultsFile): PanelContent {
  const provisional: ProvisionalVariant[] = [];
  const experiments = results.experiments.map((experiment) => ({
    ...experiment,
    variants: experiment.variants.map((variant): VariantResults => {
      const partial = variant.aggregate === null ? variant.runs.filter((r): r is typeof r & { summary: RunSummary } => (r.status === 'running' || r.status === 'cancelled') && r.summary !== null) : [];
      const runs = variant.runs.map((r) => ({ ...r, summary: null }));
      if (partial.length === 0) return { ...variant, runs };
      provisional.push({ experiment: experiment.name, variant: variant.name, simulatedSeconds: Math.min(...partial.map((r) => r.summary.simulatedSeconds)) });
      return { ...variant, runs, aggregate: aggregateRuns(partial.map((r) => r.seed), partial.map((r) => r.summary)) };
    }),
  }));
  return { results: { ...results, experiments }, provisional };
}
