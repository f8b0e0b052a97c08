// Progress of an experiment's runs: the share of all runs' simulated time done, the runs
// finished, and an ETA extrapolated from the wall-clock time so far. Plain arithmetic, shared by
// the CLI's progress bar/status lines and the extension's notification and status bar.

export class ProgressTracker {
  private readonly simulated: number[];
  private readonly durations: number[];
  private finished = 0;

  constructor(durationsNs: readonly number[]) {
    this.durations = [...durationsNs];
    this.simulated = durationsNs.map(() => 0);
  }

  /** A run reported its simulated time; a report beyond its duration is capped. */
  advance(index: number, simulatedNs: number): void {
    this.simulated[index] = Math.min(simulatedNs, this.durations[index]!);
  }

  /** A run settled (any outcome): its time counts as done work. */
  settle(index: number): void {
    this.simulated[index] = this.durations[index]!;
    this.finished++;
  }

  get runsDone(): number {
    return this.finished;
  }

  get runsTotal(): number {
    return this.durations.length;
  }

  get simulatedSeconds(): number {
    return this.simulated.reduce((a, b) => a + b, 0) / 1e9;
  }

  get totalSeconds(): number {
    return this.durations.reduce((a, b) => a + b, 0) / 1e9;
  }

  /** Fraction of all simulated time done, 0..1. */
  get fraction(): number {
    return this.totalSeconds === 0 ? 1 : this.simulatedSeconds / this.totalSeconds;
  }

  /** Whole percent of all simulated time done, 0..100. */
  get percent(): number {
    return Math.floor(this.fraction * 100);
  }

  /** Wall-clock time left after `elapsedMs`, or null until some progress is made (and once done). */
  etaMs(elapsedMs: number): number | null {
    const fraction = this.fraction;
    return fraction > 0 && fraction < 1 ? (elapsedMs * (1 - fraction)) / fraction : null;
  }
}

/** `45s`, `3m07s`, `1h02m`. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
