// Progress of a set of runs: on a terminal a cli-progress bar (simulated time, runs done/total,
// ETA); otherwise, for CI logs, a plain line per finished run and at most one status line every
// few seconds. The arithmetic (share done, ETA) is the shared ProgressTracker's.

import { SingleBar } from 'cli-progress';
import { formatDuration, type ProgressTracker } from '../../simulator/experiment/progress';

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
  const eta = t.etaMs(elapsedMs);
  return `progress: ${t.runsDone}/${t.runsTotal} runs, simulated ${Math.round(t.simulatedSeconds)}/${Math.round(t.totalSeconds)} s (${t.percent} %)${eta === null ? '' : ` ETA ${formatDuration(eta)}`}`;
}
