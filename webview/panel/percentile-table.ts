// The table under an experiment's charts: per series, per variant, the median and tail
// percentiles (means across seeds with their 95 % intervals) and the relative change of each vs
// a baseline variant the user picks (results.json stores the change vs the experiment's own
// baseline only, so it is computed here from the same percentile means). Pure.

import { relativeChange } from '../../simulator/results/relative-change';
import type { Estimate, ExperimentResults, PercentileName, SeriesInfo } from '../../simulator/results/types';
import { seriesOf, seriesTitle } from '../charts/figure';

export const TABLE_PERCENTILES: readonly PercentileName[] = ['p50', 'p90', 'p99'];

export interface TableCell {
  readonly estimate: Estimate;
  /** (value − baseline) / baseline of the percentile's mean; null for the baseline itself or without one. */
  readonly change: number | null;
}

export interface TableRow {
  readonly variant: string;
  readonly seeds: number;
  readonly isBaseline: boolean;
  /** One per TABLE_PERCENTILES entry; null when the variant has no such series. */
  readonly cells: (TableCell | null)[];
}

export interface TableGroup {
  readonly info: SeriesInfo;
  readonly title: string;
  readonly rows: TableRow[];
}

/** The experiment's own baseline, else its first variant. */
export function defaultBaseline(experiment: ExperimentResults): string | null {
  return experiment.baseline ?? experiment.variants[0]?.name ?? null;
}

export function percentileTable(experiment: ExperimentResults, baseline: string | null): TableGroup[] {
  const all = seriesOf(experiment);
  const base = experiment.variants.find((v) => v.name === baseline)?.aggregate ?? null;
  return all.map((info) => {
    const baseDistribution = base?.distributions.find((d) => d.info.id === info.id) ?? null;
    return {
      info,
      title: seriesTitle(info, all),
      rows: experiment.variants.map((variant): TableRow => {
        const distribution = variant.aggregate?.distributions.find((d) => d.info.id === info.id);
        const isBaseline = variant.name === baseline;
        return {
          variant: variant.name,
          seeds: variant.aggregate?.seeds.length ?? 0,
          isBaseline,
          cells: TABLE_PERCENTILES.map((p) => {
            if (!distribution) return null;
            const estimate = distribution.percentiles[p];
            const change = isBaseline || !baseDistribution ? null : relativeChange(estimate.mean, baseDistribution.percentiles[p].mean);
            return { estimate, change };
          }),
        };
      }),
    };
  });
}
