// What relays and clients have in common: channels to other nodes (TLS connections opened on
// demand, closed when idle), per-circuit queues on them, the socket scheduler that moves cells
// into outbufs, and the outbuf → kernel writes limited by socket space and the token bucket.
// Relay processing takes no simulated time (as in Shadow).

import type { CircuitScheduler, ConnectionManagement, SocketScheduler as SocketSchedulerConfig } from '../../grammar/model/scenario';
import type { TcpHost, TcpSocket, TcpSocketHandlers } from '../tcp/socket';
import { CELL_BYTES, Command, FORWARD } from './cells';
import { Channel } from './channel/channel';
import { createChannelManager, type ChannelManager, type ChannelOpener } from './channel/channel-manager';
import { CircuitQueue, createCircuitMux } from './circuitmux/circuitmux';
import { CircuitHop } from './circuit-hop';
import { createSocketScheduler, type SchedulerNode, type SocketScheduler } from './socket-scheduler/socket-scheduler';
import type { TokenBucket } from './token-bucket';
import type { TorWorld } from './world';

/** Tor's OR port on every relay. */
export const OR_PORT = 9001;
/**
 * The TLS and link handshake as one round trip: the initiator's hello (TLS ClientHello plus
 * VERSIONS) and the responder's answer (ServerHello, certificates, CERTS, AUTH_CHALLENGE,
 * NETINFO). Byte counts are typical sizes, a modelling choice: they cost one RTT plus a few
 * kilobytes, which is what matters at simulator scale.
 */
export const TLS_INITIATOR_BYTES = 600;
export const TLS_RESPONDER_BYTES = 4000;
const HANDSHAKE_INITIATOR = -1;
const HANDSHAKE_RESPONDER = -2;
/** A channel without circuits closes after this long (channelpadding.c: 180–270 s; the low end). */
export const CHANNEL_IDLE_TIMEOUT_NS = 180_000_000_000;

export interface TorNodeOptions {
  readonly socketScheduler: SocketSchedulerConfig;
  readonly circuitScheduler: CircuitScheduler;
  readonly connections: ConnectionManagement;
  /** Write limit (BandwidthRate/Burst), or null for none (clients). */
  readonly bucket: TokenBucket | null;
  /** Relays record queue times and goodput; clients do not. */
  readonly measured: boolean;
  /** ConnLimit_: sockets the node may hold; Infinity for none. */
  readonly connLimit: number;
}

export abstract class TorNode implements SchedulerNode, ChannelOpener {
  readonly circuits = new Map<number, CircuitHop>();
  readonly scheduler: SocketScheduler;
  protected readonly manager: ChannelManager;
  private tokenWaiters: Channel[] = [];
  private refillScheduled = false;
  /** TCP sockets this node holds now (channels and exit connections). */
  private sockets = 0;

  constructor(
    protected readonly world: TorWorld,
    readonly index: number,
    readonly hostName: string,
    protected readonly tcp: TcpHost,
    private readonly options: TorNodeOptions,
  ) {
    this.scheduler = createSocketScheduler(options.socketScheduler, this);
    this.manager = createChannelManager(options.connections, this);
  }

  get now(): number {
    return this.world.sim.now;
  }

  /** Handles a cell that arrived on `channel` (the node owns the cell from now on). */
  protected abstract receiveCell(channel: Channel, cell: number): void;

  /** A channel died: the node tears down the circuits on it. */
  protected abstract channelLost(channel: Channel): void;

  // ---- sending ------------------------------------------------------------------------

  /** Puts `cell` on the circuit's queue toward `direction` and tells the scheduler. */
  send(hop: CircuitHop, direction: number, cell: number): void {
    const channel = direction === FORWARD ? hop.next : hop.prev;
    const queue = direction === FORWARD ? hop.nextQueue : hop.prevQueue;
    if (!channel || !queue || channel.state === 'closed') {
      this.world.cells.release(cell);
      return;
    }
    queue.cells.push(cell);
    if (!queue.active) channel.mux.activate(queue);
    this.scheduler.channelPending(channel);
  }

  /** Attaches the circuit to `channel` on one side. */
  attach(hop: CircuitHop, direction: number, channel: Channel): void {
    const queue = new CircuitQueue(hop.circuit);
    if (direction === FORWARD) {
      hop.next = channel;
      hop.nextQueue = queue;
    } else {
      hop.prev = channel;
      hop.prevQueue = queue;
    }
    channel.circuits++;
  }

