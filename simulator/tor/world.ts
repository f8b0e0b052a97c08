// What all Tor nodes of one simulation share: the clock, the cell pool, the metrics, the node
// table, the event kinds of node timers, and run-unique circuit and channel numbers.

import type { Simulation } from '../engine/simulation';
import type { MetricsRecorder } from '../metrics/recorder';
import type { Network } from '../network/network';
import { CellPool } from './cells';
import type { TorNode } from './tor-node';

/** Where an exit connects a stream to (what a BEGIN cell's address says). */
export interface StreamTarget {
  readonly serverHost: string;
  readonly requestBytes: number;
  readonly responseBytes: number;
}

export class TorWorld {
  readonly cells = new CellPool(4096);
  readonly nodes: TorNode[] = [];
  readonly nodeByHost = new Map<string, number>();
  readonly streamTargets = new Map<number, StreamTarget>();
  readonly schedulerRunKind: number;
  readonly refillKind: number;
  private circuits = 0;
  private channels = 0;
  private streams = 0;

  constructor(
    readonly sim: Simulation,
    readonly network: Network,
    readonly metrics: MetricsRecorder,
  ) {
    this.schedulerRunKind = sim.register((node) => this.nodes[node]!.scheduler.run());
    this.refillKind = sim.register((node) => this.nodes[node]!.tokensRefilled());
  }

  add(node: TorNode): void {
    this.nodes.push(node);
    this.nodeByHost.set(node.hostName, node.index);
  }

  nextCircuitId(): number {
    return ++this.circuits;
  }

  nextChannelId(): number {
    return ++this.channels;
  }

  nextStreamId(): number {
    return ++this.streams;
  }
}
