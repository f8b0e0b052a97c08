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
  const hostNames = new Set<string>();
  config.hosts.forEach((host, i) => {
    const where = `hosts[${i}] "${host.name}"`;
    if (!host.name) problems.push(`hosts[${i}] has no name`);
    else if (hostNames.has(host.name)) problems.push(`${where}: duplicate host name`);
    hostNames.add(host.name);
    if (!locations.has(host.location)) problems.push(`${where}: unknown location "${host.location}"`);
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
  if (config.paths.kind === 'matrix') {
    config.paths.latencies.forEach((entry, i) => {
      const where = `paths.latencies[${i}] ${entry.from} -> ${entry.to}`;
      if (knownEnds(entry.from, entry.to, where)) latency(entry.latencyNs, where);
    });
  } else {
    config.paths.links.forEach((link, i) => {
      const where = `paths.links[${i}] ${link.from} <-> ${link.to}`;
      if (!knownEnds(link.from, link.to, where)) return;
      latency(link.latencyNs, where);
      if (link.bandwidthBps !== undefined && !positive(link.bandwidthBps)) problems.push(`${where}: bandwidthBps must be > 0, got ${link.bandwidthBps}`);
      if (link.queueLimitBytes !== undefined && !positive(link.queueLimitBytes)) problems.push(`${where}: queueLimitBytes must be > 0`);
    });
  }
  // Hosts without a path between them are legal (they may never talk); connecting them fails
  // with a message naming both hosts (Network.route).

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
