// A chart's data as CSV, from results.json (exact values, never the clamped points a log axis
// draws): a CDF as one row per variant and cumulative fraction with the across-seed mean and
// 95 % interval of the value; goodput over time as one row per variant and bucket.

import type { ExperimentResults, ResultsFile } from '../../simulator/results/types';
import { GOODPUT_OVER_TIME } from '../charts/figure';

export function chartCsv(results: ResultsFile, experiment: ExperimentResults, panelId: string): string {
  if (panelId === GOODPUT_OVER_TIME) {
    const rows = experiment.variants.flatMap((variant) => {
      const series = variant.aggregate?.goodputSeries;
      if (!series) return [];
      return series.band.mean.map((mean, k) => [variant.name, series.startSeconds + k * series.bucketSeconds, series.bucketSeconds, mean, series.band.low[k], series.band.high[k]]);
    });
    return csv(['variant', 'bucket_start_s', 'bucket_s', 'goodput_mean_MiB_s', 'goodput_low_MiB_s', 'goodput_high_MiB_s'], rows);
  }
  const probabilities = results.statistics.cdfProbabilities;
  let unit = 'ms';
  const rows = experiment.variants.flatMap((variant) => {
    const distribution = variant.aggregate?.distributions.find((d) => d.info.id === panelId);
    if (!distribution) return [];
    unit = distribution.info.unit.replace('/', '_');
    return probabilities.map((p, k) => [variant.name, panelId, p, distribution.cdf.mean[k]!, distribution.cdf.low[k]!, distribution.cdf.high[k]!]);
  });
  return csv(['variant', 'series', 'cumulative_fraction', `value_mean_${unit}`, `value_low_${unit}`, `value_high_${unit}`], rows);
}

type Cell = string | number | null | undefined;

/** RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break; empty for null. */
export function csv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const field = (cell: Cell) => {
    if (cell === null || cell === undefined) return '';
    const text = String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
