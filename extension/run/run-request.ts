// What a Run command asks for, turned into the shared planner's options: which experiment and
// variants (from a code lens's RunArguments or a quick pick), how many seeds (setting), and how
// many worker threads (setting, or min(cores, runs)).

import type { PlanOptions } from '../../simulator/experiment/plan';
import type { RunArguments } from '../../language-server/protocol';

export interface RunSelection {
  /** Absent: every experiment of the scenario. */
  readonly experiment?: string;
  /** Empty: every variant of the chosen experiments. */
  readonly variants: readonly string[];
}

export interface RunSettings {
  /** Seeds 1..N for every variant; 0 keeps the scenario's seed list. */
  readonly defaultSeeds: number;
  /** Worker threads; 0 picks min(cores, runs). */
  readonly workers: number;
}

export function selectionOf(args: RunArguments): RunSelection {
  return { experiment: args.experiment, variants: args.variant === undefined ? [] : [args.variant] };
}

export function planOptions(selection: RunSelection, settings: RunSettings): PlanOptions {
  return {
    ...(selection.experiment === undefined ? {} : { experiment: selection.experiment }),
    variants: selection.variants,
    ...(settings.defaultSeeds > 0 ? { seeds: settings.defaultSeeds } : {}),
  };
}

export function jobCount(settings: RunSettings, cores: number, runs: number): number {
  const wanted = settings.workers > 0 ? settings.workers : cores;
  return Math.max(1, Math.min(wanted, runs));
}

/** `scenario`, `scenario › experiment`, `scenario › experiment › a, b`. */
export function runTitle(scenario: string, selection: RunSelection): string {
  return [scenario, selection.experiment, selection.variants.length > 0 ? selection.variants.join(', ') : undefined].filter((part) => part !== undefined).join(' › ');
}
