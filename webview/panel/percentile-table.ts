// The table under an experiment's charts: per series, per variant, the mean per sample and the
// median and tail percentiles (each a mean across seeds with its 95 % interval) and the relative
// change of each vs a baseline variant the user picks. results.json stores percentile changes
// vs the experiment's own baseline only, so every change is computed here from the same means
// (baseline-change.ts, which the headline numbers use too). The mean comes first: for queue
// times it is the number that says where the time goes (docs/results.md, "Headline numbers").
// Pure.

import type { Estimate, ExperimentResults, PercentileName, SeriesInfo } from '../../simulator/results/types';
import { distributionOf, meanChange, percentileChange } from '../charts/baseline-change';
import { seriesOf, seriesTitle } from '../charts/figure';

export type TableStatistic = 'mean' | PercentileName;

export const TABLE_STATISTICS: readonly TableStatistic[] = ['mean', 'p50', 'p90', 'p99'];

export interface TableCell {
  readonly estimate: Estimate;
  /** (value − baseline) / baseline of the statistic's mean across seeds; null for the baseline itself or without one. */
  readonly change: number | null;
}

export interface TableRow {
  readonly variant: string;
  readonly seeds: number;
  readonly isBaseline: boolean;
  /** One per TABLE_STATISTICS entry; null when the variant has no such series. */
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
    const baseDistribution = distributionOf(base, info.id);
    return {
      info,
      title: seriesTitle(info, all),
      rows: experiment.variants.map((variant): TableRow => {
        const distribution = distributionOf(variant.aggregate, info.id);
        const isBaseline = variant.name === baseline;
        return {
          variant: variant.name,
          seeds: variant.aggregate?.seeds.length ?? 0,
          isBaseline,
          cells: TABLE_STATISTICS.map((statistic) => {
            if (!distribution) return null;
            const estimate = statistic === 'mean' ? distribution.mean : distribution.percentiles[statistic];
            if (isBaseline) return { estimate, change: null };
            const change = statistic === 'mean' ? meanChange(distribution, baseDistribution) : percentileChange(distribution, baseDistribution, statistic);
            return { estimate, change };
          }),
        };
      }),
    };
  });
}
