// Relays: bandwidth, flags, placement, and the mechanisms each relay runs.

import { count, fraction, mechanism, nonNegative, option, positive, property, quantity } from './build';
import type { ContextSpec } from './types';

const GB_PER_S = 8e9;

/** End-to-end congestion control, set where circuits end: exits (relays) and onion services (servers). */
export const congestionControl = mechanism(
  'congestion-control',
  'sendme',
  {
    sendme: option('sendme', {
      summary: 'Fixed SENDME windows (legacy flow control).',
      source: 'tor-spec §7.3–7.4; or.h CIRCWINDOW_*, STREAMWINDOW_* (tor-mechanisms.md §1).',
      context: 'sendme',
    }),
    vegas: option('vegas', {
      summary: 'Tor-Vegas: cwnd from the queue-use estimate cwnd − BDP against α/β/γ/δ.',
      source: 'Prop 324 §3.3; tor congestion_control_vegas.c (tor-mechanisms.md §4.4).',
      context: 'vegas',
    }),
    westwood: option('westwood', {
      summary: 'Tor-Westwood: RTT-threshold congestion signal with multiplicative backoff (dropped by Tor).',
      source: 'Prop 324 §3.2 (tor-mechanisms.md §4.5).',
      context: 'westwood',
    }),
    nola: option('nola', {
      summary: 'Tor-NOLA: cwnd = BDP + overshoot on every SENDME (dropped by Tor).',
      source: 'Prop 324 §3.4 (tor-mechanisms.md §4.5).',
      context: 'nola',
    }),
  },
  {
    summary: 'End-to-end congestion control of circuits ending here (exit relays; onion-service servers); clients follow it.',
    source: 'consensus `cc_alg` (0 SENDME, 1 Westwood, 2 Vegas, 3 NOLA).',
    defaultNote: 'SENDME windows: the code default cc_alg=0; the live consensus sets cc_alg=2 (Vegas).',
  },
);

