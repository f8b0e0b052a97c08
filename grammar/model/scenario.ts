// The resolved scenario: the only input of the simulator. Plain JSON data — every name
// resolved, every default applied, every unit normalised:
//   durations in seconds (float), sizes in bytes, rates in bits per second,
//   percentages as fractions (1.5 % → 0.015), cell counts as plain integers.
// Distributions stay as specifications (the simulator samples them with its own seeded
// streams) and populations stay as populations (a count plus per-relay specifications).

export const SCENARIO_MODEL_VERSION = 1;

export interface Scenario {
  readonly version: typeof SCENARIO_MODEL_VERSION;
  /** The file the scenario was read from. */
  readonly source: string;
  /** The configuration as written, before any experiment variant. */
  readonly base: Configuration;
  readonly experiments: Experiment[];
}

/** One complete, runnable configuration. Variants carry their own copy. */
export interface Configuration {
  readonly run: RunSettings;
  readonly internet: Internet;
  readonly relays: RelayGroup[];
  readonly servers: ServerGroup[];
  readonly clients: ClientGroup[];
  readonly attacks: Attack[];
}

export interface RunSettings {
  readonly title: string;
  /** Simulated time, seconds. */
  readonly duration: number;
  /** Seconds at the start excluded from every metric. */
  readonly warmup: number;
  /** One simulation per seed. */
  readonly seeds: number[];
  /** Client load factor; client counts below are already multiplied by it. */
  readonly load: number;
}

// ---- values ------------------------------------------------------------------------

/** A random value; numbers are in the normalised unit of the property that holds it. */
export type Distribution<T extends number | string = number> =
  | { readonly type: 'constant'; readonly value: T }
  | { readonly type: 'uniform'; readonly min: number; readonly max: number }
  | { readonly type: 'exponential'; readonly mean: number }
  | { readonly type: 'normal'; readonly mean: number; readonly sd: number }
  | { readonly type: 'lognormal'; readonly median: number; readonly sigma: number }
  | { readonly type: 'pareto'; readonly scale: number; readonly shape: number }
  | { readonly type: 'choice'; readonly options: { readonly value: T; readonly weight: number }[] };

/** Access-link bandwidth of a host, bits/s in each direction. */
export interface Access {
  readonly up: number;
  readonly down: number;
}

// ---- loss ----------------------------------------------------------------------------

/** The loss process itself, without name, scale and cap. */
export type LossShape =
  | { readonly type: 'none' }
  | { readonly type: 'constant'; readonly rate: number }
  /** KIST paper §4: rate × min(latency, cap) / per. */
  | { readonly type: 'proportional'; readonly rate: number; readonly per: number; readonly cap: number }
  /** Two-state Markov chain: per-packet transition probabilities and loss in each state. */
  | {
      readonly type: 'gilbert-elliott';
      readonly toBad: number;
      readonly toGood: number;
      readonly lossGood: number;
      readonly lossBad: number;
    };

export type LossModel = LossShape & {
  /** The declared name this model came from, or null when written inline. */
  readonly name: string | null;
  /** Multiplies the loss probability (`model * 2`). */
  readonly scale: number;
  /** Upper bound on the loss probability after scaling (`max 3 %`). */
  readonly max: number;
};

// ---- internet ------------------------------------------------------------------------

export interface Internet {
  /** `shortest-path`: latency-shortest path over the links (Shadow's default); `direct`: only direct links. */
  readonly routing: 'shortest-path' | 'direct';
  /** Default jitter (seconds) of links that set none. */
  readonly jitter: number;
  /** Factor every latency below has already been multiplied by (`latency-scale`); for display only. */
  readonly latencyScale: number;
  /** Default loss of links that set none. */
  readonly loss: LossModel;
  /** TCP send-buffer sizing of every host: Linux's autotuning or Shadow's BDP-sized buffers. */
  readonly sendBuffers: 'linux' | 'shadow';
  readonly locations: Location[];
  readonly links: Link[];
}

export interface Location {
  readonly name: string;
  /** Default access bandwidth of hosts placed here. */
  readonly access: Access;
  /** Latency between two hosts in the same location, seconds. */
  readonly latency: number;
  readonly loss: LossModel;
}

export interface Link {
  readonly from: string;
  readonly to: string;
  /** `<->` links carry traffic both ways with the same properties. */
  readonly bidirectional: boolean;
  readonly latency: number;
  readonly jitter: number;
  /** Bits/s, or null for no limit beyond the hosts' access links. */
  readonly bandwidth: number | null;
  readonly loss: LossModel;
}

// ---- relays and their mechanisms -----------------------------------------------------

export type RelayFlag = 'guard' | 'exit' | 'fast' | 'stable';

