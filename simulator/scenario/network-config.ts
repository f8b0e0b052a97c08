// Maps the scenario's Internet onto the network model's configuration. The network model has
// one loss process and one jitter for all paths, so a scenario that gives links or locations a
// different loss or jitter than the Internet default is refused rather than approximated.

import type { Internet, LossModel } from '../../grammar/model/scenario';
import type { HostConfig, LatencyEntry, LinkConfig, LossSpec, NetworkConfig } from '../network/config';

const NS = 1e9;

export function networkConfig(internet: Internet, hosts: readonly HostConfig[]): NetworkConfig {
  const defaultLoss = JSON.stringify(lossShape(internet.loss));
  for (const place of [...internet.locations.map((l) => ({ what: `location ${l.name}`, loss: l.loss, jitter: internet.jitter })), ...internet.links.map((l) => ({ what: `link ${l.from} - ${l.to}`, loss: l.loss, jitter: l.jitter }))]) {
    if (JSON.stringify(lossShape(place.loss)) !== defaultLoss) throw new Error(`${place.what}: a loss model different from the Internet's is not implemented yet (the network model has one loss process for all paths)`);
    if (place.jitter !== internet.jitter) throw new Error(`${place.what}: a jitter different from the Internet's is not implemented yet`);
  }
  const locations = internet.locations.map((l) => ({ name: l.name }));
  let paths: NetworkConfig['paths'];
  if (internet.routing === 'direct') {
    const latencies: LatencyEntry[] = internet.locations.map((l) => ({ from: l.name, to: l.name, latencyNs: Math.round(l.latency * NS) }));
    for (const link of internet.links) latencies.push({ from: link.from, to: link.to, latencyNs: Math.round(link.latency * NS) });
    paths = { kind: 'matrix', latencies };
  } else {
    const links: LinkConfig[] = internet.locations.map((l) => ({ from: l.name, to: l.name, latencyNs: Math.round(l.latency * NS) }));
    for (const link of internet.links) {
      if (!link.bidirectional) throw new Error(`link ${link.from} -> ${link.to}: one-way links are not implemented yet (write <->)`);
      links.push({ from: link.from, to: link.to, latencyNs: Math.round(link.latency * NS), ...(link.bandwidth === null ? {} : { bandwidthBps: link.bandwidth }) });
    }
    paths = { kind: 'links', links };
  }
  return { locations, paths, hosts, loss: lossSpec(internet.loss), jitterNs: Math.round(internet.jitter * NS), tcp: { sendBufferSizing: internet.sendBuffers } };
}

function lossShape(loss: LossModel): unknown {
  return { ...loss, name: null };
}

export function lossSpec(loss: LossModel): LossSpec {
  switch (loss.type) {
    case 'none':
      return { kind: 'none' };
    case 'constant':
      return { kind: 'constant', rate: Math.min(loss.rate * loss.scale, loss.max) };
    case 'proportional':
      return { kind: 'latency-proportional', rate: loss.rate, referenceLatencyNs: Math.round(loss.per * NS), capLatencyNs: Math.round(loss.cap * NS), ...(loss.max < 1 ? { maxRate: loss.max } : {}), scale: loss.scale };
    case 'gilbert-elliott':
      if (loss.max < 1) throw new Error('a cap (max) on Gilbert-Elliott loss is not implemented yet');
      return { kind: 'gilbert-elliott', pGoodToBad: loss.toBad, pBadToGood: loss.toGood, lossGood: loss.lossGood, lossBad: loss.lossBad, scale: loss.scale };
  }
}
