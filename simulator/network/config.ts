// The simulator's own input types for the Internet model. A later issue maps the language's
// Scenario model onto these; tests build them directly. All times are integer nanoseconds,
// all rates bits per second, all sizes bytes.

import type { TcpOptions } from '../tcp/options';

/** A place hosts attach to (a city, a data centre). */
export interface LocationConfig {
  readonly name: string;
}

/** One-way latency between two locations; symmetric unless the reverse is given too. */
export interface LatencyEntry {
  readonly from: string;
  readonly to: string;
  readonly latencyNs: number;
}

/** An explicit link between two locations; paths are latency-shortest paths (Dijkstra). */
export interface LinkConfig {
  readonly from: string;
  readonly to: string;
  readonly latencyNs: number;
  /** Optional capacity in each direction; omitted means unlimited (Shadow's model). */
  readonly bandwidthBps?: number;
  /** Optional FIFO queue limit at this link, in bytes (drop-tail); omitted means unlimited. */
  readonly queueLimitBytes?: number;
}

/**
 * Path latency: either a matrix of one-way latencies between locations (entries with
 * from === to give the latency between two hosts of the same location), or links.
 */
export type PathConfig =
  | { readonly kind: 'matrix'; readonly latencies: readonly LatencyEntry[] }
  | { readonly kind: 'links'; readonly links: readonly LinkConfig[] };

/** Loss models, applied independently to every packet on a host-to-host path. */
export type LossSpec =
  | { readonly kind: 'none' }
  | { readonly kind: 'constant'; readonly rate: number; readonly scale?: number }
  | {
      // "Never Been KIST": loss = min(latency, cap) / reference × rate, e.g. 1.5 % per 300 ms
      // capped at 300 ms; the paper's "high" variant doubles it (scale 2) capped at 3 % (maxRate).
      readonly kind: 'latency-proportional';
      readonly rate: number;
      readonly referenceLatencyNs: number;
      readonly capLatencyNs: number;
      readonly maxRate?: number;
      readonly scale?: number;
    }
  | {
      // Two-state Markov chain, stepped once per packet.
      readonly kind: 'gilbert-elliott';
      readonly pGoodToBad: number;
      readonly pBadToGood: number;
      readonly lossGood: number;
      readonly lossBad: number;
      readonly scale?: number;
    };

/** A host: an endpoint with its own access link (Shadow: per-host up/down token buckets). */
export interface HostConfig {
  readonly name: string;
  readonly location: string;
  readonly uplinkBps: number;
  readonly downlinkBps: number;
  /** FIFO interface queue limits in bytes (drop-tail); omitted means unlimited (Shadow). */
  readonly uplinkQueueLimitBytes?: number;
  readonly downlinkQueueLimitBytes?: number;
  /** Overrides of the network-wide TCP options for sockets on this host. */
  readonly tcp?: Partial<TcpOptions>;
}

export interface NetworkConfig {
  readonly locations: readonly LocationConfig[];
  readonly paths: PathConfig;
  readonly hosts: readonly HostConfig[];
  /** Per-packet loss on every host-to-host path; default none. */
  readonly loss?: LossSpec;
  /** 'all' (default) drops data and ACKs alike; 'data' only payload-carrying segments (as ns-3's reference runs). */
  readonly lossAppliesTo?: 'all' | 'data';
  /**
   * Extra one-way delay drawn uniformly from [0, jitterNs] per packet. Packets of one host pair
   * are never reordered: a packet never arrives before the previous one of the same path.
   */
  readonly jitterNs?: number;
  /** Bytes added to every packet on the wire besides the TCP/IP header (link framing); default 2 (PPP, as ns-3). */
  readonly framingBytes?: number;
  /** Network-wide TCP options; defaults are Linux's (see tcp/options.ts). */
  readonly tcp?: Partial<TcpOptions>;
}
