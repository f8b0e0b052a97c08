// The TCP layer of a simulated Internet: connection table, listening ports, demultiplexing of
// delivered packets, and the single event kind for all TCP timers.

import type { Simulation } from '../engine/simulation';
import type { Network } from '../network/network';
import { FLAG_ACK, FLAG_FIN, FLAG_RST, FLAG_SYN } from '../network/packets';
import { Connection, type TcpContext } from './connection';
import type { TcpHost, TcpSocket, TcpSocketHandlers } from './socket';

type Accept = (socket: TcpSocket<never>) => void;

export class TcpStack {
  private readonly connections: (Connection | undefined)[] = [];
  private readonly listeners = new Map<number, Accept>();
  /** Listener-side connection per client connection id, so repeated SYNs find it. */
  private readonly accepting = new Map<number, Connection>();
  private readonly ctx: TcpContext;
  private live = 0;

  constructor(
    private readonly sim: Simulation,
    private readonly network: Network,
  ) {
    const timerKind = sim.register((id, which) => this.connections[id]?.onTimer(which));
    this.ctx = {
      sim,
      network,
      timerKind,
      remove: (id) => {
        const connection = this.connections[id];
        if (!connection) return;
        this.connections[id] = undefined;
        this.live--;
        if (connection.peer >= 0) this.accepting.delete(connection.peer);
      },
      accepted: (connection) => {
        const accept = this.listeners.get(connection.listenerKey);
        accept?.(connection as TcpSocket<never>);
      },
    };
    network.setReceiver((packet) => {
      this.receive(packet);
      network.packets.release(packet);
    });
  }

  /** Connections open now (not yet closed or failed). */
  get openConnections(): number {
    return this.live;
  }

  /** The TCP entry points of host `name`. */
  host(name: string): TcpHost {
    const host = this.network.host(name);
    return {
      name,
      connect: <M>(remoteHost: string, port: number, handlers: TcpSocketHandlers<M> = {}): TcpSocket<M> => {
        const remote = this.network.host(remoteHost);
        checkPort(port);
        if (remote.index === host.index) throw new Error(`host "${name}" cannot connect to itself`);
        const connection = new Connection<M>(this.ctx, this.connections.length, host.index, remote.index, port, host.tcp, 'client', handlers);
        this.add(connection as Connection);
        connection.open();
        return connection;
      },
      listen: <M>(port: number, accept: (socket: TcpSocket<M>) => void): void => {
        checkPort(port);
        const key = host.index * 65536 + port;
        if (this.listeners.has(key)) throw new Error(`host "${name}" already listens on port ${port}`);
        this.listeners.set(key, accept as Accept);
      },
    };
  }

  private add(connection: Connection): void {
    this.connections.push(connection);
    this.live++;
  }

  private receive(packet: number): void {
    const p = this.network.packets;
    const target = p.dstConn[packet]!;
    if (target >= 0) {
      const connection = this.connections[target];
      if (connection) connection.receive(packet);
      else if (p.flags[packet]! & FLAG_FIN) this.ackFinOfClosed(packet);
      return;
    }
    if (!(p.flags[packet]! & FLAG_SYN)) return;
    const client = p.srcConn[packet]!;
    const known = this.accepting.get(client);
    if (known) {
      known.answerSyn(client, packet);
      return;
    }
    const serverHost = p.dstHost[packet]!;
    const clientHost = p.srcHost[packet]!;
    const port = p.dstPort[packet]!;
    const key = serverHost * 65536 + port;
    if (!this.listeners.has(key)) {
      this.reply(packet, FLAG_RST);
      return;
    }
    const options = this.network.hosts[serverHost]!.tcp;
    const connection = new Connection(this.ctx, this.connections.length, serverHost, clientHost, port, options, 'server', {}, key);
    this.add(connection);
    this.accepting.set(client, connection);
    const clientConnection = this.connections[client];
    if (clientConnection) {
      connection.linkPeerMessages(clientConnection);
      clientConnection.linkPeerMessages(connection);
    }
    connection.answerSyn(client, packet);
  }

  /** A FIN for a connection already closed: our final ACK was lost, so acknowledge again (TIME-WAIT). */
  private ackFinOfClosed(packet: number): void {
    this.reply(packet, FLAG_ACK);
  }

  /** Answers a packet from the stack itself (no connection): an RST or a bare ACK. */
  private reply(packet: number, flags: number): void {
    const p = this.network.packets;
    const from = p.dstHost[packet]!;
    const to = p.srcHost[packet]!;
    const answer = p.alloc();
    p.flags[answer] = flags;
    p.dstConn[answer] = p.srcConn[packet]!;
    p.srcConn[answer] = -1;
    p.srcHost[answer] = from;
    p.dstHost[answer] = to;
    p.dstPort[answer] = 0;
    p.len[answer] = 0;
    p.seq[answer] = p.ack[packet]!;
    p.ack[answer] = p.seq[packet]! + p.len[packet]! + 1;
    p.window[answer] = this.network.hosts[from]!.tcp.receiveBufferBytes;
    p.tsVal[answer] = this.sim.now;
    p.tsEcr[answer] = -1;
    p.wireBytes[answer] = this.network.hosts[from]!.tcp.headerBytes + this.network.framingBytes;
    this.network.send(this.network.route(from, to), answer);
  }
}

function checkPort(port: number): void {
  if (!(Number.isInteger(port) && port > 0 && port < 65536)) throw new RangeError(`port must be an integer from 1 to 65535, got ${port}`);
}
