// The headline numbers of an experiment as a table (text in the CLI, HTML in the report, the
// inline lenses): per variant, the p50 TTLB of each web and bulk client group, the p50 TTFB of
// the first client group, the mean kernel and Tor queue time per cell and the mean goodput;
// each with its 95 % interval across seeds and its change vs the baseline.
//
// Queue times are means, not medians: most cells wait ≈ 0 under AMAP while a tail waits hundreds
// of ms, so AMAP's median kernel queue is tiny and KIST's (one scheduler interval) looks many
// times worse, the opposite of the KIST paper's finding that KIST moves queuing out of the
// kernel. The mean counts the tail (docs/results.md, "Headline numbers").

import type { Estimate, ExperimentResults, ResultsFile, VariantAggregate } from '../../simulator/results/types';
import { distributionOf, meanChange } from './baseline-change';

export interface HeadlineCell {
  readonly estimate: Estimate | null;
  readonly unit: string;
  /** Relative change vs the baseline, or null. */
  readonly change: number | null;
}

export interface HeadlineTable {
  readonly experiment: string;
  readonly baseline: string | null;
  readonly columns: string[];
  readonly rows: { readonly variant: string; readonly seeds: number; readonly cells: HeadlineCell[] }[];
}

/** `baseline`: the aggregate of the experiment's baseline variant, null when it has none in the run. */
type Column = { readonly title: string; readonly cell: (aggregate: VariantAggregate, baseline: VariantAggregate | null) => HeadlineCell };

function p50Of(id: string, title: string): Column {
  return {
    title,
    cell: (aggregate) => {
      const d = distributionOf(aggregate, id);
      return { estimate: d?.percentiles.p50 ?? null, unit: d?.info.unit ?? 'ms', change: d?.change?.p50 ?? null };
    },
  };
}

/** The mean of a series; results.json stores changes of percentiles only, so the mean's is computed (baseline-change.ts). */
function meanOf(id: string, title: string): Column {
  return {
    title,
    cell: (aggregate, baseline) => {
      const d = distributionOf(aggregate, id);
      return { estimate: d?.mean ?? null, unit: d?.info.unit ?? 'ms', change: d ? meanChange(d, distributionOf(baseline, id)) : null };
    },
  };
}

export function headlineTable(results: ResultsFile, experiment: ExperimentResults): HeadlineTable {
  const clients = results.scenario.model.base.clients;
  const columns: Column[] = [
    ...clients.filter((c) => c.traffic === 'web' || c.traffic === 'bulk').map((c) => p50Of(`ttlb:${c.name}`, `TTLB ${c.name} p50`)),
    ...clients.slice(0, 1).map((c) => p50Of(`ttfb:${c.name}`, `TTFB ${c.name} p50`)),
    meanOf('kernel-queue', 'kernel queue mean'),
    meanOf('tor-queue', 'Tor queue mean'),
    {
      title: 'goodput mean',
      cell: (aggregate) => ({ estimate: aggregate.scalars.goodputMean, unit: 'MiB/s', change: aggregate.scalarChange?.goodputMean ?? null }),
    },
  ];
  const baseline = experiment.variants.find((variant) => variant.name === experiment.baseline)?.aggregate ?? null;
  return {
    experiment: experiment.name,
    baseline: experiment.baseline,
    columns: columns.map((c) => c.title),
    rows: experiment.variants.map((variant) => ({
      variant: variant.name,
      seeds: variant.aggregate?.seeds.length ?? 0,
      cells: columns.map((c) => (variant.aggregate ? c.cell(variant.aggregate, baseline) : { estimate: null, unit: '', change: null })),
    })),
  };
}

/** `812 ms [778–846] −12.3 %`; `–` without a value. */
export function formatCell(cell: HeadlineCell): string {
  const e = cell.estimate;
  if (!e) return '–';
  const change = cell.change === null ? '' : ` ${formatChange(cell.change)}`;
  return `${formatValue(e.mean)} ${cell.unit}${formatInterval(e)}${change}`;
}

/** Three significant digits: `812`, `0.0447`. */
export function formatValue(v: number): string {
  return Number(v.toPrecision(3)).toString();
}

/** ` [778–846]`, or '' when the interval is unknown (one seed). */
export function formatInterval(e: Estimate): string {
  return e.low !== null && e.high !== null ? ` [${formatValue(e.low)}–${formatValue(e.high)}]` : '';
}

/**
 * The change vs the baseline, in the one wording every view uses (table, lens, CLI, report):
 * `−12.3 %`, `+0.0 %`; above +100 % a ratio reads better than a big percentage (`×64`, `×2.5`).
 */
export function formatChange(change: number): string {
  if (change > 1) return `×${Number((1 + change).toPrecision(2))}`;
  return `${change >= 0 ? '+' : '−'}${Math.abs(change * 100).toFixed(1)} %`;
}
