// The results.json format: the only thing viewers (report.html, the webview, scripts) read.
// Versioned; results.schema.json beside this file is the same contract as a JSON Schema, and
// docs/results.md explains every field. Viewers never need raw samples: every distribution is
// pre-computed as percentiles and CDF points, per seed and across seeds.
//
// Units: times in milliseconds, goodput in MiB/s, counts as plain numbers. Numbers derived from
// measurements are rounded to 6 significant digits (see round.ts); nothing else is rounded.

import type { Scenario } from '../../grammar/model/scenario';

export const RESULTS_FORMAT = 'tornet-results';
export const RESULTS_VERSION = 2;

export interface ResultsFile {
  readonly format: typeof RESULTS_FORMAT;
  readonly version: typeof RESULTS_VERSION;
  readonly tool: { readonly name: string; readonly version: string };
  readonly scenario: ScenarioReference;
  /** False when some requested runs did not finish (running, cancelled, failed or not run). */
  readonly complete: boolean;
  readonly statistics: StatisticsMethod;
  readonly experiments: ExperimentResults[];
  /** Everything that depends on the wall clock, and nothing else: excluded from determinism. */
  readonly wallClock: WallClock;
}

export interface ScenarioReference {
  /** The scenario file as given on the command line (relative paths stay relative). */
  readonly path: string;
  /** SHA-256 of the file's text (hex). */
  readonly sha256: string;
  /** The resolved model the runs were made from. */
  readonly model: Scenario;
}

/** How the across-seed numbers were computed, so a reader need not guess. */
export interface StatisticsMethod {
  /** Percentiles reported for every distribution, in percent. */
  readonly percentiles: readonly PercentileName[];
  /** Cumulative probabilities at which every CDF is given (same for all series). */
  readonly cdfProbabilities: readonly number[];
  /** Confidence level of every interval. */
  readonly confidence: number;
  /** 'student-t': mean across seeds ± t(0.975, n−1) · s / √n of the per-seed statistic. */
  readonly interval: 'student-t';
  /** Width of a goodput time-series bucket in the results, seconds. */
  readonly goodputBucketSeconds: number | null;
}

export const PERCENTILES = ['p10', 'p25', 'p50', 'p75', 'p90', 'p99'] as const;
export type PercentileName = (typeof PERCENTILES)[number];
export type Percentiles<T> = { readonly [name in PercentileName]: T };

export interface ExperimentResults {
  readonly name: string;
  /** Variant the others are compared with; null when the experiment names none. */
  readonly baseline: string | null;
  readonly variants: VariantResults[];
}

export interface VariantResults {
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly runs: RunResult[];
  /** Across the seeds whose runs completed (status 'ok'; partial runs never count); null when none did. */
  readonly aggregate: VariantAggregate | null;
}

/** 'running' appears only in live views of an experiment in progress, never in a written file. */
export type RunStatus = 'ok' | 'running' | 'failed' | 'cancelled' | 'not-run';

export interface RunResult {
  readonly seed: number;
  readonly status: RunStatus;
  /** The error of a failed run, else null. */
  readonly error: string | null;
  /**
   * 'ok': the whole run. 'running' (live views only) and 'cancelled': what was measured up to
   * `summary.simulatedSeconds` (null if the run was stopped before its first report).
   * Null for 'failed' and 'not-run'.
   */
  readonly summary: RunSummary | null;
}

// ---- one run -----------------------------------------------------------------------

/** What a series measures; `group`/`sizeBytes` narrow download metrics. */
export type MetricKind = 'ttfb' | 'ttlb' | 'goodput' | 'kernel-queue' | 'tor-queue' | 'circuit-build';

export interface SeriesInfo {
  /** Stable key, e.g. `ttlb:web`, `ttlb:perf:51200`, `kernel-queue`. */
  readonly id: string;
  readonly metric: MetricKind;
  /** Client group, for download metrics; else null. */
  readonly group: string | null;
  /** Download size in bytes when the series is one size of a group; else null. */
  readonly sizeBytes: number | null;
  readonly unit: 'ms' | 'MiB/s';
}

