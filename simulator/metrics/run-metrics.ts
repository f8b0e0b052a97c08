// The raw metrics of one simulation run (one configuration, one seed): what `simulateConfiguration`
// returns and what `tornet run` aggregates across seeds (medians, 95 % confidence intervals).
//
// Plain JSON data, deterministic for a given configuration and seed. Times are integer
// nanoseconds of simulated time unless noted. Everything measured before the warm-up ends is
// excluded: downloads and circuit builds that *start* during the warm-up, and queue-time,
// goodput and KIST samples taken during it.

export const RUN_METRICS_VERSION = 2;

export interface RunMetrics {
  readonly version: typeof RUN_METRICS_VERSION;
  readonly seed: number;
  /** Simulated time the run covered (the configuration's duration, or less if cancelled). */
  readonly simulatedNs: number;
  /** Start of the measured period: the configuration's warm-up. */
  readonly warmupNs: number;
  /** True when the caller's signal stopped the run early. */
  readonly cancelled: boolean;
  /** Discrete events processed. */
  readonly events: number;
  /** Downloads that ended (completed, failed or timed out). */
  readonly downloads: DownloadRecord[];
  /**
   * Downloads started after the warm-up that had not ended by `simulatedNs` (still running when
   * the run ended or was snapshotted): censored, so in no distribution. Long downloads are the
   * likeliest to be cut off, which biases download-time distributions towards short ones.
   */
  readonly downloadsUnfinished: number;
  readonly circuitBuilds: CircuitBuildRecord[];
  /** Failed or timed-out downloads and circuit builds by reason (reason text → count). */
  readonly errors: Record<string, number>;
  readonly goodput: GoodputSeries;
  /**
   * Kernel outbound queue time of relay-written bytes: from Tor's write into the socket to the
   * first transmission of those bytes. Every byte counts; weights are in cells (bytes / 514),
   * so the histogram reads as "cells".
   */
  readonly kernelQueue: LogHistogram;
  /**
   * Tor application queue time per cell at relays: from the cell's arrival at the relay
   * (read from the inbound connection) to its write into the outbound kernel socket
   * (circuit queue + scheduler wait + outbuf). Every cell is counted, none sampled.
   */
  readonly torQueue: LogHistogram;
  /** Socket-scheduler activity; runs are zero for schedulers that do not batch (vanilla). */
  readonly scheduler: SchedulerStats;
}

export type TrafficClass = 'web' | 'bulk' | 'perf';

export type DownloadOutcome = 'ok' | 'failed' | 'timeout';

export interface DownloadRecord {
  /** Client group name (as declared in the scenario). */
  readonly group: string;
  /** Index of the client within its group. */
  readonly client: number;
  readonly traffic: TrafficClass;
  /** Requested size, bytes. */
  readonly sizeBytes: number;
  /** When the client asked for the stream (before any circuit it had to build for it). */
  readonly startNs: number;
  /** Time to first byte from `startNs`, or null if none arrived. */
  readonly ttfbNs: number | null;
  /** Time to last byte from `startNs`, or null if the download did not complete. */
  readonly ttlbNs: number | null;
  readonly outcome: DownloadOutcome;
  /** Why it failed or timed out, or null. */
  readonly error: string | null;
  /** The circuit that carried it (run-unique id), or -1 if none was built. */
  readonly circuit: number;
}

export interface CircuitBuildRecord {
  readonly group: string;
  readonly client: number;
  readonly circuit: number;
  readonly startNs: number;
  /** Time from the first CREATE to the last EXTENDED, or null if the build failed. */
  readonly buildNs: number | null;
  readonly error: string | null;
}

/** Aggregate relay goodput: cell bytes all relays wrote into their outbound sockets, per bucket. */
export interface GoodputSeries {
  /** Time of the first bucket's start (the warm-up end). */
  readonly startNs: number;
  readonly bucketNs: number;
  /** Cell bytes (514 each) written by all relays together in each bucket. */
  readonly bytes: number[];
}

/**
 * A histogram with fixed log-spaced bins, so memory stays flat and CDFs are cheap.
 * Bin i (0 ≤ i < counts.length) holds values v with
 *   minNs · 10^(i / binsPerDecade) ≤ v < minNs · 10^((i + 1) / binsPerDecade);
 * values below minNs (including 0) go to `below`, values at or above the last edge to the last bin.
 * Counts may be fractional when samples are weighted.
 */
export interface LogHistogram {
  readonly minNs: number;
  readonly binsPerDecade: number;
  readonly counts: number[];
  readonly below: number;
  /** Total weight, sum of weight × value (for means) and the largest value seen. */
  readonly total: number;
  readonly sumNs: number;
  readonly maxNs: number;
}

export interface SchedulerStats {
  /** Socket-scheduler runs (KIST and KIST-Lite; 0 for vanilla). */
  readonly runs: number;
  /** pendingSockets[k]: runs that started with k pending sockets; the last entry counts k ≥ its index. */
  readonly pendingSockets: number[];
  /** TCP_INFO reads (one per pending socket per KIST run). */
  readonly tcpInfoReads: number;
}
