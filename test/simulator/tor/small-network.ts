// A small but complete Configuration for integration tests: three locations, a handful of
// relays, tens of clients; options change what a test varies.

import type { ClientGroup, Configuration, LossModel, RelayGroup, SocketScheduler } from '../../../grammar/model/scenario';

const MIB = 1024 * 1024;

export interface SmallNetworkOptions {
  readonly scheduler?: SocketScheduler;
  readonly web?: number;
  readonly bulk?: number;
  readonly duration?: number;
  readonly warmup?: number;
  readonly loss?: LossModel;
  /** Relay BandwidthRate, bits/s (median of a lognormal with sigma 0.3). */
  readonly relayRate?: number;
  /** Relay host access bandwidth each way, bits/s; default: the location's 1 Gbit/s. */
  readonly relayAccess?: number;
  /** TCP send-buffer sizing (internet `send-buffers`); default Linux's. */
  readonly sendBuffers?: 'linux' | 'shadow';
}

export const KIST: SocketScheduler = { type: 'kist', interval: 0.01, socketBufferFactor: 1, globalWriteLimit: null };
export const VANILLA: SocketScheduler = { type: 'vanilla' };
export const NO_LOSS: LossModel = { type: 'none', name: null, scale: 1, max: 1 };
export const NORMAL_LOSS: LossModel = { type: 'proportional', rate: 0.015, per: 0.3, cap: 0.3, name: 'kist-normal', scale: 1, max: 1 };

const locations = ['east', 'west', 'eu'] as const;
const anywhere = { type: 'choice' as const, options: locations.map((value) => ({ value, weight: 1 })) };

const sendme = { type: 'sendme', circuitWindow: 1000, circuitIncrement: 100, streamWindow: 500, streamIncrement: 50 } as const;

function relays(name: string, count: number, flags: RelayGroup['flags'], o: SmallNetworkOptions): RelayGroup {
  const rate = o.relayRate ?? 40e6;
  return {
    name, count, single: false,
    bandwidth: { type: 'lognormal', median: rate, sigma: 0.3 },
    burst: null, flags, location: anywhere, access: o.relayAccess ? { up: o.relayAccess, down: o.relayAccess } : null, connLimit: 1000, buildFailure: 0, oosHandler: false,
    socketScheduler: o.scheduler ?? KIST,
    circuitScheduler: { type: 'ewma', halfLife: 30, tick: 10 },
    connections: { type: 'single' },
    congestionControl: sendme,
    shortor: { type: 'off' },
  };
}

function clients(name: string, count: number, traffic: ClientGroup['traffic'], fetch: number, think: ClientGroup['think']): ClientGroup {
  return {
    name, count, traffic,
    fetch: { type: 'constant', value: fetch }, think, every: null, freshCircuit: false, onion: false, server: null,
    location: anywhere, access: null, start: { type: 'uniform', min: 0, max: 5 },
    pathSelection: { hops: 3, weights: 'dir-spec', useGuards: true, guards: 1, primaryGuards: 3, dropFailingGuards: true, guardFailureMargin: null, circuitLifetime: 600, cbt: { type: 'off' } },
  };
}

export function smallNetwork(o: SmallNetworkOptions = {}): Configuration {
  const loss = o.loss ?? NO_LOSS;
  return {
    run: { title: 'small', duration: o.duration ?? 30, warmup: o.warmup ?? 5, seeds: [1], load: 1 },
    internet: {
      routing: 'direct', jitter: 0, latencyScale: 1, loss, sendBuffers: o.sendBuffers ?? 'linux',
      locations: locations.map((name) => ({ name, access: { up: 1e9, down: 1e9 }, latency: 0.002, loss })),
      links: [
        { from: 'east', to: 'west', bidirectional: true, latency: 0.035, jitter: 0, bandwidth: null, loss },
        { from: 'east', to: 'eu', bidirectional: true, latency: 0.045, jitter: 0, bandwidth: null, loss },
        { from: 'west', to: 'eu', bidirectional: true, latency: 0.08, jitter: 0, bandwidth: null, loss },
      ],
    },
    relays: [relays('guard', 3, ['guard', 'fast', 'stable'], o), relays('middle', 3, ['fast'], o), relays('exit', 3, ['exit', 'fast'], o)],
    servers: [{ name: 'files', count: 4, bandwidth: { type: 'constant', value: 100e6 }, location: anywhere, onion: false, congestionControl: sendme }],
    clients: [
      clients('web', o.web ?? 20, 'web', 320 * 1024, { type: 'uniform', min: 1, max: 5 }),
      clients('bulk', o.bulk ?? 3, 'bulk', 5 * MIB, { type: 'constant', value: 0 }),
    ],
    attacks: [],
  };
}
