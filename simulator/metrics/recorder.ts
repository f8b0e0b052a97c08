// Collects one run's metrics as the simulation goes, dropping everything before the warm-up
// ends, and assembles the RunMetrics record at the end — or, as a snapshot, while the run is
// still going (read-only: a snapshot never changes what the run goes on to record).

import { LogHistogramBuilder } from './log-histogram';
import {
  RUN_METRICS_VERSION,
  type CircuitBuildRecord,
  type DownloadRecord,
  type RunMetrics,
} from './run-metrics';

export const GOODPUT_BUCKET_NS = 1_000_000_000;
/** Runs with this many pending sockets or more share the last pendingSockets entry. */
export const PENDING_SOCKETS_CAP = 256;

export class MetricsRecorder {
  readonly downloads: DownloadRecord[] = [];
  readonly circuitBuilds: CircuitBuildRecord[] = [];
  private readonly errors = new Map<string, number>();
  private readonly goodput: number[] = [];
  private readonly kernelQueue = new LogHistogramBuilder();
  private readonly torQueue = new LogHistogramBuilder();
  private readonly pendingSockets = new Array<number>(PENDING_SOCKETS_CAP + 1).fill(0);
  private downloadsStarted = 0;
  private schedulerRuns = 0;
  private tcpInfoReads = 0;

  constructor(
    readonly warmupNs: number,
    private readonly clock: { readonly now: number },
  ) {}

  private get measuring(): boolean {
    return this.clock.now >= this.warmupNs;
  }

  /** A client asked for a download now (its record comes when it ends). */
  downloadStarted(): void {
    if (this.measuring) this.downloadsStarted++;
  }

  download(record: DownloadRecord): void {
    if (record.startNs < this.warmupNs) return;
    this.downloads.push(record);
    if (record.error !== null) this.error(record.error);
  }

  circuitBuild(record: CircuitBuildRecord): void {
    if (record.startNs < this.warmupNs) return;
    this.circuitBuilds.push(record);
    if (record.error !== null) this.error(`circuit build: ${record.error}`);
  }

  /** `bytes` of cells forwarded by a relay now. */
  forwarded(bytes: number): void {
    if (!this.measuring) return;
    const bucket = Math.floor((this.clock.now - this.warmupNs) / GOODPUT_BUCKET_NS);
    while (this.goodput.length <= bucket) this.goodput.push(0);
    this.goodput[bucket]! += bytes;
  }

  kernelQueueTime(delayNs: number, cells: number): void {
    if (this.measuring) this.kernelQueue.add(delayNs, cells);
  }

  torQueueTime(delayNs: number): void {
    if (this.measuring) this.torQueue.add(delayNs);
  }

  schedulerRun(pending: number, tcpInfoReads: number): void {
    if (!this.measuring) return;
    this.schedulerRuns++;
    this.pendingSockets[Math.min(pending, PENDING_SOCKETS_CAP)]!++;
    this.tcpInfoReads += tcpInfoReads;
  }

  /**
   * The metrics up to `simulatedNs`. `state` 'complete' is the end of the run; 'running' (a
   * snapshot) and 'cancelled' cover only the goodput buckets that are whole by then, so a
   * cut-off bucket does not read as a drop in goodput, and copy the record lists the run
   * goes on appending to.
   */
  build(seed: number, simulatedNs: number, events: number, state: 'complete' | 'running' | 'cancelled'): RunMetrics {
    let lastUsed = this.pendingSockets.length;
    while (lastUsed > 1 && this.pendingSockets[lastUsed - 1] === 0) lastUsed--;
    const measuredBuckets = Math.max(0, (simulatedNs - this.warmupNs) / GOODPUT_BUCKET_NS);
    const buckets = state === 'complete' ? Math.ceil(measuredBuckets) : Math.floor(measuredBuckets);
    const goodput = Array.from({ length: buckets }, (_, i) => this.goodput[i] ?? 0);
    const final = state === 'complete';
    return {
      version: RUN_METRICS_VERSION,
      seed,
      simulatedNs,
      warmupNs: this.warmupNs,
      cancelled: state === 'cancelled',
      events,
      downloads: final ? this.downloads : [...this.downloads],
      downloadsUnfinished: this.downloadsStarted - this.downloads.length,
      circuitBuilds: final ? this.circuitBuilds : [...this.circuitBuilds],
      errors: Object.fromEntries([...this.errors].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      goodput: { startNs: this.warmupNs, bucketNs: GOODPUT_BUCKET_NS, bytes: goodput },
      kernelQueue: this.kernelQueue.build(),
      torQueue: this.torQueue.build(),
      scheduler: { runs: this.schedulerRuns, pendingSockets: this.pendingSockets.slice(0, lastUsed), tcpInfoReads: this.tcpInfoReads },
    };
  }

  private error(reason: string): void {
    this.errors.set(reason, (this.errors.get(reason) ?? 0) + 1);
  }
}
