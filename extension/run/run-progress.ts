// Progress of a run for the notification and the status bar, worded from the shared
// ProgressTracker (share of simulated time, runs done, ETA). Without vscode, so it is tested on its own.

import { formatDuration, type ProgressTracker } from '../../simulator/experiment/progress';

/** `25 % · 2/8 runs · simulated 31/120 s · ETA 1m05s` */
export function progressMessage(t: ProgressTracker, elapsedMs: number): string {
  return `${t.percent} % · ${t.runsDone}/${t.runsTotal} runs · simulated ${Math.round(t.simulatedSeconds)}/${Math.round(t.totalSeconds)} s${eta(t, elapsedMs, ' · ')}`;
}

/** Status-bar text: `TorNet 42 % ETA 1m05s`. */
export function statusText(t: ProgressTracker, elapsedMs: number): string {
  return `TorNet ${t.percent} %${eta(t, elapsedMs, ' ')}`;
}

function eta(t: ProgressTracker, elapsedMs: number, separator: string): string {
  const ms = t.etaMs(elapsedMs);
  return ms === null ? '' : `${separator}ETA ${formatDuration(ms)}`;
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
