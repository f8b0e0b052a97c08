// The text of the inline results lenses: headline numbers of a variant (from the shared
// headline table, so the lens, report and CLI agree), a one-line summary of an experiment, and
// the headline latency of the variants that have no line of their own (sweeps).

import { formatChange, headlineTable, type HeadlineCell, type HeadlineTable } from '../../webview/charts/headline';
import type { ResultsFile } from '../../simulator/results/types';

/**
 * `p50 TTLB web 2.1 s −14.3 % · mean kernel queue 33 ms −82.0 %` (values and changes worded as in
 * the headline table, each named by its statistic: queue times are means, see headline.ts);
 * undefined if the run has no such variant. Kept short, the baseline named in the experiment's
 * lens instead (`nameBaseline` adds ` vs amap`, for the hover): VS Code moves a lens wider than
 * the room right of its line's indentation to the left, so a long one no longer sits on its
 * declaration.
 */
export function variantLensText(results: ResultsFile, experimentName: string, variantName: string, { nameBaseline = false } = {}): string | undefined {
  const experiment = results.experiments.find((e) => e.name === experimentName);
  const variant = experiment?.variants.find((v) => v.name === variantName);
  if (!experiment || !variant) return undefined;
  if (!variant.aggregate) return `${variant.name}: no finished runs`;
  const table = headlineTable(results, experiment);
  const row = table.rows.find((r) => r.variant === variantName)!;
  const compared = experiment.baseline !== null && experiment.baseline !== variantName;
  const cells = [latencyColumn(table), table.columns.indexOf(KERNEL_QUEUE_COLUMN)]
    .filter((column) => column >= 0 && row.cells[column]!.estimate !== null)
    .map((column) => ({ title: statisticFirst(table.columns[column]!), cell: row.cells[column]! }));
  if (cells.length === 0) return `${variant.name}: no headline metrics`;
  const text = cells.map(({ title, cell }) => `${title} ${formatValue(cell)}${compared && cell.change !== null ? ` ${formatChange(cell.change)}` : ''}`).join(' · ');
  return `${text}${nameBaseline && compared && cells.some(({ cell }) => cell.change !== null) ? ` vs ${experiment.baseline}` : ''}`;
}

/** The headline column a variant lens shows beside its latency. */
const KERNEL_QUEUE_COLUMN = 'kernel queue mean';

/** `TTLB web p50` → `p50 TTLB web`, `kernel queue mean` → `mean kernel queue`. */
function statisticFirst(title: string): string {
  return title.replace(/^(.*) (p50|mean)$/, '$2 $1');
}

/** Variants listed by name in one experiment lens before the rest is counted. */
export const LISTED_VARIANTS = 4;

/**
 * Variants without a `variant` statement of their own (sweep items) have no line for a lens:
 * one line above the experiment lists their headline latency, `TTLB web p50: amap 43 ms · kist 110 ms ×2.5`.
 */
export function variantsSummaryText(results: ResultsFile, experimentName: string, variantNames: readonly string[]): string | undefined {
  const experiment = results.experiments.find((e) => e.name === experimentName);
  if (!experiment || variantNames.length === 0) return undefined;
  const table = headlineTable(results, experiment);
  const column = latencyColumn(table);
  if (column < 0) return undefined;
  const rows = variantNames.flatMap((name) => table.rows.filter((r) => r.variant === name));
  const listed = rows.slice(0, LISTED_VARIANTS).map((row) => {
    const cell = row.cells[column]!;
    if (!cell.estimate) return `${row.variant} –`;
    const change = row.variant === experiment.baseline || cell.change === null ? '' : ` ${formatChange(cell.change)}`;
    return `${row.variant} ${formatValue(cell)}${change}`;
  });
  const more = rows.length > LISTED_VARIANTS ? ` · +${rows.length - LISTED_VARIANTS} more` : '';
  return `${table.columns[column]}: ${listed.join(' · ')}${more}`;
}

/** The lens's latency: TTLB of the first web or bulk group, else TTFB of the first group. */
function latencyColumn(table: HeadlineTable): number {
  const ttlb = table.columns.findIndex((title) => title.startsWith('TTLB'));
  return ttlb >= 0 ? ttlb : table.columns.findIndex((title) => title.startsWith('TTFB'));
}

/** `4 variants × 2 seeds · partial (1 run failed) · changes vs amap` (the baseline named once for the variant lenses, when it has finished runs and others to compare). */
export function experimentLensText(results: ResultsFile, experimentName: string): string | undefined {
  const experiment = results.experiments.find((e) => e.name === experimentName);
  if (!experiment) return undefined;
  const runs = experiment.variants.flatMap((v) => v.runs);
  const seeds = Math.max(0, ...experiment.variants.map((v) => v.runs.length));
  const failed = runs.filter((r) => r.status === 'failed').length;
  const unfinished = runs.filter((r) => r.status !== 'ok' && r.status !== 'failed').length;
  const state = failed + unfinished === 0 ? 'complete' : `partial (${[failed > 0 ? `${failed} failed` : '', unfinished > 0 ? `${unfinished} not finished` : ''].filter(Boolean).join(', ')})`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const compared = experiment.variants.length > 1 && experiment.variants.some((v) => v.name === experiment.baseline && v.aggregate);
  const baseline = compared ? ` · changes vs ${experiment.baseline}` : '';
  return `results: ${plural(experiment.variants.length, 'variant')} × ${plural(seeds, 'seed')} · ${state}${baseline}`;
}

/** Milliseconds of a second or more read better as seconds; two significant digits. */
export function formatValue(cell: HeadlineCell): string {
  const mean = cell.estimate!.mean;
  const [value, unit] = cell.unit === 'ms' && Math.abs(mean) >= 1000 ? [mean / 1000, 's'] : [mean, cell.unit];
  return `${Number(value.toPrecision(2))} ${unit}`;
}
