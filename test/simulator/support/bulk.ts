// Test and benchmark scenarios: bulk TCP transfers between hosts on simple topologies.

import { createInternet, type Internet } from '../../../simulator/internet';
import type { HostConfig, LossSpec, NetworkConfig } from '../../../simulator/network/config';
import type { TcpOptions } from '../../../simulator/tcp/options';
import type { TcpSocket } from '../../../simulator/tcp/socket';

export const MS = 1_000_000;
export const S = 1_000_000_000;

/** Keeps a socket's send buffer full, as Tor's vanilla scheduler and bulk applications do. */
export function writeForever(socket: TcpSocket): void {
  const fill = (s: TcpSocket): void => {
    while (s.write(1 << 20) > 0);
  };
  socket.setHandlers({ writable: fill });
  fill(socket);
}

export interface ClientServerOptions {
  /** One-way latency between the two hosts. */
  readonly oneWayNs: number;
  /** The client's uplink and downlink rate. */
  readonly clientBps: number;
  /** The server's uplink and downlink rate. */
  readonly serverBps: number;
  /** More of the server's host settings (queue limit, its own TCP options). */
  readonly server?: Partial<HostConfig>;
}

/** Two hosts, `client` (location a) and `server` (location b); `extra` adds network-wide settings (tcp, loss). */
export function clientServer(options: ClientServerOptions, extra: Partial<NetworkConfig> = {}): NetworkConfig {
  return {
    locations: [{ name: 'a' }, { name: 'b' }],
    paths: { kind: 'matrix', latencies: [{ from: 'a', to: 'b', latencyNs: options.oneWayNs }] },
    hosts: [
      { name: 'client', location: 'a', uplinkBps: options.clientBps, downlinkBps: options.clientBps },
      { name: 'server', location: 'b', uplinkBps: options.serverBps, downlinkBps: options.serverBps, ...options.server },
    ],
    ...extra,
  };
}

export interface DumbbellOptions {
  /** Number of sender/receiver pairs. */
  readonly flows: number;
  /** Bottleneck rate: every sender's uplink and the shared receiver's downlink. */
  readonly rateBps: number;
  /** One-way latency per flow (index → ns). */
  readonly oneWayNs: (flow: number) => number;
  readonly loss?: LossSpec;
  readonly lossAppliesTo?: 'all' | 'data';
  readonly queueLimitBytes?: number;
  /** Senders' uplink rate; default `rateBps` (then the first link is as slow as the bottleneck). */
  readonly accessBps?: number;
  /** Random extra delay per packet, 0 … jitterNs (never reordering a path). */
  readonly jitterNs?: number;
  readonly tcp?: Partial<TcpOptions>;
  readonly seed?: number;
}

export interface Dumbbell {
  readonly internet: Internet;
  readonly senders: TcpSocket[];
  /** Payload bytes received per flow. */
  readonly received: number[];
}

/**
 * `flows` senders (each its own location) send to one receiver whose downlink is the shared
 * bottleneck (for one flow: sender uplink = receiver downlink = rate, as a point-to-point link).
 */
export function dumbbell(options: DumbbellOptions): Dumbbell {
  const hosts: HostConfig[] = [
    { name: 'receiver', location: 'sink', uplinkBps: options.rateBps * options.flows, downlinkBps: options.rateBps, downlinkQueueLimitBytes: options.queueLimitBytes },
  ];
  const locations = [{ name: 'sink' }];
  const latencies = [];
  for (let i = 0; i < options.flows; i++) {
    locations.push({ name: `l${i}` });
    latencies.push({ from: `l${i}`, to: 'sink', latencyNs: options.oneWayNs(i) });
    hosts.push({ name: `s${i}`, location: `l${i}`, uplinkBps: options.accessBps ?? options.rateBps, downlinkBps: options.rateBps * options.flows, uplinkQueueLimitBytes: options.queueLimitBytes });
  }
  const config: NetworkConfig = {
    locations,
    paths: { kind: 'matrix', latencies },
    hosts,
    loss: options.loss,
    lossAppliesTo: options.lossAppliesTo,
    jitterNs: options.jitterNs,
    tcp: options.tcp,
  };
  const internet = createInternet(config, options.seed ?? 1);
  const received = new Array<number>(options.flows).fill(0);
  internet.host('receiver').listen(80, (socket) => {
    const flow = Number(socket.remoteHost.slice(1));
    socket.setHandlers({ data: (_s, bytes) => (received[flow]! += bytes) });
  });
  const senders: TcpSocket[] = [];
  for (let i = 0; i < options.flows; i++) {
    const socket = internet.host(`s${i}`).connect('receiver', 80);
    writeForever(socket);
    senders.push(socket);
  }
  return { internet, senders, received };
}

/** Goodput of one bulk flow over a point-to-point path, in bit/s of payload. */
export function bulkGoodput(options: Omit<DumbbellOptions, 'flows' | 'oneWayNs'> & { oneWayNs: number; durationNs: number }): number {
  const d = dumbbell({ ...options, flows: 1, oneWayNs: () => options.oneWayNs });
  d.internet.sim.run({ untilNs: options.durationNs });
  return (d.received[0]! * 8 * S) / options.durationNs;
}

/** Highest goodput over any 1-second interval (Shadow's "peak goodput"), in bit/s. */
export function peakGoodput(options: Omit<DumbbellOptions, 'flows' | 'oneWayNs'> & { oneWayNs: number; durationNs: number }): number {
  const d = dumbbell({ ...options, flows: 1, oneWayNs: () => options.oneWayNs });
  let peak = 0;
  let before = 0;
  for (let t = S; t <= options.durationNs; t += S) {
    d.internet.sim.run({ untilNs: t });
    peak = Math.max(peak, (d.received[0]! - before) * 8);
    before = d.received[0]!;
  }
  return peak;
}

/** Payload rate the headers allow on a link: rate × mss / (mss + header + framing). */
export function payloadRate(rateBps: number, mss = 1448, headerBytes = 52, framingBytes = 2): number {
  return (rateBps * mss) / (mss + headerBytes + framingBytes);
}
