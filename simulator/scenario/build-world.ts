// Builds the simulated world of one Configuration and seed: hosts on the network, relays,
// file servers and clients. Every random draw comes from a stream named after what it is for
// (`relay/guard/3`, `client/web/17/behaviour`), so variants that change other things see the
// same relay population and the same client behaviour (common random numbers).

import type { ClientGroup, Configuration, RelayGroup } from '../../grammar/model/scenario';
import { streamFor } from '../engine/rng';
import { createInternet, type Internet } from '../internet';
import type { MetricsRecorder } from '../metrics/recorder';
import type { HostConfig } from '../network/config';
import { TorClient } from '../tor/client';
import { PathSelector } from '../tor/path/path-selector';
import { Relay } from '../tor/relay';
import { TokenBucket } from '../tor/token-bucket';
import { TorWorld } from '../tor/world';
import { startFileServer } from '../traffic/file-server';
import { TrafficClient } from '../traffic/traffic-client';
import { sample, sampleName } from './distributions';
import { networkConfig } from './network-config';

const S = 1e9;

export interface World {
  readonly internet: Internet;
  readonly tor: TorWorld;
}

interface PlannedRelay {
  readonly group: RelayGroup;
  readonly host: string;
  readonly rateBytes: number;
  readonly burstBytes: number;
}

export function buildWorld(config: Configuration, seed: number, metrics: (clock: { readonly now: number }) => MetricsRecorder): World {
  refuseUnimplemented(config);
  const access = new Map(config.internet.locations.map((l) => [l.name, l.access]));
  const hosts: HostConfig[] = [];
  const addHost = (name: string, location: string, bandwidth: { up: number; down: number } | null): void => {
    const a = bandwidth ?? access.get(location);
    if (!a) throw new Error(`${name}: unknown location '${location}'`);
    hosts.push({ name, location, uplinkBps: a.up, downlinkBps: a.down });
  };

  const relays: PlannedRelay[] = [];
  for (const group of config.relays) {
    for (let i = 0; i < group.count; i++) {
      const rng = streamFor(seed, `relay/${group.name}/${i}`);
      const rateBits = sample(group.bandwidth, rng);
      const burstBits = group.burst === null ? rateBits : sample(group.burst, rng);
      const host = `relay-${group.name}-${i}`;
      addHost(host, sampleName(group.location, rng, `relays ${group.name} location`), group.access);
      relays.push({ group, host, rateBytes: rateBits / 8, burstBytes: Math.max(burstBits, rateBits) / 8 });
    }
  }
  const servers: { name: string; group: string }[] = [];
  for (const group of config.servers) {
    for (let i = 0; i < group.count; i++) {
      const rng = streamFor(seed, `server/${group.name}/${i}`);
      const host = `server-${group.name}-${i}`;
      const location = sampleName(group.location, rng, `servers ${group.name} location`);
      const bandwidth = group.bandwidth === null ? null : sample(group.bandwidth, rng);
      addHost(host, location, bandwidth === null ? null : { up: bandwidth, down: bandwidth });
      servers.push({ name: host, group: group.name });
    }
  }
  const clients: { group: ClientGroup; index: number; host: string }[] = [];
  for (const group of config.clients) {
    for (let i = 0; i < group.count; i++) {
      const rng = streamFor(seed, `client/${group.name}/${i}/placement`);
      const host = `client-${group.name}-${i}`;
      addHost(host, sampleName(group.location, rng, `clients ${group.name} location`), group.access);
      clients.push({ group, index: i, host });
    }
  }

  const internet = createInternet(networkConfig(config.internet, hosts), seed);
  const recorder = metrics(internet.sim);
  const tor = new TorWorld(internet.sim, internet.network, recorder);
  for (const r of relays) {
    const g = r.group;
    const bucket = new TokenBucket(r.rateBytes, r.burstBytes);
    tor.add(new Relay(tor, tor.nodes.length, r.host, internet.host(r.host), { socketScheduler: g.socketScheduler, circuitScheduler: g.circuitScheduler, connections: g.connections, bucket, measured: true, connLimit: g.connLimit }, g.congestionControl));
  }
  for (const s of servers) startFileServer(internet.host(s.name));

  const relayGroupOf = relays.map((r) => r.group);
  const selectors = new Map<string, PathSelector>();
  const pathRelays = relays.map((r) => ({ bandwidth: r.rateBytes, guard: r.group.flags.includes('guard'), exit: r.group.flags.includes('exit') }));
  // Clients run Tor's defaults for the mechanisms relays declare (vanilla scheduling, EWMA, one
  // channel per relay) and use the flow control of the relays' declaration (the exit's decides).
  const clientFlow = relayGroupOf[0]?.congestionControl;
  if (!clientFlow) throw new Error('the scenario has no relays');
  for (const c of clients) {
    const group = c.group;
    const candidates = group.server === null ? servers : servers.filter((s) => s.group === group.server);
    if (candidates.length === 0) throw new Error(`clients ${group.name}: no server to fetch from${group.server ? ` (server group '${group.server}' has no servers)` : ''}`);
    const ps = group.pathSelection;
    let selector = selectors.get(ps.weights);
    if (!selector) {
      selector = new PathSelector(pathRelays, ps.weights);
      selectors.set(ps.weights, selector);
    }
    const problem = selector.problem(ps.hops, ps.useGuards);
    if (problem) throw new Error(`clients ${group.name}: ${problem}`);
    const client = new TorClient(tor, tor.nodes.length, c.host, internet.host(c.host), { socketScheduler: { type: 'vanilla' }, circuitScheduler: { type: 'ewma', halfLife: 30, tick: 10 }, connections: { type: 'single' }, bucket: null, measured: false, connLimit: Infinity }, clientFlow);
    tor.add(client);
    const name = `client/${group.name}/${c.index}`;
    const guards = ps.useGuards ? selector.chooseGuards(streamFor(seed, `${name}/guards`), ps.guards) : null;
    const behaviour = streamFor(seed, `${name}/behaviour`);
    const traffic = new TrafficClient(tor, recorder, client, group, c.index, candidates.map((s) => s.name), selector, guards, behaviour, streamFor(seed, `${name}/paths`));
    traffic.start(Math.max(0, Math.round(sample(group.start, streamFor(seed, `${name}/start`)) * S)));
  }
  return { internet, tor };
}

