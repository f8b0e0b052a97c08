// Whole-scenario checks (TN4xx) on a built configuration — the base and every variant: can the
// clients build circuits, are all locations reachable, is the warm-up shorter than the run.

import type { Configuration } from '../model/scenario';
import type { DiagnosticCode } from './codes';
import type { ExplicitConfig } from './declarations';
import type { DiagnosticExtras, Location } from './diagnostics';

/** Where the checks send what they find; a variant's reporter moves it to the variant's statement. */
export type Report = (code: DiagnosticCode, at: Location, message: string, extras?: DiagnosticExtras) => void;

/** Identifies a problem whatever its location, so a variant does not repeat one the base already has. */
export function problemKey(code: DiagnosticCode, message: string): string {
  return `${code}\u0000${message}`;
}

export function checkConsistency(report: Report, explicit: ExplicitConfig, config: Configuration): void {
  const { run, relays, clients, servers, internet } = config;

  if (run.warmup >= run.duration) {
    const where = explicit.scenario.locationOf('warmup') ?? explicit.scenario.locationOf('duration');
    if (where) report('TN409', where, `The warm-up (${run.warmup} s) must be shorter than the duration (${run.duration} s).`);
  }

  // The first group of hosts, without an array of all of them (this runs for every variant).
  const firstHosts = explicit.relays[0] ?? explicit.servers[0] ?? explicit.clients[0];
  if (firstHosts && internet.locations.length === 0) {
    report('TN410', firstHosts.at, 'Hosts need at least one location: declare one in internet { location NAME { … } }.', { data: { missing: 'location' } });
  }

  const activeClients = clients.map((group, index) => ({ group, at: explicit.clients[index]!.at })).filter(({ group }) => group.count > 0);
  if (activeClients.length > 0) {
    const firstClients = activeClients[0]!.at;
    const carrying = (flag: 'guard' | 'exit') => relays.some((group) => group.count > 0 && group.flags.includes(flag));
    if (!carrying('guard') && activeClients.some(({ group }) => group.pathSelection.useGuards)) {
      report('TN401', firstClients, 'No relay has the guard flag, so these clients cannot choose a first hop: add `flags guard` to a relay group.', {
        data: { flag: 'guard' },
      });
    }
    const exitClients = activeClients.filter(({ group }) => !group.onion);
    if (exitClients.length > 0 && !carrying('exit')) {
      report('TN402', exitClients[0]!.at, 'No relay has the exit flag, so these clients\' traffic cannot leave Tor: add `flags exit` to a relay group.', {
        data: { flag: 'exit' },
      });
    }
    const relayCount = relays.reduce((sum, group) => sum + group.count, 0);
    for (const { group, at } of activeClients) {
      const hops = group.onion ? 3 : group.pathSelection.hops;
      if (relayCount < hops) {
        report('TN411', at, `Circuits of ${hops} hops need at least ${hops} distinct relays; the scenario has ${relayCount}.`, { data: { hops, relays: relayCount } });
      }
      checkServers(report, group, servers, at);
    }
  }

  checkReachability(report, explicit, config);
}

function checkServers(report: Report, group: Configuration['clients'][number], servers: Configuration['servers'], at: Location): void {
  const candidates = group.server === null ? servers : servers.filter((server) => server.name === group.server);
  if (candidates.some((server) => server.count > 0 && server.onion === group.onion)) return;
  const kind = group.onion ? 'onion-service' : 'ordinary (non-onion)';
  const which = group.server === null ? 'no server group' : `server group '${group.server}' is not`;
  report('TN412', at, `Clients '${group.name}' fetch from ${kind} servers, but ${which} of that kind with servers in it.`, {
    data: { onion: group.onion },
  });
}

function checkReachability(report: Report, explicit: ExplicitConfig, config: Configuration): void {
  const { locations, links, routing } = config.internet;
  if (locations.length < 2) return;
  const index = new Map(locations.map((location, i) => [location.name, i]));
  const adjacency = locations.map(() => new Set<number>());
  for (const link of links) {
    const from = index.get(link.from)!;
    const to = index.get(link.to)!;
    adjacency[from]!.add(to);
    if (link.bidirectional) adjacency[to]!.add(from);
  }
  locations.forEach((location, from) => {
    const reachable = routing === 'direct' ? adjacency[from]! : closure(adjacency, from);
    const missing = locations.filter((_, to) => to !== from && !reachable.has(to)).map((other) => other.name);
    if (missing.length === 0) return;
    const how = routing === 'direct' ? 'has no direct link' : 'has no path';
    report(
      'TN408',
      explicit.locations[from]!.at,
      `Location '${location.name}' ${how} to ${missing.map((name) => `'${name}'`).join(', ')}: add a latency or link.`,
      { data: { from: location.name, missing } },
    );
  });
}

function closure(adjacency: readonly Set<number>[], start: number): Set<number> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of adjacency[queue.pop()!]!) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