  /** Sends DESTROY on one side at once (ahead of queued cells, as Tor's destroy queue). */
  sendDestroy(hop: CircuitHop, direction: number): void {
    const channel = direction === FORWARD ? hop.next : hop.prev;
    if (!channel || channel.state === 'closed') return;
    const cell = this.world.cells.alloc(hop.circuit, Command.Destroy, direction, 0, 0, 0, this.now);
    channel.outbuf.push(cell);
    this.flushOutbuf(channel);
  }

  /** Forgets the circuit: queued cells are dropped, channels may go idle. */
  forget(hop: CircuitHop): void {
    this.circuits.delete(hop.circuit);
    for (const [channel, queue] of [[hop.prev, hop.prevQueue], [hop.next, hop.nextQueue]] as const) {
      if (!channel || !queue) continue;
      channel.mux.detach(queue);
      while (queue.cells.length > 0) this.world.cells.release(queue.cells.shift());
      channel.circuits--;
      if (channel.circuits === 0) this.armIdleClose(channel);
    }
    hop.prev = hop.next = null;
    hop.prevQueue = hop.nextQueue = null;
  }

  // ---- scheduler node -----------------------------------------------------------------

  moveCellToOutbuf(channel: Channel): void {
    channel.outbuf.push(channel.mux.popCell(this.now));
  }

  flushOutbuf(channel: Channel): void {
    if (!channel.open) return;
    const socket = channel.socket!;
    const cells = this.world.cells;
    const bucket = this.options.bucket;
    const measured = this.options.measured;
    const now = this.now;
    while (channel.outbuf.length > 0) {
      // The head cell may be partly in the kernel already (a short write earlier).
      const need = channel.partialBytes > 0 ? channel.partialBytes : CELL_BYTES;
      const tokens = bucket ? Math.floor(bucket.available(now)) : need;
      if (tokens <= 0) {
        this.waitForTokens(channel);
        return;
      }
      const cell = channel.outbuf.peek();
      const offer = Math.min(need, tokens);
      // A short write arms the socket's writable callback, which resumes the flush.
      const accepted = offer === need ? socket.write(need, cell) : socket.write(offer);
      bucket?.take(accepted);
      if (accepted < need) {
        channel.partialBytes = need - accepted;
        if (accepted === offer && offer < need) this.waitForTokens(channel);
        return;
      }
      channel.partialBytes = 0;
      channel.outbuf.shift();
      if (measured) {
        this.world.metrics.torQueueTime(now - cells.enteredNs[cell]!);
        this.world.metrics.forwarded(CELL_BYTES);
      }
    }
  }

  scheduleRun(timeNs: number): void {
    this.world.sim.schedule(timeNs, this.world.schedulerRunKind, this.index, 0);
  }

  recordRun(pendingSockets: number, tcpInfoReads: number): void {
    if (this.options.measured) this.world.metrics.schedulerRun(pendingSockets, tcpInfoReads);
  }

  /** The token bucket refilled: channels that waited write again. */
  tokensRefilled(): void {
    this.refillScheduled = false;
    const waiting = this.tokenWaiters;
    this.tokenWaiters = [];
    for (const channel of waiting) {
      channel.waitingForTokens = false;
      this.flushOutbuf(channel);
      if (channel.hasCells) this.scheduler.channelPending(channel);
    }
  }

  private waitForTokens(channel: Channel): void {
    if (!channel.waitingForTokens) {
      channel.waitingForTokens = true;
      this.tokenWaiters.push(channel);
    }
    if (!this.refillScheduled) {
      this.refillScheduled = true;
      this.world.sim.schedule(this.options.bucket!.nextRefillNs(this.now), this.world.refillKind, this.index, 0);
    }
  }

  // ---- sockets and channels -----------------------------------------------------------

  /**
   * Counts a new socket against ConnLimit_. Running out of sockets (and Tor's OOS handler) is
   * not simulated yet, so reaching the limit stops the run with a clear error instead of
   * silently continuing as if sockets were unlimited.
   */
  protected socketOpened(): void {
    if (++this.sockets > this.options.connLimit) {
      throw new Error(`${this.hostName} needs more than its ConnLimit of ${this.options.connLimit} sockets: running out of sockets is not implemented yet`);
    }
  }