export const relayContext: ContextSpec = {
  id: 'relay',
  title: 'relays NAME x N { … }  ·  relay NAME { … }  ·  defaults relay { … }',
  summary: 'A relay or a population of relays drawn from the same specification; `defaults relay` sets what every group starts from.',
  statements: [
    property('bandwidth', quantity('rate', { bounds: positive, distribution: true }), { type: 'constant', value: GB_PER_S }, {
      summary: 'BandwidthRate: the token-bucket rate of relayed traffic, drawn per relay.',
      source: 'tor manual `BandwidthRate` (default 1 GByte/s); token buckets refilled every 100 ms (tor-mechanisms.md §3.1).',
    }),
    property('burst', quantity('rate', { bounds: positive, distribution: true, optional: true }), null, {
      summary: 'BandwidthBurst: token-bucket depth per second; `none` means equal to the relay\'s drawn bandwidth.',
      source: 'tor manual `BandwidthBurst`; tornettools sets rate and burst together (tor-mechanisms.md §9).',
    }),
    property(
      'flags',
      { kind: 'enum', list: true, values: { guard: 'may be a first hop', exit: 'may be a last hop', fast: 'usable for fast circuits', stable: 'usable for long-lived streams' } },
      [],
      { summary: 'Consensus flags of the relays.', source: 'dir-spec; path-spec §2.2 (tor-mechanisms.md §6).' },
    ),
    property('location', { kind: 'reference', to: 'location', distribution: true, optional: true }, null, {
      summary: 'Where the relays are placed: one location or `choice(a, b, …)`; default: uniformly over all locations.',
      source: 'Modelling choice.',
    }),
    property('access', { kind: 'access', optional: true }, null, {
      summary: 'Host access bandwidth; default: the location\'s.',
      source: 'Shadow per-host bandwidth.',
    }),
    property('conn-limit', count({ min: 1 }), 1000, {
      summary: 'Sockets a relay may hold (ConnLimit_); socket exhaustion and the OOS handler work against it.',
      source: 'tor config.c `ConnLimit` default 1000 (tor-mechanisms.md §7); real relays raise it to the OS limit.',
    }),
    property('build-failure', quantity('fraction', { bounds: { min: 0, max: 1 } }), 0, {
      summary: 'Probability that extending a circuit through one of these relays fails, on top of failures that emerge from load and loss.',
      source: 'Prop 151 §"Dropping Failed Guards": circuit failure rates of 20–25 % for the fastest guards, 45–50 % for slower ones. Default: no imposed failures.',
    }),
    property('oos-handler', { kind: 'boolean' }, false, {
      summary: 'Tor\'s out-of-sockets handler: at ConnLimit_ − min(ConnLimit_/20, 64) sockets it closes OR connections with the fewest circuits until ¾·ConnLimit_.',
      source: 'tor connection.c; `DisableOOSCheck` defaults to 1 (tor-mechanisms.md §7).',
      defaultNote: 'Off, as in current Tor.',
    }),
    mechanism(
      'socket-scheduler',
      'kist',
      {
        kist: option('kist', {
          summary: 'Kernel-informed socket transport: writes only what TCP can send soon.',
          source: 'Jansen et al., "Never Been KIST" (USENIX Sec 2014); tor scheduler_kist.c (tor-mechanisms.md §3.2).',
          context: 'kist',
        }),
        'kist-lite': option('kist-lite', {
          summary: 'KIST batching and global EWMA order without TCP information: fills each outbuf to 32 KiB per run.',
          source: 'tor scheduler_kist.c (used when the kernel lacks TCP_INFO).',
          context: 'kist-lite',
        }),
        vanilla: option('vanilla', {
          summary: 'Write as much as possible as soon as possible (outbuf up to 32 KiB, then the kernel).',
          source: 'tor scheduler_vanilla.c (tor-mechanisms.md §3.1).',
        }),
        amap: option('vanilla', {
          summary: 'Another name for `vanilla` ("as much as possible"), as in the KIST papers.',
          source: 'Jansen & Traudt, "Tor\'s Been KIST" (2017).',
        }),
      },
      {
        summary: 'How cells move from circuit queues into kernel sockets.',
        source: 'tor `Schedulers` option (default KIST,KISTLite,Vanilla).',
        defaultNote: 'KIST, as in current Tor on Linux.',
      },
    ),
    mechanism(
      'circuit-scheduler',
      'ewma',
      {
        ewma: option('ewma', {
          summary: 'Send next from the circuit with the smallest exponentially decayed count of cells sent.',
          source: 'Tang & Goldberg (CCS 2010); tor circuitmux_ewma.c (tor-mechanisms.md §2).',
          context: 'ewma',
        }),
        'round-robin': option('round-robin', {
          summary: 'Round-robin over active circuits: the pre-EWMA baseline (no longer in Tor).',
          source: 'tor-mechanisms.md §2, §11.1.',
        }),
      },
      { summary: 'Which circuit of a connection sends the next cell.', source: 'tor circuitmux.' },
    ),
    mechanism(
      'connections',
      'single',
      {
        single: option('single', {
          summary: 'One TLS connection per relay pair, as in vanilla Tor.',
          source: 'tor channeltls.c.',
        }),
        torchestra: option('torchestra', {
          summary: 'Two connections per relay pair: "light" for interactive circuits, "heavy" for bulk ones.',
          source: 'Gopal & Heninger, WPES 2012 (abstract); switching thresholds unverified (tor-mechanisms.md §7).',
          context: 'torchestra',
        }),
        pctcp: option('pctcp', {
          summary: 'One connection per circuit: each circuit costs the relay a socket.',
          source: 'AlSabah & Goldberg, CCS 2013 (abstract).',
        }),
        imux: option('imux', {
          summary: 'A managed pool of connections per relay pair, sized from ConnLimit and the channel\'s share of circuits.',
          source: 'Geddes, Jansen & Hopper, WPES 2014; §4.1 only partly available (tor-mechanisms.md §7).',
          context: 'imux',
        }),
      },
      { summary: 'How circuits between two relays are spread over TCP connections.', source: 'tor-mechanisms.md §7.' },
    ),
    congestionControl,
    mechanism(
      'shortor',
      'off',
      {
        off: option('off', { summary: 'The relay does not act as a ShorTor via.', source: 'Vanilla Tor.' }),
        on: option('on', {
          summary: 'The relay forwards traffic between circuit hops through a faster via relay.',
          source: 'Hogan et al., "ShorTor" (IEEE S&P 2022); race, backoff and capacity rules unverified (tor-mechanisms.md §8).',
          context: 'shortor',
        }),
      },
      { summary: 'Whether the relays support the ShorTor via overlay.', source: 'tor-mechanisms.md §8.' },
    ),
  ],
};

export const kistContext: ContextSpec = {
  id: 'kist',
  title: 'socket-scheduler kist { … }',
  summary: 'KIST parameters.',
  statements: [
    property('interval', quantity('time', { bounds: { min: 0, minExclusive: true, max: 0.1 } }), 0.01, {
      summary: 'KISTSchedRunInterval: time between scheduler runs.',
      source: 'tor scheduler_kist.c, range 0–100 ms (0 disables KIST, so it is refused here).',
      defaultNote: 'Code default 10 ms; the consensus runs 2 ms (2021) and 3 ms (2026) (tor-mechanisms.md §11.2).',
    }),
    property('socket-buffer-factor', quantity('none', { bounds: nonNegative }), 1.0, {
      summary: 'KISTSockBufSizeFactor: extra kernel space allowed, in congestion windows.',
      source: 'tor scheduler_kist.c (tor-mechanisms.md §3.2).',
    }),
    property('global-write-limit', quantity('size', { bounds: positive, optional: true }), null, {
      summary: 'Bytes written per run over all sockets; `none` for no global limit.',
      source: 'KIST paper\'s optional global limit; not in current Tor, so off by default.',
    }),
  ],
};

