// The panels of one experiment, in the order of the KIST paper's Figures 3 and 4: client
// download times first (TTFB, then TTLB per client group and size), then relay performance
// (goodput, kernel queue time, Tor queue time), then circuit build times.

import type { ChartConfiguration } from 'chart.js';
import type { ExperimentResults, ResultsFile, SeriesInfo } from '../../simulator/results/types';
import { cdfChart } from './cdf-chart';
import type { Point } from './datasets';
import { goodputOverTimeChart } from './timeseries-chart';

export const GOODPUT_OVER_TIME = 'goodput-over-time';

export interface Panel {
  /** Stable id: the series id of a CDF panel (e.g. `ttlb:web`), or GOODPUT_OVER_TIME. */
  readonly id: string;
  readonly kind: 'cdf' | 'time-series';
  /** `(a) Time to last byte, web clients` */
  readonly caption: string;
  /** Whether the value axis (x of a CDF, y of a time series) is logarithmic. */
  readonly logarithmic: boolean;
  readonly chart: ChartConfiguration<'line', Point[]>;
}

export interface PanelOptions {
  /** Line colours (#rrggbb); the default palette when absent. */
  readonly palette?: readonly string[];
  /** The user's axis choice per panel id; absent ids keep the default (log for CDFs, linear over time). */
  readonly logarithmic?: Readonly<Record<string, boolean>>;
}

export function experimentPanels(results: ResultsFile, experiment: ExperimentResults, options: PanelOptions = {}): Panel[] {
  const probabilities = results.statistics.cdfProbabilities;
  const series = seriesOf(experiment);
  const palette = options.palette;
  const panels: Omit<Panel, 'caption'>[] = [];
  const cdf = (info: SeriesInfo) => {
    const logarithmic = options.logarithmic?.[info.id] ?? true;
    const spec = { title: seriesTitle(info, series), axisLabel: axisLabel(info), logarithmic, series: (s: SeriesInfo) => s.id === info.id, ...(palette ? { palette } : {}) };
    panels.push({ id: info.id, kind: 'cdf', logarithmic, chart: cdfChart(experiment, probabilities, spec) });
  };

  for (const info of series.filter((s) => s.metric === 'ttfb')) cdf(info);
  for (const info of series.filter((s) => s.metric === 'ttlb')) {
    if (info.sizeBytes === null && hasSizes(info, series)) continue; // the per-size panels say more
    cdf(info);
  }
  const goodputLog = options.logarithmic?.[GOODPUT_OVER_TIME] ?? false;
  panels.push({
    id: GOODPUT_OVER_TIME,
    kind: 'time-series',
    logarithmic: goodputLog,
    chart: goodputOverTimeChart(experiment, { title: 'Aggregate relay goodput', logarithmic: goodputLog, ...(palette ? { palette } : {}) }),
  });
  for (const metric of ['kernel-queue', 'tor-queue', 'circuit-build'] as const) for (const info of series.filter((s) => s.metric === metric)) cdf(info);

  return panels.map((panel, i) => ({ ...panel, caption: `(${letter(i)}) ${String(panel.chart.options?.plugins?.title?.text ?? panel.id)}` }));
}

/** What a series measures, as a chart title: `Time to last byte, perf clients, 50 KiB`. */
export function seriesTitle(info: SeriesInfo, all: readonly SeriesInfo[] = []): string {
  switch (info.metric) {
    case 'ttfb':
      return `Time to first byte, ${info.group} clients`;
    case 'ttlb':
      if (info.sizeBytes !== null) return `Time to last byte, ${info.group} clients, ${formatBytes(info.sizeBytes)}`;
      return `Time to last byte, ${info.group} clients${hasSizes(info, all) ? ', all sizes' : ''}`;
    case 'goodput':
      return 'Aggregate relay goodput per time bucket';
    case 'kernel-queue':
      return 'Kernel outbound queue time';
    case 'tor-queue':
      return 'Tor application queue time';
    case 'circuit-build':
      return 'Circuit build time';
  }
}

function axisLabel(info: SeriesInfo): string {
  const name = { ttfb: 'Time to first byte', ttlb: 'Time to last byte', goodput: 'Goodput', 'kernel-queue': 'Kernel queue time', 'tor-queue': 'Tor queue time', 'circuit-build': 'Circuit build time' }[info.metric];
  return `${name} (${info.unit})`;
}

function hasSizes(info: SeriesInfo, all: readonly SeriesInfo[]): boolean {
  return all.some((s) => s.metric === 'ttlb' && s.group === info.group && s.sizeBytes !== null);
}

/** Every series any variant aggregated, in first-seen order. */
export function seriesOf(experiment: ExperimentResults): SeriesInfo[] {
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