  /** Handlers that give a socket's slot back once, when it finally closes or fails. */
  protected releasesSlot<M>(handlers: TcpSocketHandlers<M>): TcpSocketHandlers<M> {
    let released = false;
    const release = (): void => {
      if (!released) this.sockets--;
      released = true;
    };
    const { closed, error } = handlers;
    return {
      ...handlers,
      closed: (socket) => {
        release();
        closed?.(socket);
      },
      error: (socket, reason) => {
        release();
        error?.(socket, reason);
      },
    };
  }

  openChannel(remote: number): Channel {
    const channel = new Channel(this.world.nextChannelId(), remote, createCircuitMux(this.options.circuitScheduler));
    this.socketOpened();
    channel.socket = this.tcp.connect<number>(this.world.nodes[remote]!.hostName, OR_PORT, this.handlers(channel));
    return channel;
  }

  /** Listens on the OR port (relays). */
  listen(): void {
    this.tcp.listen<number>(OR_PORT, (socket) => {
      const remote = this.world.nodeByHost.get(socket.remoteHost);
      if (remote === undefined) {
        socket.close();
        return;
      }
      const channel = new Channel(this.world.nextChannelId(), remote, createCircuitMux(this.options.circuitScheduler));
      this.socketOpened();
      channel.socket = socket;
      channel.state = 'handshaking';
      socket.setHandlers(this.handlers(channel));
      this.manager.accepted(channel);
    });
  }

  closeChannel(channel: Channel): void {
    if (channel.state === 'closed') return;
    channel.state = 'closed';
    this.manager.closed(channel);
    channel.socket?.close();
  }

  private handlers(channel: Channel): TcpSocketHandlers<number> {
    const handlers: TcpSocketHandlers<number> = {
      connected: (socket) => {
        channel.state = 'handshaking';
        socket.write(TLS_INITIATOR_BYTES, HANDSHAKE_INITIATOR);
      },
      message: (socket, record) => {
        if (record >= 0) this.receiveCell(channel, record);
        else this.handshake(channel, socket, record);
      },
      writable: () => {
        this.flushOutbuf(channel);
        if (channel.hasCells) this.scheduler.channelPending(channel);
      },
      remoteClosed: (socket) => {
        this.lose(channel);
        socket.close();
      },
      closed: () => this.lose(channel),
      error: () => this.lose(channel),
    };
    const tracked = this.releasesSlot(handlers);
    if (this.options.measured) {
      // The kernel's outbound queue is the socket buffer plus the interface queue: TCP reports
      // the time until a segment is handed to the interface, and the segment then waits for the
      // interface's backlog (which includes it) to drain.
      const network = this.world.network;
      const host = network.host(this.hostName);
      const nsPerByte = 8e9 / host.config.uplinkBps;
      tracked.kernelQueueTime = (_socket, bytes, delayNs) =>
        this.world.metrics.kernelQueueTime(delayNs + network.backlogBytes(host.index, 'up') * nsPerByte, bytes / CELL_BYTES);
    }
    return tracked;
  }

  private handshake(channel: Channel, socket: TcpSocket<number>, record: number): void {
    if (record === HANDSHAKE_INITIATOR) socket.write(TLS_RESPONDER_BYTES, HANDSHAKE_RESPONDER);
    channel.state = 'open';
    this.flushOutbuf(channel);
    if (channel.hasCells) this.scheduler.channelPending(channel);
  }

  private lose(channel: Channel): void {
    const wasOpen = channel.state !== 'closed';
    channel.state = 'closed';
    this.manager.closed(channel);
    if (wasOpen || channel.circuits > 0) this.channelLost(channel);
  }

  private armIdleClose(channel: Channel): void {
    channel.idleSinceNs = this.now;
    this.world.sim.callAt(this.now + CHANNEL_IDLE_TIMEOUT_NS, () => {
      const idle = channel.circuits === 0 && this.now - channel.idleSinceNs >= CHANNEL_IDLE_TIMEOUT_NS;
      if (idle && channel.open && channel.outbuf.length === 0) this.closeChannel(channel);
    });
  }

  /** Circuits of this node that use `channel` on either side. */
  protected circuitsOn(channel: Channel): CircuitHop[] {
    const found: CircuitHop[] = [];
    for (const hop of this.circuits.values()) if (hop.prev === channel || hop.next === channel) found.push(hop);
    return found;
  }
}
