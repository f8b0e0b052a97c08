// A node's state for one circuit: the channels toward the client (prev) and the exit (next),
// and this circuit's cell queue on each.

import type { Channel } from './channel/channel';
import type { CircuitQueue } from './circuitmux/circuitmux';

export class CircuitHop {
  prev: Channel | null = null;
  next: Channel | null = null;
  prevQueue: CircuitQueue | null = null;
  nextQueue: CircuitQueue | null = null;

  /** `hop`: this node's position on the circuit (0 = guard; −1 = the client itself). */
  constructor(
    readonly circuit: number,
    readonly hop: number,
  ) {}
}
