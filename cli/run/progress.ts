// Progress of a set of runs: on a terminal a cli-progress bar (simulated time, runs done/total,
// ETA); otherwise, for CI logs, a plain line per finished run and at most one status line every
// few seconds. The tracker itself is plain arithmetic over the runs' reported simulated time.

import { SingleBar } from 'cli-progress';

export class ProgressTracker {
  private readonly simulated: number[];
  private readonly durations: number[];
  private finished = 0;

  constructor(durationsNs: readonly number[]) {
    this.durations = [...durationsNs];
    this.simulated = durationsNs.map(() => 0);
  }

  advance(index: number, simulatedNs: number): void {
    this.simulated[index] = Math.min(simulatedNs, this.durations[index]!);
  }

  /** A run settled (any outcome): it counts as complete work. */
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
}

export interface ProgressView {
  update(tracker: ProgressTracker): void;
  /** A line about one run (finished, failed), shown without breaking the bar. */
  note(line: string): void;
  stop(): void;
}

const SCALE = 1000;

export function terminalProgress(stream: NodeJS.WriteStream): ProgressView {
  const bar = new SingleBar(
    {
      stream,
      format: '{bar} {percentage}% | {runs} runs | simulated {sim} | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    },
  );
  let started = false;
  const payload = (t: ProgressTracker) => ({ runs: `${t.runsDone}/${t.runsTotal}`, sim: `${Math.round(t.simulatedSeconds)}/${Math.round(t.totalSeconds)} s` });
  return {
    update(t) {
      if (!started) {
        bar.start(SCALE, 0, payload(t));
        started = true;
      }
      bar.update(Math.floor(t.fraction * SCALE), payload(t));
    },
    note(line) {
      if (started) bar.stop();
      stream.write(`${line}\n`);
      started = false;
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function plainProgress(write: (line: string) => void, everyMs = 5000, now: () => number = Date.now): ProgressView {
  const startedAt = now();
  let lastLine = startedAt;
  return {
    update(t) {
      const at = now();
      if (at - lastLine < everyMs) return;
      lastLine = at;
      write(statusLine(t, at - startedAt));
    },
    note: write,
    stop() {},
  };
}

export function statusLine(t: ProgressTracker, elapsedMs: number): string {
  const eta = t.fraction > 0 && t.fraction < 1 ? ` ETA ${formatDuration((elapsedMs * (1 - t.fraction)) / t.fraction)}` : '';
  return `progress: ${t.runsDone}/${t.runsTotal} runs, simulated ${Math.round(t.simulatedSeconds)}/${Math.round(t.totalSeconds)} s (${Math.floor(t.fraction * 100)} %)${eta}`;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