export interface RelayGroup {
  readonly name: string;
  /** Number of relays drawn from this specification. */
  readonly count: number;
  /** Declared with `relay` (one relay) rather than `relays … x N`. */
  readonly single: boolean;
  /** BandwidthRate, bits/s. */
  readonly bandwidth: Distribution;
  /** BandwidthBurst, bits/s; null means equal to each relay's drawn bandwidth. */
  readonly burst: Distribution | null;
  readonly flags: RelayFlag[];
  readonly location: Distribution<string>;
  /** Host access bandwidth; null means the location's. */
  readonly access: Access | null;
  /** Sockets the relay may hold (ConnLimit_). */
  readonly connLimit: number;
  /** Probability that a circuit extension through one of these relays fails (imposed, Prop 151). */
  readonly buildFailure: number;
  readonly oosHandler: boolean;
  readonly socketScheduler: SocketScheduler;
  readonly circuitScheduler: CircuitScheduler;
  readonly connections: ConnectionManagement;
  readonly congestionControl: CongestionControl;
  readonly shortor: ShorTor;
}

export type SocketScheduler =
  | { readonly type: 'vanilla' }
  | {
      readonly type: 'kist';
      readonly interval: number;
      readonly socketBufferFactor: number;
      /** Bytes per run over all sockets, or null for no global limit. */
      readonly globalWriteLimit: number | null;
    }
  | { readonly type: 'kist-lite'; readonly interval: number };

export type CircuitScheduler =
  | { readonly type: 'ewma'; readonly halfLife: number; readonly tick: number }
  | { readonly type: 'round-robin' };

export type ConnectionManagement =
  | { readonly type: 'single' }
  | {
      readonly type: 'torchestra';
      /** `ideal`: circuits are placed by their client's traffic type; `ewma`: by EWMA against heavyThreshold. */
      readonly classifier: 'ewma' | 'ideal';
      /** Used by the `ewma` classifier only. */
      readonly heavyThreshold: number;
    }
  | { readonly type: 'pctcp' }
  | {
      readonly type: 'imux';
      readonly tau: number;
      readonly scheduler: 'round-robin' | 'ewma-mapping' | 'shortest-queue' | 'kist';
      readonly housekeeping: number;
    };

export interface SendmeWindows {
  readonly type: 'sendme';
  readonly circuitWindow: number;
  readonly circuitIncrement: number;
  readonly streamWindow: number;
  readonly streamIncrement: number;
}

/** Prop 324 parameters shared by every congestion-control algorithm (cell counts unless noted). */
export interface CongestionCommon {
  readonly profile: 'code-default' | 'prop324' | 'consensus-2026';
  readonly sendmeInc: number;
  readonly cwndInit: number;
  readonly cwndMin: number;
  readonly cwndMax: number;
  readonly cwndInc: number;
  readonly cwndIncRate: number;
  /** Fraction. */
  readonly cwndIncSs: number;
  readonly bweMin: number;
  /** Fraction. */
  readonly ewmaCwnd: number;
  readonly ewmaMax: number;
  readonly ewmaSs: number;
  /** Fraction. */
  readonly rttReset: number;
  readonly ssMax: number;
  readonly cwndFullGap: number;
  /** Fraction. */
  readonly cwndFullMin: number;
  readonly cwndFullPerCwnd: number;
  readonly cellqHigh: number;
  readonly cellqLow: number;
  /** Bytes. */
  readonly orconnHigh: number;
  /** Bytes. */
  readonly orconnLow: number;
  readonly xoffClient: number;
  readonly xoffExit: number;
  readonly xonRate: number;
  /** Fraction. */
  readonly xonChange: number;
  readonly xonEwma: number;
}

export interface VegasThresholds {
  readonly alphaExit: number;
  readonly betaExit: number;
  readonly gammaExit: number;
  readonly deltaExit: number;
  readonly sscapExit: number;
  readonly alphaOnion: number;
  readonly betaOnion: number;
  readonly gammaOnion: number;
  readonly deltaOnion: number;
  readonly sscapOnion: number;
  readonly alphaSbws: number;
  readonly betaSbws: number;
  readonly gammaSbws: number;
  readonly deltaSbws: number;
  readonly sscapSbws: number;
}

export type CongestionControl =
  | SendmeWindows
  | ({ readonly type: 'vegas' } & CongestionCommon & VegasThresholds)
  | ({
      readonly type: 'westwood';
      /** Fractions. */
      readonly rttThresh: number;
      readonly cwndBackoff: number;
      readonly minBackoff: boolean;
      readonly rttMaxBackoff: number;
    } & CongestionCommon)
  | ({ readonly type: 'nola'; readonly overshoot: number } & CongestionCommon);

