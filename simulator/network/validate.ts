// Refuses impossible network configurations with messages that name the offending field. The
// language layer validates scenarios first; this is the simulator's own last line of defence.

import { tcpOptionsProblems } from '../tcp/options';
import type { NetworkConfig } from './config';
import { lossSpecProblems } from './loss/loss-model';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid network configuration:\n  ${problems.join('\n  ')}`);
  }
}

const positive = (x: number | undefined): boolean => x !== undefined && Number.isFinite(x) && x > 0;

export function validateNetwork(config: NetworkConfig): void {
  const problems: string[] = [];
  const locations = new Set<string>();
  config.locations.forEach((location, i) => {
    if (!location.name) problems.push(`locations[${i}] has no name`);
    else if (locations.has(location.name)) problems.push(`locations[${i}]: duplicate location "${location.name}"`);
    locations.add(location.name);
  });
  const hostsPerLocation = new Map<string, number>();
  const hostNames = new Set<string>();
  config.hosts.forEach((host, i) => {
    const where = `hosts[${i}] "${host.name}"`;
    if (!host.name) problems.push(`hosts[${i}] has no name`);
    else if (hostNames.has(host.name)) problems.push(`${where}: duplicate host name`);
    hostNames.add(host.name);
    if (!locations.has(host.location)) problems.push(`${where}: unknown location "${host.location}"`);
    hostsPerLocation.set(host.location, (hostsPerLocation.get(host.location) ?? 0) + 1);
    if (!positive(host.uplinkBps)) problems.push(`${where}: uplinkBps must be a positive bandwidth, got ${host.uplinkBps}`);
    if (!positive(host.downlinkBps)) problems.push(`${where}: downlinkBps must be a positive bandwidth, got ${host.downlinkBps}`);
    for (const field of ['uplinkQueueLimitBytes', 'downlinkQueueLimitBytes'] as const) {
      if (host[field] !== undefined && !positive(host[field])) problems.push(`${where}: ${field} must be > 0, got ${host[field]}`);
    }
    if (host.tcp) problems.push(...tcpOptionsProblems(host.tcp, `${where}.tcp`));
  });

  const latency = (value: number, where: string): void => {
    if (!(Number.isSafeInteger(value) && value > 0)) {
      problems.push(`${where}: latency must be a positive integer number of nanoseconds (zero latency between distinct hosts is impossible), got ${value}`);
    }
  };
  const knownEnds = (from: string, to: string, where: string): boolean => {
    const unknown = [from, to].filter((name) => !locations.has(name));
    for (const name of unknown) problems.push(`${where}: unknown location "${name}"`);
    return unknown.length === 0;
  };
  // Which location pairs are connected, to report missing paths between hosts up front.
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const direct = new Set<string>();
  if (config.paths.kind === 'matrix') {
    config.paths.latencies.forEach((entry, i) => {
      const where = `paths.latencies[${i}] ${entry.from} -> ${entry.to}`;
      if (knownEnds(entry.from, entry.to, where)) latency(entry.latencyNs, where);
      direct.add(`${entry.from}\u0000${entry.to}`).add(`${entry.to}\u0000${entry.from}`);
    });
  } else {
    config.paths.links.forEach((link, i) => {
      const where = `paths.links[${i}] ${link.from} <-> ${link.to}`;
      if (!knownEnds(link.from, link.to, where)) return;
      latency(link.latencyNs, where);
      if (link.bandwidthBps !== undefined && !positive(link.bandwidthBps)) problems.push(`${where}: bandwidthBps must be > 0, got ${link.bandwidthBps}`);
      if (link.queueLimitBytes !== undefined && !positive(link.queueLimitBytes)) problems.push(`${where}: queueLimitBytes must be > 0`);
      if (link.from === link.to) direct.add(`${link.from}\u0000${link.from}`);
      else parent.set(root(link.from), root(link.to));
    });
  }
  const used = [...hostsPerLocation.keys()].filter((name) => locations.has(name)).sort();
  for (const a of used) {
    for (const b of used) {
      if (a > b || (a === b && hostsPerLocation.get(a)! < 2)) continue;
      const connected =
        config.paths.kind === 'matrix' || a === b ? direct.has(`${a}\u0000${b}`) : root(a) === root(b);
      if (!connected) {
        problems.push(
          a === b
            ? `location "${a}" has several hosts but no latency between its own hosts (add a ${config.paths.kind === 'matrix' ? `latency ${a} -> ${a}` : 'self-loop link'})`
            : `no path between locations "${a}" and "${b}", which both have hosts`,
        );
      }
    }
  }

  if (config.loss) problems.push(...lossSpecProblems(config.loss, 'loss'));
  if (config.jitterNs !== undefined && !(Number.isSafeInteger(config.jitterNs) && config.jitterNs >= 0)) {
    problems.push(`jitterNs must be an integer ≥ 0, got ${config.jitterNs}`);
  }
  if (config.framingBytes !== undefined && !(Number.isSafeInteger(config.framingBytes) && config.framingBytes >= 0)) {
    problems.push(`framingBytes must be an integer ≥ 0, got ${config.framingBytes}`);
  }
  if (config.tcp) problems.push(...tcpOptionsProblems(config.tcp, 'tcp'));
  if (problems.length > 0) throw new ConfigError(problems);
}
