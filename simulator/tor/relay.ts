// A Tor relay: forwards cells along circuits, answers CREATE, extends circuits on EXTEND (opening
// channels on demand), and at the exit connects streams to servers and packages their bytes into
// DATA cells as the circuit's flow control allows.

import type { CongestionControl } from '../../grammar/model/scenario';
import type { TcpHost, TcpSocket } from '../tcp/socket';
import { BACKWARD, Command, FORWARD, RELAY_PAYLOAD_BYTES } from './cells';
import type { Channel } from './channel/channel';
import { CircuitHop } from './circuit-hop';
import { createFlowControl, type CircuitFlowControl, type FlowStream } from './flow-control/flow-control';
import { TorNode, type TorNodeOptions } from './tor-node';
import type { TorWorld } from './world';

/** The port file servers listen on. */
export const SERVER_PORT = 80;
/** END cell reasons (carried in the cell's length field). */
export const END_DONE = 0;
export const END_UNREACHABLE = 1;

interface ExitStream {
  readonly id: number;
  readonly flow: FlowStream;
  socket: TcpSocket<number> | null;
  /** Bytes received from the server, not yet packaged. */
  buffered: number;
  serverDone: boolean;
}

/** Exit state lives on the relay's hop: flow control and streams exist only at the exit. */
class RelayCircuit extends CircuitHop {
  flow: CircuitFlowControl | null = null;
  streams: Map<number, ExitStream> | null = null;
}

export class Relay extends TorNode {
  constructor(
    world: TorWorld,
    index: number,
    hostName: string,
    tcp: TcpHost,
    options: TorNodeOptions,
    private readonly congestionControl: CongestionControl,
  ) {
    super(world, index, hostName, tcp, options);
    createFlowControl(congestionControl); // refuse unimplemented algorithms before the run starts
    this.listen();
  }

  protected receiveCell(channel: Channel, cell: number): void {
    const cells = this.world.cells;
    const circuitId = cells.circuit[cell]!;
    const command = cells.command[cell]!;
    cells.enteredNs[cell] = this.now;
    if (command === Command.Create) {
      const hop = new RelayCircuit(circuitId, cells.hop[cell]!);
      this.circuits.set(circuitId, hop);
      this.attach(hop, BACKWARD, channel);
      cells.command[cell] = Command.Created;
      cells.direction[cell] = BACKWARD;
      this.send(hop, BACKWARD, cell);
      return;
    }
    const hop = this.circuits.get(circuitId) as RelayCircuit | undefined;
    if (!hop) {
      cells.release(cell); // the circuit is gone: late cells are dropped
      return;
    }
    const fromClientSide = hop.prev === channel;
    if (command === Command.Destroy) {
      cells.release(cell);
      this.sendDestroy(hop, fromClientSide ? FORWARD : BACKWARD);
      this.teardown(hop);
      return;
    }
    if (!fromClientSide) {
      if (command === Command.Created) cells.command[cell] = Command.Extended;
      this.send(hop, BACKWARD, cell);
      return;
    }
    if (cells.hop[cell] !== hop.hop) {
      this.send(hop, FORWARD, cell);
      return;
    }
    this.handleRelayCell(hop, cell, command);
  }

  private handleRelayCell(hop: RelayCircuit, cell: number, command: number): void {
    const cells = this.world.cells;
    switch (command) {
      case Command.Extend: {
        // The EXTEND names the next relay in its stream field.
        const next = cells.stream[cell]!;
        this.attach(hop, FORWARD, this.manager.channelFor(next, hop.circuit));
        cells.command[cell] = Command.Create;
        cells.hop[cell] = hop.hop + 1;
        cells.stream[cell] = 0;
        this.send(hop, FORWARD, cell);
        return;
      }
      case Command.Begin:
        this.beginStream(hop, cells.stream[cell]!);
        cells.release(cell);
        return;
      case Command.Sendme: {
        const streamId = cells.stream[cell]!;
        cells.release(cell);
        if (!hop.flow) return;
        if (streamId === 0) hop.flow.sendmeReceived(null);
        else {
          const stream = hop.streams!.get(streamId);
          if (!stream) return;
          hop.flow.sendmeReceived(stream.flow);
        }
        this.packageData(hop);
        return;
      }
      case Command.End: {
        const stream = hop.streams?.get(cells.stream[cell]!);
        cells.release(cell);
        if (stream) this.closeStream(hop, stream);
        return;
      }
      default:
        cells.release(cell);
    }
  }

  private beginStream(hop: RelayCircuit, streamId: number): void {
    const target = this.world.streamTargets.get(streamId);
    if (!target) return;
    hop.flow ??= createFlowControl(this.congestionControl);
    hop.streams ??= new Map();
    const stream: ExitStream = { id: streamId, flow: hop.flow.openStream(), socket: null, buffered: 0, serverDone: false };
    hop.streams.set(streamId, stream);
    this.socketOpened();
    stream.socket = this.tcp.connect<number>(target.serverHost, SERVER_PORT, this.releasesSlot({
      connected: (socket) => {
        socket.write(target.requestBytes, target.responseBytes);
        this.send(hop, BACKWARD, this.world.cells.alloc(hop.circuit, Command.Connected, BACKWARD, 0, streamId, 0, this.now));
      },
      data: (_socket, bytes) => {
        stream.buffered += bytes;
        this.packageData(hop);
      },
      remoteClosed: (socket) => {
        stream.serverDone = true;
        socket.close();
        this.packageData(hop);
      },
      error: () => {
        this.send(hop, BACKWARD, this.world.cells.alloc(hop.circuit, Command.End, BACKWARD, 0, streamId, END_UNREACHABLE, this.now));
        hop.streams?.delete(streamId);
      },
    }));
  }

  /** Packages buffered edge bytes into DATA cells while the flow control allows. */
  private packageData(hop: RelayCircuit): void {
    if (!hop.streams || !hop.flow) return;
    const cells = this.world.cells;
    for (const stream of hop.streams.values()) {
      while ((stream.buffered >= RELAY_PAYLOAD_BYTES || (stream.serverDone && stream.buffered > 0)) && hop.flow.canPackage(stream.flow)) {
        const length = Math.min(RELAY_PAYLOAD_BYTES, stream.buffered);
        stream.buffered -= length;
        hop.flow.packaged(stream.flow);
        this.send(hop, BACKWARD, cells.alloc(hop.circuit, Command.Data, BACKWARD, 0, stream.id, length, this.now));
      }
      if (stream.serverDone && stream.buffered === 0) {
        this.send(hop, BACKWARD, cells.alloc(hop.circuit, Command.End, BACKWARD, 0, stream.id, END_DONE, this.now));
        hop.streams.delete(stream.id);
      }
    }
  }

  private closeStream(hop: RelayCircuit, stream: ExitStream): void {
    hop.streams?.delete(stream.id);
    if (stream.socket && stream.socket.state !== 'closed') stream.socket.close();
  }

  private teardown(hop: RelayCircuit): void {
    if (hop.streams) for (const stream of [...hop.streams.values()]) this.closeStream(hop, stream);
    this.forget(hop);
  }

  protected channelLost(channel: Channel): void {
    for (const hop of this.circuitsOn(channel)) {
      this.sendDestroy(hop, hop.prev === channel ? FORWARD : BACKWARD);
      this.teardown(hop as RelayCircuit);
    }
  }
}
