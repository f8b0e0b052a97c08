// The Internet model: hosts at locations, each with a FIFO uplink and downlink queue, paths with
// latency (and optional link capacities) between them, jitter that never reorders a path, and
// per-packet loss. Packets are PacketPool indices; a packet costs one event per queue it passes
// after its uplink (usually two: arrival at the receiver's downlink, then delivery).

import { streamFor, type Rng } from '../engine/rng';
import type { Simulation } from '../engine/simulation';
import { defaultTcpOptions, type TcpOptions } from '../tcp/options';
import type { HostConfig, NetworkConfig } from './config';
import { InterfaceQueue } from './interface-queue';
import { createLossModel, type LossModel } from './loss/loss-model';
import { PacketPool } from './packets';
import { Topology } from './topology';
import { validateNetwork } from './validate';

export interface NetworkHost {
  readonly index: number;
  readonly config: HostConfig;
  /** TCP options for sockets on this host: defaults ← network ← host overrides. */
  readonly tcp: TcpOptions;
}

/** Counters over the whole network. */
export interface NetworkStats {
  packetsSent: number;
  packetsDelivered: number;
  droppedByLoss: number;
  droppedByQueue: number;
}

interface Route {
  readonly stages: readonly InterfaceQueue[];
  /** delays[i]: propagation delay from leaving stage i to arriving at stage i + 1. */
  readonly delays: readonly number[];
  readonly latencyNs: number;
  readonly loss: LossModel | null;
  readonly jitter: Rng | null;
  /** Arrival time at the last stage of the latest packet, so jitter never reorders. */
  lastArrival: number;
}

export class Network {
  readonly packets = new PacketPool(4096);
  readonly hosts: readonly NetworkHost[];
  readonly framingBytes: number;
  readonly stats: NetworkStats = { packetsSent: 0, packetsDelivered: 0, droppedByLoss: 0, droppedByQueue: 0 };

  private readonly hostIndex = new Map<string, number>();
  private readonly uplinks: InterfaceQueue[];
  private readonly downlinks: InterfaceQueue[];
  /** Two queues per capacity-limited link (forward, reverse), undefined for unlimited links. */
  private readonly linkQueues: (InterfaceQueue | undefined)[] = [];
  private readonly topology: Topology;
  private readonly routes: Route[] = [];
  private readonly routeIds = new Map<number, number>();
  private readonly arriveKind: number;
  private readonly deliverKind: number;
  private readonly lossDataOnly: boolean;
  private receiver: (packet: number) => void = (packet) => this.packets.release(packet);

  constructor(
    private readonly sim: Simulation,
    private readonly config: NetworkConfig,
    private readonly seed: number,
  ) {
    validateNetwork(config);
    this.framingBytes = config.framingBytes ?? 2;
    this.lossDataOnly = config.lossAppliesTo === 'data';
    this.hosts = config.hosts.map((host, index) => {
      this.hostIndex.set(host.name, index);
      return { index, config: host, tcp: { ...defaultTcpOptions, ...config.tcp, ...host.tcp } };
    });
    this.uplinks = config.hosts.map((h) => new InterfaceQueue(h.uplinkBps, h.uplinkQueueLimitBytes));
    this.downlinks = config.hosts.map((h) => new InterfaceQueue(h.downlinkBps, h.downlinkQueueLimitBytes));
    if (config.paths.kind === 'links') {
      for (const link of config.paths.links) {
        const limited = link.bandwidthBps !== undefined;
        this.linkQueues.push(
          limited ? new InterfaceQueue(link.bandwidthBps!, link.queueLimitBytes) : undefined,
          limited ? new InterfaceQueue(link.bandwidthBps!, link.queueLimitBytes) : undefined,
        );
      }
    }
    this.topology = new Topology(
      config.locations.map((l) => l.name),
      config.paths,
    );
    this.arriveKind = sim.register((route, packet) => this.arrive(route, packet));
    this.deliverKind = sim.register((_route, packet) => {
      this.stats.packetsDelivered++;
      this.receiver(packet);
    });
  }

  /** Index of the host called `name`; throws for an unknown host. */
  host(name: string): NetworkHost {
    const index = this.hostIndex.get(name);
    if (index === undefined) throw new Error(`unknown host "${name}"`);
    return this.hosts[index]!;
  }

