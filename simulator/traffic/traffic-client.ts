// One client's behaviour (web, bulk or perf, as its group declares): download a file through
// Tor, think, repeat — or start one every `every` seconds. Reuses its circuit until it is
// MaxCircuitDirtiness old (or never, with fresh-circuit), records every download and build.

import type { ClientGroup } from '../../grammar/model/scenario';
import type { Rng } from '../engine/rng';
import type { MetricsRecorder } from '../metrics/recorder';
import { sample } from '../scenario/distributions';
import type { CircuitListener, ClientCircuit, TorClient } from '../tor/client';
import type { PathSelector } from '../tor/path/path-selector';
import type { TorWorld } from '../tor/world';
import { downloadTimeoutNs } from './download-timeout';

/** Bytes of an HTTP GET request. */
const REQUEST_BYTES = 300;
const S = 1_000_000_000;

interface Download {
  readonly id: number;
  readonly startNs: number;
  readonly sizeBytes: number;
  circuit: ClientCircuit | null;
  firstByteNs: number;
  received: number;
  done: boolean;
}

export class TrafficClient implements CircuitListener {
  private readonly downloads = new Map<number, Download>();
  private current: ClientCircuit | null = null;
  /** Downloads waiting for a circuit that is being built. */
  private readonly waiting = new Map<ClientCircuit, Download[]>();
  /** Circuits with an expiry check scheduled at MaxCircuitDirtiness. */
  private readonly expiring = new WeakSet<ClientCircuit>();

  constructor(
    private readonly world: TorWorld,
    private readonly metrics: MetricsRecorder,
    private readonly tor: TorClient,
    private readonly group: ClientGroup,
    private readonly index: number,
    private readonly servers: readonly string[],
    private readonly selector: PathSelector,
    private readonly guards: readonly number[] | null,
    /** Draws sizes, think times and servers. */
    private readonly behaviour: Rng,
    /** Draws paths. */
    private readonly paths: Rng,
  ) {}

  start(atNs: number): void {
    this.world.sim.callAt(atNs, () => this.startDownload());
  }

  private startDownload(): void {
    const now = this.world.sim.now;
    if (this.group.every !== null) this.world.sim.callAt(now + Math.round(this.group.every * S), () => this.startDownload());
    const sizeBytes = Math.max(1, Math.round(sample(this.group.fetch, this.behaviour)));
    const server = this.servers[this.behaviour.nextInt(this.servers.length)]!;
    const download: Download = { id: this.world.nextStreamId(), startNs: now, sizeBytes, circuit: null, firstByteNs: -1, received: 0, done: false };
    this.metrics.downloadStarted();
    this.downloads.set(download.id, download);
    this.world.streamTargets.set(download.id, { serverHost: server, requestBytes: REQUEST_BYTES, responseBytes: sizeBytes });
    this.world.sim.callAt(now + downloadTimeoutNs(sizeBytes), () => {
      if (!download.done) this.finish(download, 'timeout', 'download timed out');
    });
    const circuit = this.usableCircuit(now);
    download.circuit = circuit;
    if (circuit.state === 'open') this.openStream(circuit, download);
    else this.waiting.get(circuit)!.push(download);
  }

  private openStream(circuit: ClientCircuit, download: Download): void {
    this.tor.openStream(circuit, download.id);
    if (this.expiring.has(circuit)) return;
    // Tor closes a circuit once it is MaxCircuitDirtiness old and carries no streams.
    this.expiring.add(circuit);
    this.world.sim.callAt(circuit.dirtySinceNs + Math.round(this.group.pathSelection.circuitLifetime * S), () => this.retire(circuit));
  }

  /** The circuit for a new stream: the current one while it is fresh enough, else a new one. */
  private usableCircuit(now: number): ClientCircuit {
    const c = this.current;
    const lifetime = this.group.pathSelection.circuitLifetime * S;
    if (c && c.state !== 'closed' && !this.group.freshCircuit && (c.dirtySinceNs < 0 || now - c.dirtySinceNs < lifetime)) return c;
    if (c) this.retire(c);
    const path = this.selector.choosePath(this.paths, this.group.pathSelection.hops, this.guards);
    const circuit = this.tor.buildCircuit(path, this);
    this.current = circuit;
    this.waiting.set(circuit, []);
    return circuit;
  }

  /** No new streams on `circuit`; it closes once its downloads are over. */
  private retire(circuit: ClientCircuit): void {
    if (this.current === circuit) this.current = null;
    if (circuit.state === 'closed') return;
    for (const d of this.downloads.values()) if (d.circuit === circuit) return;
    this.tor.closeCircuit(circuit);
  }

  built(circuit: ClientCircuit): void {
    this.metrics.circuitBuild({ group: this.group.name, client: this.index, circuit: circuit.id, startNs: circuit.startNs, buildNs: this.world.sim.now - circuit.startNs, error: null });
    const waiting = this.waiting.get(circuit) ?? [];
    this.waiting.delete(circuit);
    for (const d of waiting) if (!d.done) this.openStream(circuit, d);
  }

  failed(circuit: ClientCircuit, reason: string): void {
    if (this.waiting.delete(circuit)) {
      this.metrics.circuitBuild({ group: this.group.name, client: this.index, circuit: circuit.id, startNs: circuit.startNs, buildNs: null, error: reason });
    }
    if (this.current === circuit) this.current = null;
    for (const d of [...this.downloads.values()]) if (d.circuit === circuit && !d.done) this.finish(d, 'failed', `circuit failed: ${reason}`);
  }

  data(_circuit: ClientCircuit, stream: number, bytes: number): void {
    const d = this.downloads.get(stream);
    if (!d || d.done) return;
    if (d.firstByteNs < 0) d.firstByteNs = this.world.sim.now;
    d.received += bytes;
    if (d.received >= d.sizeBytes) this.finish(d, 'ok', null);
  }

  ended(_circuit: ClientCircuit, stream: number, unreachable: boolean): void {
    const d = this.downloads.get(stream);
    if (d && !d.done) this.finish(d, 'failed', unreachable ? 'exit could not reach the server' : 'stream ended before the last byte');
  }

  private finish(d: Download, outcome: 'ok' | 'failed' | 'timeout', error: string | null): void {
    const now = this.world.sim.now;
    d.done = true;
    this.downloads.delete(d.id);
    this.world.streamTargets.delete(d.id);
    this.metrics.download({
      group: this.group.name,
      client: this.index,
      traffic: this.group.traffic,
      sizeBytes: d.sizeBytes,
      startNs: d.startNs,
      ttfbNs: d.firstByteNs < 0 ? null : d.firstByteNs - d.startNs,
      ttlbNs: outcome === 'ok' ? now - d.startNs : null,
      outcome,
      error,
      circuit: d.circuit?.id ?? -1,
    });
    const circuit = d.circuit;
    if (circuit && circuit.state !== 'closed') {
      if (outcome !== 'ok') {
        this.tor.closeStream(circuit, d.id);
        this.retire(circuit); // a circuit that failed a download is not used again
      } else if (this.group.freshCircuit || this.current !== circuit) {
        this.retire(circuit);
      }
    }
    // A think-time distribution may reach below zero (normal): the next download then starts at once.
    if (this.group.every === null) this.world.sim.callAt(now + Math.max(0, Math.round(sample(this.group.think, this.behaviour) * S)), () => this.startDownload());
  }
}
