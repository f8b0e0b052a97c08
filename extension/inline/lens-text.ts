// The text of the inline results lenses: headline numbers of a variant (from the shared
// headline table, so the lens, panel and CLI agree) and a one-line summary of an experiment.

import { headlineTable, type HeadlineCell } from '../../webview/charts/headline';
import type { ResultsFile } from '../../simulator/results/types';

/** `TTLB web p50 2.1 s (−14 % vs amap) · kernel queue p50 0.4 ms`; undefined if the run has no such variant. */
export function variantLensText(results: ResultsFile, experimentName: string, variantName: string): string | undefined {
  const experiment = results.experiments.find((e) => e.name === experimentName);
  const variant = experiment?.variants.find((v) => v.name === variantName);
  if (!experiment || !variant) return undefined;
  if (!variant.aggregate) return `${variant.name}: no finished runs`;
  const table = headlineTable(results, experiment);
  const row = table.rows.find((r) => r.variant === variantName)!;
  const wanted = [table.columns.findIndex((title) => title.startsWith('TTLB')), table.columns.indexOf('kernel queue p50')];
  if (wanted[0] === -1) wanted[0] = table.columns.findIndex((title) => title.startsWith('TTFB'));
  const isBaseline = experiment.baseline === variantName;
  const parts = wanted
    .filter((column) => column >= 0 && row.cells[column]!.estimate !== null)
    .map((column) => `${table.columns[column]} ${formatValue(row.cells[column]!)}${isBaseline ? '' : changeText(row.cells[column]!, experiment.baseline)}`);
  return parts.length > 0 ? parts.join(' · ') : `${variant.name}: no headline metrics`;
}

/** `4 variants × 2 seeds · partial (1 run failed)` */
export function experimentLensText(results: ResultsFile, experimentName: string): string | undefined {
  const experiment = results.experiments.find((e) => e.name === experimentName);
  if (!experiment) return undefined;
  const runs = experiment.variants.flatMap((v) => v.runs);
  const seeds = Math.max(0, ...experiment.variants.map((v) => v.runs.length));
  const failed = runs.filter((r) => r.status === 'failed').length;
  const unfinished = runs.filter((r) => r.status !== 'ok' && r.status !== 'failed').length;
  const state = failed + unfinished === 0 ? 'complete' : `partial (${[failed > 0 ? `${failed} failed` : '', unfinished > 0 ? `${unfinished} not finished` : ''].filter(Boolean).join(', ')})`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `results: ${plural(experiment.variants.length, 'variant')} × ${plural(seeds, 'seed')} · ${state}`;
}

/** Milliseconds of a second or more read better as seconds; two significant digits. */
export function formatValue(cell: HeadlineCell): string {
  const mean = cell.estimate!.mean;
  const [value, unit] = cell.unit === 'ms' && Math.abs(mean) >= 1000 ? [mean / 1000, 's'] : [mean, cell.unit];
  return `${Number(value.toPrecision(2))} ${unit}`;
}

function changeText(cell: HeadlineCell, baseline: string | null): string {
  if (cell.change === null || baseline === null) return '';
  const percent = Math.round(cell.change * 100);
  return ` (${percent < 0 ? '−' : '+'}${Math.abs(percent)} % vs ${baseline})`;
}