  /** Installs the transport that receives delivered packets (it then owns and releases them). */
  setReceiver(receiver: (packet: number) => void): void {
    this.receiver = receiver;
  }

  /** One-way propagation latency between two hosts (without queueing or jitter). */
  latencyNs(from: number, to: number): number {
    return this.routes[this.route(from, to)]!.latencyNs;
  }

  /** Queued bytes in a host's uplink or downlink queue now. */
  backlogBytes(host: number, direction: 'up' | 'down'): number {
    return (direction === 'up' ? this.uplinks : this.downlinks)[host]!.backlogBytes(this.sim.now);
  }

  /** The route id for packets from host `from` to host `to`, created on first use. */
  route(from: number, to: number): number {
    const key = from * this.hosts.length + to;
    const known = this.routeIds.get(key);
    if (known !== undefined) return known;
    const id = this.createRoute(from, to);
    this.routeIds.set(key, id);
    return id;
  }

  /** Sends a packet whose fields and wireBytes are set, along `route`, at the current time. */
  send(route: number, packet: number): void {
    const r = this.routes[route]!;
    const packets = this.packets;
    this.stats.packetsSent++;
    packets.route[packet] = route;
    const departure = r.stages[0]!.enqueue(this.sim.now, packets.wireBytes[packet]!);
    if (departure < 0) {
      this.stats.droppedByQueue++;
      packets.release(packet);
      return;
    }
    // Loss is drawn once per packet and path, after it has used the sender's uplink.
    if (r.loss !== null && (!this.lossDataOnly || packets.len[packet]! > 0) && r.loss.drops()) {
      this.stats.droppedByLoss++;
      packets.release(packet);
      return;
    }
    this.forward(r, route, packet, 0, departure);
  }

  private forward(r: Route, route: number, packet: number, stage: number, departure: number): void {
    const next = stage + 1;
    let arrival = departure + r.delays[stage]!;
    if (next === r.stages.length - 1) {
      if (r.jitter !== null) arrival += Math.floor(r.jitter.nextFloat() * (this.config.jitterNs! + 1));
      if (arrival < r.lastArrival) arrival = r.lastArrival;
      r.lastArrival = arrival;
    }
    this.packets.stage[packet] = next;
    this.sim.schedule(arrival, this.arriveKind, route, packet);
  }

  private arrive(route: number, packet: number): void {
    const r = this.routes[route]!;
    const stage = this.packets.stage[packet]!;
    const departure = r.stages[stage]!.enqueue(this.sim.now, this.packets.wireBytes[packet]!);
    if (departure < 0) {
      this.stats.droppedByQueue++;
      this.packets.release(packet);
    } else if (stage === r.stages.length - 1) {
      this.sim.schedule(departure, this.deliverKind, route, packet);
    } else {
      this.forward(r, route, packet, stage, departure);
    }
  }

  private createRoute(from: number, to: number): number {
    const src = this.hosts[from]!.config;
    const dst = this.hosts[to]!.config;
    if (from === to) throw new Error(`host "${src.name}" cannot send packets to itself`);
    const path = this.topology.path(src.location, dst.location);
    if (!path) throw new Error(`no path from host "${src.name}" (${src.location}) to host "${dst.name}" (${dst.location})`);
    const stages = [this.uplinks[from]!];
    const delays: number[] = [];
    let pending = 0;
    for (const hop of path.hops) {
      const queue = this.linkQueues[2 * hop.link + (hop.reverse ? 1 : 0)];
      if (queue) {
        delays.push(pending);
        stages.push(queue);
        pending = 0;
      }
      pending += this.config.paths.kind === 'links' ? this.config.paths.links[hop.link]!.latencyNs : 0;
    }
    if (path.hops.length === 0) pending = path.latencyNs;
    delays.push(pending);
    stages.push(this.downlinks[to]!);
    const name = `${src.name}->${dst.name}`;
    const loss = this.config.loss ? createLossModel(this.config.loss, path.latencyNs, streamFor(this.seed, `loss:${name}`)) : null;
    const jitter = this.config.jitterNs ? streamFor(this.seed, `jitter:${name}`) : null;
    this.routes.push({ stages, delays, latencyNs: path.latencyNs, loss, jitter, lastArrival: 0 });
    return this.routes.length - 1;
  }
}