export const kistLiteContext: ContextSpec = {
  id: 'kist-lite',
  title: 'socket-scheduler kist-lite { … }',
  summary: 'KIST-Lite parameters.',
  statements: [kistContext.statements[0]!],
};

export const ewmaContext: ContextSpec = {
  id: 'ewma',
  title: 'circuit-scheduler ewma { … }',
  summary: 'EWMA circuit scheduling parameters.',
  statements: [
    property('half-life', quantity('time', { bounds: { min: 0.001 } }), 30, {
      summary: 'CircuitPriorityHalflife: time for a circuit\'s cell count to decay by half.',
      source: 'consensus CircuitPriorityHalflifeMsec (30000 ms in 2021 and 2026; tor-mechanisms.md §2).',
    }),
    property('tick', quantity('time', { bounds: { min: 1, max: 600 } }), 10, {
      summary: 'CircuitPriorityTickSecs: length of one decay tick.',
      source: 'consensus CircuitPriorityTickSecs, range 1–600 s (tor-mechanisms.md §2).',
    }),
  ],
};

export const torchestraContext: ContextSpec = {
  id: 'torchestra',
  title: 'connections torchestra { … }',
  summary: 'Torchestra parameters.',
  statements: [
    property(
      'classifier',
      {
        kind: 'enum',
        values: {
          ewma: 'circuits move between connections by their EWMA cell count against heavy-threshold',
          ideal: 'every circuit is on the right connection from its first cell (bulk clients heavy, others light)',
        },
      },
      'ewma',
      {
        summary: 'How circuits are classified as light or heavy.',
        source: 'Gopal & Heninger, WPES 2012 (EWMA classifier); the IMUX paper\'s Torchestra comparison used an idealised classifier (Geddes et al., WPES 2014 §5).',
        defaultNote: 'The deployable EWMA classifier; `ideal` reproduces the IMUX paper\'s comparison.',
      },
    ),
    property('heavy-threshold', quantity('none', { bounds: positive }), 2, {
      summary: 'With `classifier ewma`: a circuit whose EWMA cell count exceeds this multiple of the connection\'s mean moves to the heavy connection.',
      source: 'Modelling choice: the paper\'s exact thresholds are unverified (tor-mechanisms.md §7).',
    }),
  ],
};

export const imuxContext: ContextSpec = {
  id: 'imux',
  title: 'connections imux { … }',
  summary: 'IMUX parameters.',
  statements: [
    property('tau', quantity('fraction', { bounds: { min: 0, minExclusive: true, max: 1 } }), 0.9, {
      summary: 'Soft limit τ: the fraction of ConnLimit that IMUX connections may use.',
      source: 'IMUX §4.1 seed value, unverified (tor-mechanisms.md §7).',
    }),
    property(
      'scheduler',
      {
        kind: 'enum',
        values: {
          'round-robin': 'cells go to the pool\'s connections in turn',
          'ewma-mapping': 'circuits are mapped to connections by their EWMA percentile',
          'shortest-queue': 'each cell goes to the connection with the shortest queue',
          kist: 'KIST decides per connection',
        },
      },
      'round-robin',
      { summary: 'How cells are spread over the connections of a pool.', source: 'IMUX §4.1, unverified (tor-mechanisms.md §7); default is a modelling choice.' },
    ),
    property('housekeeping', quantity('time', { bounds: positive }), 1, {
      summary: 'Interval at which pools are resized.',
      source: 'IMUX §4.1 seed value (1 s), unverified.',
    }),
  ],
};

export const shortorContext: ContextSpec = {
  id: 'shortor',
  title: 'shortor on { … }',
  summary: 'ShorTor via parameters (the paper\'s values were not reachable; all defaults are modelling choices).',
  statements: [
    property('via-capacity', quantity('fraction', { bounds: fraction }), 0.1, {
      summary: 'Fraction of the relay\'s bandwidth it offers to via traffic, scheduled below its own circuits.',
      source: 'ShorTor §5 (unverified); modelling choice.',
    }),
    property('race-interval', quantity('time', { bounds: positive }), 60, {
      summary: 'How often a relay races the direct and via paths to pick the faster one.',
      source: 'ShorTor data races (unverified); modelling choice.',
    }),
    property('backoff', quantity('time', { bounds: nonNegative }), 10, {
      summary: 'How long a relay avoids a via after it lost a race or was full.',
      source: 'ShorTor backoff (unverified); modelling choice.',
    }),
  ],
};
