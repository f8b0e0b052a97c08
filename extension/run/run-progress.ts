// Progress of a run for the notification and the status bar: percent of all simulated time,
// simulated seconds, finished runs, and an ETA extrapolated from the wall-clock time so far.
// Plain arithmetic without vscode, so it is tested on its own.

export interface ProgressSnapshot {
  /** 0..100, whole percent of all runs' simulated time. */
  readonly percent: number;
  readonly simulatedSeconds: number;
  readonly totalSeconds: number;
  readonly runsDone: number;
  readonly runsTotal: number;
  /** Wall-clock time left, or null until some progress has been made (or when done). */
  readonly etaMs: number | null;
}

export class RunProgress {
  private readonly simulated: number[];
  private finished = 0;

  constructor(
    private readonly durationsNs: readonly number[],
    private readonly startedAtMs: number,
  ) {
    this.simulated = durationsNs.map(() => 0);
  }

  advance(index: number, simulatedNs: number): void {
    this.simulated[index] = Math.min(simulatedNs, this.durationsNs[index]!);
  }

  /** A run settled (any outcome): its time counts as done work. */
  settle(index: number): void {
    this.simulated[index] = this.durationsNs[index]!;
    this.finished++;
  }

  snapshot(nowMs: number): ProgressSnapshot {
    const done = this.simulated.reduce((a, b) => a + b, 0);
    const total = this.durationsNs.reduce((a, b) => a + b, 0);
    const fraction = total === 0 ? 1 : done / total;
    const elapsed = nowMs - this.startedAtMs;
    return {
      percent: Math.floor(fraction * 100),
      simulatedSeconds: done / 1e9,
      totalSeconds: total / 1e9,
      runsDone: this.finished,
      runsTotal: this.durationsNs.length,
      etaMs: fraction > 0 && fraction < 1 ? (elapsed * (1 - fraction)) / fraction : null,
    };
  }
}

/** `25 % · 2/8 runs · simulated 31/120 s · ETA 1m05s` */
export function progressMessage(s: ProgressSnapshot): string {
  const eta = s.etaMs === null ? '' : ` · ETA ${formatDuration(s.etaMs)}`;
  return `${s.percent} % · ${s.runsDone}/${s.runsTotal} runs · simulated ${Math.round(s.simulatedSeconds)}/${Math.round(s.totalSeconds)} s${eta}`;
}

/** Status-bar text: `TorNet 42 % ETA 1m05s`. */
export function statusText(s: ProgressSnapshot): string {
  return `TorNet ${s.percent} %${s.etaMs === null ? '' : ` ETA ${formatDuration(s.etaMs)}`}`;
}

/** `45s`, `3m07s`, `1h02m`. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/**
 * vscode's progress takes increments, not totals: the increment from the last reported
 * percent, never negative.
 */
export class ProgressIncrements {
  private reported = 0;

  next(percent: number): number {
    const increment = Math.max(0, percent - this.reported);
    this.reported += increment;
    return increment;
  }
}