export type ShorTor =
  | { readonly type: 'off' }
  | {
      readonly type: 'on';
      /** Fraction of the relay's bandwidth offered to via traffic. */
      readonly viaCapacity: number;
      readonly raceInterval: number;
      readonly backoff: number;
    };

// ---- clients, servers, attacks --------------------------------------------------------

export interface ServerGroup {
  readonly name: string;
  readonly count: number;
  /** Access bandwidth each way, bits/s; null means the location's. */
  readonly bandwidth: Distribution | null;
  readonly location: Distribution<string>;
  /** Reached as an onion service (6-hop rendezvous circuits). */
  readonly onion: boolean;
  /** Congestion control of the onion-service end of rendezvous circuits (exit circuits use the exit relay's). */
  readonly congestionControl: CongestionControl;
}

export interface ClientGroup {
  readonly name: string;
  readonly count: number;
  readonly traffic: 'web' | 'bulk' | 'perf';
  /** Bytes per download. */
  readonly fetch: Distribution;
  /** Pause after each download, seconds. */
  readonly think: Distribution;
  /** Start a download every this many seconds regardless of the previous one, or null. */
  readonly every: number | null;
  readonly freshCircuit: boolean;
  readonly onion: boolean;
  /** Server group fetched from, or null for any server of the right kind. */
  readonly server: string | null;
  readonly location: Distribution<string>;
  readonly access: Access | null;
  /** Start time of each client, seconds. */
  readonly start: Distribution;
  readonly pathSelection: PathSelection;
}

export interface PathSelection {
  /** Hops of an exit circuit; onion clients use 6-hop rendezvous circuits. */
  readonly hops: number;
  readonly weights: 'dir-spec' | 'bandwidth';
  readonly useGuards: boolean;
  readonly guards: number;
  readonly primaryGuards: number;
  readonly dropFailingGuards: boolean;
  /**
   * Prop 151: after `cbt.history` circuits, replace guards whose failure rate exceeds the average
   * of all guards by more than this fraction (percentage points); null: guard-spec's rule only.
   */
  readonly guardFailureMargin: number | null;
  /** MaxCircuitDirtiness, seconds. */
  readonly circuitLifetime: number;
  readonly cbt: CircuitBuildTimeout;
}

export type CircuitBuildTimeout =
  | { readonly type: 'off' }
  | {
      readonly type: 'current' | 'prop151';
      readonly history: number;
      readonly minCircuits: number;
      readonly binWidth: number;
      readonly modes: number;
      readonly testInterval: number;
      readonly quantile: number;
      readonly closeQuantile: number;
      readonly initialTimeout: number;
      readonly minTimeout: number;
      readonly recentCount: number;
      readonly maxTimeouts: number;
      readonly maxOpen: number;
    };

export type Attack = {
  readonly name: string;
  readonly type: 'socket-exhaustion';
  /** False: the attack is declared but does not run (a variant switched it off). */
  readonly enabled: boolean;
  /** Relay group whose sockets are exhausted. */
  readonly target: string;
  /** Exit relay group the sybil connections go through, or null for any exit. */
  readonly through: string | null;
  readonly start: number;
  readonly sybils: number;
  /** Connections opened at the target in total. */
  readonly connections: number;
  /** Connections opened per second, or null for all at once. */
  readonly rate: number | null;
};

// ---- experiments ---------------------------------------------------------------------

export interface Experiment {
  readonly name: string;
  /** Name of the variant the others are compared with, or null. */
  readonly baseline: string | null;
  readonly variants: Variant[];
  readonly report: Metric[];
  readonly charts: Chart[];
}

/**
 * One configuration to run. Sweeps are crossed in the order written; the name joins the
 * labels with `-` (`kist-high-normal`). `config` is complete, so the simulator needs
 * nothing else; `overrides` says what differs from `base` for display.
 */
export interface Variant {
  readonly name: string;
  /** Sweep dimension → label, e.g. { 'socket-scheduler': 'kist', load: 'high' }. */
  readonly labels: Record<string, string>;
  readonly overrides: Override[];
  readonly config: Configuration;
}

export interface Override {
  /** Setting path as written, e.g. `relays.*.socket-scheduler`. */
  readonly path: string;
  readonly value: unknown;
}

export interface Metric {
  readonly name: string;
  /** Client group the metric is restricted to, or null. */
  readonly clients: string | null;
  /** Relay group the metric is restricted to (`throughput`, `sockets`), or null. Both null: everything. */
  readonly relays: string | null;
}

export interface Chart {
  readonly type: 'cdf' | 'timeseries' | 'box';
  readonly metrics: Metric[];
}
