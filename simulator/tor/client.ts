// A Tor client (onion proxy): builds circuits hop by hop (CREATE to the guard, then one EXTEND
// per further hop, each a round trip through the hops built so far), opens streams with BEGIN,
// receives DATA and acknowledges it with SENDMEs through the circuit's flow control.

import { Command, FORWARD } from './cells';
import type { Channel } from './channel/channel';
import { CircuitHop } from './circuit-hop';
import { createFlowControl, SEND_CIRCUIT_SENDME, SEND_STREAM_SENDME, type CircuitFlowControl, type FlowStream } from './flow-control/flow-control';
import type { CongestionControl } from '../../grammar/model/scenario';
import { END_DONE } from './relay';
import type { TcpHost } from '../tcp/socket';
import { TorNode, type TorNodeOptions } from './tor-node';
import type { TorWorld } from './world';

export interface CircuitListener {
  built(circuit: ClientCircuit): void;
  /** The circuit failed or was destroyed by the network (not by the client). */
  failed(circuit: ClientCircuit, reason: string): void;
  /** `bytes` of stream payload arrived. */
  data(circuit: ClientCircuit, stream: number, bytes: number): void;
  /** The exit ended the stream (`unreachable`: it could not connect to the server). */
  ended(circuit: ClientCircuit, stream: number, unreachable: boolean): void;
}

export class ClientCircuit {
  /** Hops that answered so far. */
  built = 0;
  state: 'building' | 'open' | 'closed' = 'building';
  readonly startNs: number;
  readonly streams = new Map<number, FlowStream>();
  /** First time a stream used it (MaxCircuitDirtiness counts from here), or −1. */
  dirtySinceNs = -1;

  constructor(
    readonly hop: CircuitHop,
    /** Relay node indices, guard first. */
    readonly path: readonly number[],
    readonly flow: CircuitFlowControl,
    readonly listener: CircuitListener,
    nowNs: number,
  ) {
    this.startNs = nowNs;
  }

  get id(): number {
    return this.hop.circuit;
  }
}

export class TorClient extends TorNode {
  private readonly open = new Map<number, ClientCircuit>();

  constructor(
    world: TorWorld,
    index: number,
    hostName: string,
    tcp: TcpHost,
    options: TorNodeOptions,
    private readonly congestionControl: CongestionControl,
  ) {
    super(world, index, hostName, tcp, options);
  }

  buildCircuit(path: readonly number[], listener: CircuitListener): ClientCircuit {
    const hop = new CircuitHop(this.world.nextCircuitId(), -1);
    const circuit = new ClientCircuit(hop, path, createFlowControl(this.congestionControl), listener, this.now);
    this.circuits.set(hop.circuit, hop);
    this.open.set(hop.circuit, circuit);
    this.attach(hop, FORWARD, this.manager.channelFor(path[0]!, hop.circuit));
    this.send(hop, FORWARD, this.world.cells.alloc(hop.circuit, Command.Create, FORWARD, 0, 0, 0, this.now));
    return circuit;
  }

  /** Sends BEGIN for `stream` to the exit. */
  openStream(circuit: ClientCircuit, stream: number): void {
    if (circuit.dirtySinceNs < 0) circuit.dirtySinceNs = this.now;
    circuit.streams.set(stream, circuit.flow.openStream());
    this.send(circuit.hop, FORWARD, this.world.cells.alloc(circuit.id, Command.Begin, FORWARD, circuit.path.length - 1, stream, 0, this.now));
  }

  /** Abandons a stream (the exit closes its connection). */
  closeStream(circuit: ClientCircuit, stream: number): void {
    if (!circuit.streams.delete(stream) || circuit.state !== 'open') return;
    this.send(circuit.hop, FORWARD, this.world.cells.alloc(circuit.id, Command.End, FORWARD, circuit.path.length - 1, stream, END_DONE, this.now));
  }

  /** Tears the circuit down (DESTROY along it). */
  closeCircuit(circuit: ClientCircuit): void {
    if (circuit.state === 'closed') return;
    circuit.state = 'closed';
    this.sendDestroy(circuit.hop, FORWARD);
    this.open.delete(circuit.id);
    this.forget(circuit.hop);
  }

  protected receiveCell(_channel: Channel, cell: number): void {
    const cells = this.world.cells;
    const circuit = this.open.get(cells.circuit[cell]!);
    const command = cells.command[cell]!;
    const stream = cells.stream[cell]!;
    const length = cells.length[cell]!;
    cells.release(cell);
    if (!circuit) return;
    switch (command) {
      case Command.Created:
      case Command.Extended:
        circuit.built++;
        if (circuit.built < circuit.path.length) {
          // EXTEND is handled by the last hop built; its stream field names the next relay.
          const extend = cells.alloc(circuit.id, Command.Extend, FORWARD, circuit.built - 1, circuit.path[circuit.built]!, 0, this.now);
          this.send(circuit.hop, FORWARD, extend);
        } else {
          circuit.state = 'open';
          circuit.listener.built(circuit);
        }
        return;
      case Command.Data: {
        const windows = circuit.streams.get(stream) ?? null;
        const flags = circuit.flow.delivered(windows);
        const exit = circuit.path.length - 1;
        if (flags & SEND_CIRCUIT_SENDME) this.send(circuit.hop, FORWARD, cells.alloc(circuit.id, Command.Sendme, FORWARD, exit, 0, 0, this.now));
        if (flags & SEND_STREAM_SENDME) this.send(circuit.hop, FORWARD, cells.alloc(circuit.id, Command.Sendme, FORWARD, exit, stream, 0, this.now));
        if (windows) circuit.listener.data(circuit, stream, length);
        return;
      }
      case Command.End:
        if (circuit.streams.delete(stream)) circuit.listener.ended(circuit, stream, length !== END_DONE);
        return;
      case Command.Destroy:
        this.lost(circuit, 'destroyed by the network');
        return;
      default:
        return; // CONNECTED needs no action: the stream is already waiting for data
    }
  }

  protected channelLost(channel: Channel): void {
    for (const hop of this.circuitsOn(channel)) {
      const circuit = this.open.get(hop.circuit);
      if (circuit) this.lost(circuit, 'connection to the guard failed');
    }
  }

  private lost(circuit: ClientCircuit, reason: string): void {
    if (circuit.state === 'closed') return;
    circuit.state = 'closed';
    this.open.delete(circuit.id);
    this.forget(circuit.hop);
    circuit.listener.failed(circuit, reason);
  }
}