/** Mechanisms the model names that the simulator does not have yet: refused, never replaced. */
function refuseUnimplemented(config: Configuration): void {
  const attack = config.attacks.find((a) => a.enabled);
  if (attack) throw new Error(`attack '${attack.type}' is not implemented yet`);
  for (const g of config.relays) {
    if (g.connections.type !== 'single') throw new Error(`relays ${g.name}: connection management '${g.connections.type}' is not implemented yet`);
    if (g.congestionControl.type !== 'sendme') throw new Error(`relays ${g.name}: congestion control '${g.congestionControl.type}' is not implemented yet`);
    if (g.shortor.type !== 'off') throw new Error(`relays ${g.name}: shortor is not implemented yet`);
    if (g.oosHandler) throw new Error(`relays ${g.name}: the out-of-sockets handler is not implemented yet`);
    if (g.buildFailure > 0) throw new Error(`relays ${g.name}: imposed circuit-build failures (build-failure) are not implemented yet`);
  }
  const flows = new Set(config.relays.map((g) => JSON.stringify(g.congestionControl)));
  if (flows.size > 1) throw new Error('relay groups with different flow-control settings are not implemented yet');
  for (const g of config.servers) if (g.onion) throw new Error(`servers ${g.name}: onion services are not implemented yet`);
  for (const g of config.clients) {
    if (g.onion) throw new Error(`clients ${g.name}: onion services are not implemented yet`);
    if (g.pathSelection.guardFailureMargin !== null) throw new Error(`clients ${g.name}: the guard-failure-margin replacement rule is not implemented yet`);
    if (g.pathSelection.cbt.type !== 'off') throw new Error(`clients ${g.name}: circuit-build-timeout learning '${g.pathSelection.cbt.type}' is not implemented yet (write \`cbt off\` for Tor's fixed timeout)`);
  }
}
