// The panels of one experiment, in the order of the KIST paper's Figures 3 and 4: client
// download times first (TTFB, then TTLB per client group and size), then relay performance
// (goodput, kernel queue time, Tor queue time), then circuit build times.

import type { ChartConfiguration } from 'chart.js';
import type { ExperimentResults, ResultsFile, SeriesInfo } from '../../simulator/results/types';
import { cdfChart } from './cdf-chart';
import type { Point } from './datasets';
import { goodputOverTimeChart } from './timeseries-chart';

export interface Panel {
  /** Stable id, e.g. `ttlb:web`. */
  readonly id: string;
  /** `(a) Time to last byte, web clients` */
  readonly caption: string;
  readonly chart: ChartConfiguration<'line', Point[]>;
}

export function experimentPanels(results: ResultsFile, experiment: ExperimentResults): Panel[] {
  const probabilities = results.statistics.cdfProbabilities;
  const series = seriesOf(experiment);
  const panels: Omit<Panel, 'caption'>[] = [];
  const cdf = (info: SeriesInfo, title: string, axisLabel: string, logarithmic = true) =>
    panels.push({ id: info.id, chart: cdfChart(experiment, probabilities, { title, axisLabel, logarithmic, series: (s) => s.id === info.id }) });

  for (const info of series.filter((s) => s.metric === 'ttfb')) cdf(info, `Time to first byte, ${info.group} clients`, 'Time to first byte (ms)');
  for (const info of series.filter((s) => s.metric === 'ttlb')) {
    const sized = series.some((s) => s.metric === 'ttlb' && s.group === info.group && s.sizeBytes !== null);
    if (sized && info.sizeBytes === null) continue; // the per-size panels say more
    const what = info.sizeBytes === null ? `${info.group} clients` : `${info.group} clients, ${formatBytes(info.sizeBytes)}`;
    cdf(info, `Time to last byte, ${what}`, 'Time to last byte (ms)');
  }
  panels.push({ id: 'goodput-over-time', chart: goodputOverTimeChart(experiment, 'Aggregate relay goodput') });
  for (const info of series.filter((s) => s.metric === 'kernel-queue')) cdf(info, 'Kernel outbound queue time', 'Kernel queue time (ms)');
  for (const info of series.filter((s) => s.metric === 'tor-queue')) cdf(info, 'Tor application queue time', 'Tor queue time (ms)');
  for (const info of series.filter((s) => s.metric === 'circuit-build')) cdf(info, 'Circuit build time', 'Circuit build time (ms)');

  return panels.map((panel, i) => ({ ...panel, caption: `(${letter(i)}) ${String(panel.chart.options?.plugins?.title?.text ?? panel.id)}` }));
}

/** Every series any variant aggregated, in first-seen order. */
function seriesOf(experiment: ExperimentResults): SeriesInfo[] {
  const seen = new Map<string, SeriesInfo>();
  for (const variant of experiment.variants) for (const d of variant.aggregate?.distributions ?? []) if (!seen.has(d.info.id)) seen.set(d.info.id, d.info);
  return [...seen.values()];
}

function letter(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : `${letter(Math.floor(i / 26) - 1)}${letter(i % 26)}`;
}

export function formatBytes(bytes: number): string {
  const units: [number, string][] = [[1024 ** 3, 'GiB'], [1024 ** 2, 'MiB'], [1024, 'KiB']];
  for (const [size, unit] of units) if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  for (const [size, unit] of units) if (bytes >= size) return `${(bytes / size).toFixed(1)} ${unit}`;
  return `${bytes} B`;
}