/** One distribution measured in one run. */
export interface SeedDistribution {
  readonly count: number;
  /** Null when count is 0 (as are percentiles and the CDF then). */
  readonly mean: number | null;
  readonly max: number | null;
  readonly percentiles: Percentiles<number> | null;
  /** Values at `statistics.cdfProbabilities`; empty when count is 0. */
  readonly cdf: number[];
}

export interface RunSummary {
  /** Simulated time covered: the configured duration, or less for a running or cancelled run. */
  readonly simulatedSeconds: number;
  readonly warmupSeconds: number;
  readonly events: number;
  readonly series: SeriesInfo[];
  /** By series id, in the order of `series`. */
  readonly distributions: Record<string, SeedDistribution>;
  readonly scalars: Scalars<number>;
  /** Download and circuit-build errors by reason (reason → count). */
  readonly errors: Record<string, number>;
  readonly goodputSeries: TimeSeries;
}

/** Headline single numbers per run. */
export interface Scalars<T> {
  readonly downloadsCompleted: T;
  readonly downloadsFailed: T;
  /** Downloads started after the warm-up and still running at the end (censored: in no distribution). */
  readonly downloadsUnfinished: T;
  /** Failed or timed-out downloads / downloads that ended (completed + failed; 0 when none). */
  readonly downloadErrorRate: T;
  readonly circuitBuildsFailed: T;
  /** Mean aggregate relay goodput over the measured period, MiB/s. */
  readonly goodputMean: T;
  readonly kistRuns: T;
  readonly kistTcpInfoReads: T;
  /** Mean pending sockets per KIST run (0 when there were no runs). */
  readonly kistPendingSocketsMean: T;
}

export interface TimeSeries {
  /** Simulated time of the first bucket's start, seconds. */
  readonly startSeconds: number;
  readonly bucketSeconds: number;
  readonly values: number[];
}

export interface TimeSeriesBand {
  readonly startSeconds: number;
  readonly bucketSeconds: number;
  /** Per bucket, across seeds. */
  readonly band: Band;
}

// ---- across seeds ------------------------------------------------------------------

/** A per-seed statistic summarised across seeds. */
export interface Estimate {
  /** Seeds that contributed. */
  readonly n: number;
  readonly mean: number;
  readonly median: number;
  /** 95 % confidence interval of the mean; null when n < 2. */
  readonly low: number | null;
  readonly high: number | null;
}

export interface Band {
  readonly mean: number[];
  /** Null entries where fewer than two seeds contributed. */
  readonly low: (number | null)[];
  readonly high: (number | null)[];
}

export interface DistributionAggregate {
  readonly info: SeriesInfo;
  /** Samples per seed. */
  readonly count: Estimate;
  readonly mean: Estimate;
  readonly percentiles: Percentiles<Estimate>;
  /** At each CDF probability: the per-seed values' mean and 95 % interval (a horizontal band). */
  readonly cdf: Band;
  /** Relative change of each percentile's mean vs the baseline variant ((v − b) / b); null without one. */
  readonly change: Percentiles<number | null> | null;
}

export interface VariantAggregate {
  /** Seeds whose runs completed and were aggregated. */
  readonly seeds: number[];
  readonly distributions: DistributionAggregate[];
  readonly scalars: Scalars<Estimate>;
  /** Relative change of each scalar's mean vs the baseline; null without one. */
  readonly scalarChange: Scalars<number | null> | null;
  readonly errors: Record<string, Estimate>;
  readonly goodputSeries: TimeSeriesBand | null;
}

// ---- wall clock ----------------------------------------------------------------------

export interface WallClock {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  readonly jobs: number;
  readonly runs: { readonly experiment: string; readonly variant: string; readonly seed: number; readonly durationMs: number }[];
}
