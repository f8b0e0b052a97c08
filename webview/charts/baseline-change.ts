// A series' change vs a baseline variant, computed by the viewer: results.json stores the
// changes of percentiles vs the experiment's own baseline only, while the headline numbers need
// the change of the mean per sample and the results panel the changes vs any variant the user
// picks. Both compare the across-seed means of the statistic, (variant − baseline) / baseline.

import { relativeChange } from '../../simulator/results/relative-change';
import type { DistributionAggregate, PercentileName, VariantAggregate } from '../../simulator/results/types';

/** The variant's aggregate of series `id`; undefined when the variant has no aggregate or no such series. */
export function distributionOf(aggregate: VariantAggregate | null | undefined, id: string): DistributionAggregate | undefined {
  return aggregate?.distributions.find((candidate) => candidate.info.id === id);
}

/** Relative change of the mean per sample vs the baseline's; null without a baseline or when its mean is 0. */
export function meanChange(distribution: DistributionAggregate, baseline: DistributionAggregate | null | undefined): number | null {
  return baseline ? relativeChange(distribution.mean.mean, baseline.mean.mean) : null;
}

/** Relative change of one percentile vs the baseline's; null without a baseline or when its value is 0. */
export function percentileChange(distribution: DistributionAggregate, baseline: DistributionAggregate | null | undefined, percentile: PercentileName): number | null {
  return baseline ? relativeChange(distribution.percentiles[percentile].mean, baseline.percentiles[percentile].mean) : null;
}
