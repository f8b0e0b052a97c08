// The discrete-event loop: an integer nanosecond clock, handlers registered once per event kind,
// guards against runaway runs, and cancellation between events.
//
// Hot paths (packets, TCP timers) register a handler once and schedule (kind, target, arg)
// triples, so no closure is allocated per event. `callAt` takes a closure for occasional
// application events (a client's next download), where clarity beats the allocation.

import { EventQueue } from './event-queue';

/** Handles one event: `target` and `arg` are whatever the scheduler of the event chose. */
export type EventHandler = (target: number, arg: number) => void;

export interface RunLimits {
  /** Stop before the first event later than this time; the clock is then set to it. */
  readonly untilNs: number;
  /** Fail with GuardError after this many events in this run (default 2^40: never in practice). */
  readonly maxEvents?: number;
  /** Fail with GuardError after this much wall-clock time in this run. */
  readonly maxWallMs?: number;
  /** Checked every `pollEvery` events; when aborted the run stops between two events. */
  readonly signal?: { readonly aborted: boolean };
  readonly pollEvery?: number;
}

export interface RunOutcome {
  readonly reason: 'until' | 'idle' | 'cancelled';
  readonly events: number;
  readonly nowNs: number;
}

/** A run exceeded its event or wall-clock budget: the scenario is too big or loops. */
export class GuardError extends Error {
  override name = 'GuardError';
}

export class Simulation {
  private readonly queue = new EventQueue(4096);
  private readonly handlers: EventHandler[] = [];
  private readonly callbacks: ((() => void) | undefined)[] = [];
  private readonly freeCallbackSlots: number[] = [];
  private readonly callbackKind: number;
  private clock = 0;
  private totalEvents = 0;

  constructor() {
    this.callbackKind = this.register((slot) => {
      const fn = this.callbacks[slot]!;
      this.callbacks[slot] = undefined;
      this.freeCallbackSlots.push(slot);
      fn();
    });
  }

  /** Current simulated time in nanoseconds. */
  get now(): number {
    return this.clock;
  }

  /** Events dispatched since the simulation was created. */
  get eventCount(): number {
    return this.totalEvents;
  }

  /** Number of events waiting. */
  get pending(): number {
    return this.queue.size;
  }

  /** Registers a handler and returns its event kind. */
  register(handler: EventHandler): number {
    this.handlers.push(handler);
    return this.handlers.length - 1;
  }

  /** Schedules event `kind` at absolute time `timeNs` (≥ now, an integer). */
  schedule(timeNs: number, kind: number, target: number, arg: number): void {
    if (!(timeNs >= this.clock) || !Number.isSafeInteger(timeNs)) {
      throw new RangeError(`cannot schedule at ${timeNs} ns: must be an integer not before now (${this.clock} ns)`);
    }
    this.queue.push(timeNs, kind, target, arg);
  }

  /** Runs `fn` at `timeNs`. Allocates; meant for application-level events, not per packet. */
  callAt(timeNs: number, fn: () => void): void {
    const slot = this.freeCallbackSlots.pop() ?? this.callbacks.length;
    this.callbacks[slot] = fn;
    this.schedule(timeNs, this.callbackKind, slot, 0);
  }

  /** Processes events in (time, scheduling order) until a limit is reached. */
  run(limits: RunLimits): RunOutcome {
    const { untilNs } = limits;
    const maxEvents = limits.maxEvents ?? 2 ** 40;
    const pollEvery = limits.pollEvery ?? 4096;
    const signal = limits.signal;
    const wallDeadline = limits.maxWallMs === undefined ? Infinity : performance.now() + limits.maxWallMs;
    const queue = this.queue;
    const handlers = this.handlers;
    let events = 0;
    let reason: RunOutcome['reason'] = 'idle';
    while (queue.size > 0) {
      if (queue.peekTime() > untilNs) {
        reason = 'until';
        break;
      }
      if (events % pollEvery === 0 && events > 0) {
        if (signal?.aborted) {
          reason = 'cancelled';
          break;
        }
        if (performance.now() > wallDeadline) {
          throw new GuardError(
            `simulation stopped: wall-clock limit of ${limits.maxWallMs} ms exceeded at simulated time ${formatNs(this.clock)} after ${events} events`,
          );
        }
      }
      if (events >= maxEvents) {
        throw new GuardError(
          `simulation stopped: more than ${maxEvents} events by simulated time ${formatNs(this.clock)}; the scenario may loop forever or need a larger event budget`,
        );
      }
      queue.pop();
      this.clock = queue.time;
      events++;
      handlers[queue.kind]!(queue.target, queue.arg);
    }
    if (reason !== 'cancelled' && untilNs !== Infinity && this.clock < untilNs) this.clock = untilNs;
    this.totalEvents += events;
    return { reason, events, nowNs: this.clock };
  }
}

/** Human-readable simulated time for messages. */
export function formatNs(ns: number): string {
  return `${(ns / 1e9).toFixed(9)} s`;
}
