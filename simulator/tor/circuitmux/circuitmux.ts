// The circuit multiplexer of one channel: which circuit's cell goes next. One cell at a time,
// as relay.c's channel_flush_from_first_active_circuit, so the choice may change between cells.

import type { CircuitScheduler } from '../../../grammar/model/scenario';
import { CellQueue } from '../cell-queue';
import { EwmaMux } from './ewma';
import { RoundRobinMux } from './round-robin';

/** The cells one circuit has waiting on one channel, plus the multiplexer's bookkeeping for it. */
export class CircuitQueue {
  readonly cells = new CellQueue();
  /** Decayed count of cells sent, relative to `ewmaTick` (EWMA only). */
  ewma = 0;
  ewmaTick = 0;
  active = false;
  /** Removed from its channel (circuit destroyed): never activated again. */
  detached = false;

  constructor(readonly circuit: number) {}
}

export interface CircuitMux {
  /** Circuits with cells waiting. */
  readonly activeCount: number;
  /** Call when `queue` goes from empty to non-empty. */
  activate(queue: CircuitQueue): void;
  /** Priority of the best active circuit, lower first; compares channels for global scheduling. */
  bestPriority(nowNs: number): number;
  /** Takes the next cell (there must be an active circuit) and accounts it as sent. */
  popCell(nowNs: number): number;
  /** The circuit is gone; its queued cells are the caller's to release. */
  detach(queue: CircuitQueue): void;
}

export function createCircuitMux(config: CircuitScheduler): CircuitMux {
  switch (config.type) {
    case 'ewma':
      return new EwmaMux(config.halfLife * 1e9, config.tick * 1e9);
    case 'round-robin':
      return new RoundRobinMux();
  }
}
