// Clients, servers, path selection, circuit-build timeouts and attacks.

import { count, mechanism, nonNegative, option, positive, property, quantity, section } from './build';
import { congestionControl } from './relay';
import type { ContextSpec, Json } from './types';

const KIB = 1024;
const MIB = 1024 * KIB;
const constant = (value: number): Json => ({ type: 'constant', value });

/** tor-mechanisms.md §9: shadow-plugin-tor's web/bulk clients and tornettools' perf clients. */
const TRAFFIC_PRESETS: Record<string, Record<string, Json>> = {
  web: {},
  bulk: { fetch: constant(5 * MIB), think: constant(0) },
  perf: {
    fetch: {
      type: 'choice',
      options: [
        { value: 50 * KIB, weight: 12 },
        { value: MIB, weight: 2 },
        { value: 5 * MIB, weight: 1 },
      ],
    },
    think: constant(0),
    every: 60,
    'fresh-circuit': true,
  },
};

export const clientContext: ContextSpec = {
  id: 'client',
  title: 'clients NAME x N { … }  ·  defaults client { … }',
  summary: 'A population of Tor clients that download from servers.',
  statements: [
    property(
      'traffic',
      { kind: 'enum', values: { web: '320 KiB, then think 1–60 s', bulk: '5 MiB back to back', perf: '50 KiB / 1 MiB / 5 MiB (12:2:1) every 60 s on a fresh circuit' } },
      'web',
      {
        summary: 'A preset for fetch, think, every and fresh-circuit; settings written explicitly override it.',
        source: 'shadow-plugin-tor generate.py (web, bulk); tornettools generate_tgen.py (perf weights 12:2:1) (tor-mechanisms.md §9).',
        presets: TRAFFIC_PRESETS,
      },
    ),
    property('fetch', quantity('size', { bounds: positive, distribution: true }), constant(320 * KIB), {
      summary: 'Bytes per download.',
      source: 'shadow-plugin-tor web clients: 320 KiB.',
    }),
    property('think', quantity('time', { bounds: nonNegative, distribution: true }), { type: 'uniform', min: 1, max: 60 }, {
      summary: 'Pause after each download.',
      source: 'shadow-plugin-tor web clients: uniform 1–60 s.',
    }),
    property('every', quantity('time', { bounds: positive, optional: true }), null, {
      summary: 'Start a download at this interval whatever the previous one is doing; `none` to wait for it.',
      source: 'Perf clients: every 60 s (tor-mechanisms.md §9).',
    }),
    property('fresh-circuit', { kind: 'boolean' }, false, {
      summary: 'Build a new circuit for every download.',
      source: 'Perf clients (MaxCircuitDirtiness 10 s, tor-mechanisms.md §9).',
    }),
    property('onion', { kind: 'boolean' }, false, {
      summary: 'Fetch from onion services over 6-hop rendezvous circuits.',
      source: 'path-spec §2.2; Vegas "onion" parameters assume 6 hops (tor-mechanisms.md §6).',
    }),
    property('server', { kind: 'reference', to: 'servers', optional: true }, null, {
      summary: 'Server group to fetch from; default: any server of the right kind (onion or not).',
      source: 'Modelling choice.',
    }),
    property('location', { kind: 'reference', to: 'location', distribution: true, optional: true }, null, {
      summary: 'Where the clients are: one location or `choice(a, b, …)`; default: uniformly over all locations.',
      source: 'Modelling choice.',
    }),
    property('access', { kind: 'access', optional: true }, null, {
      summary: 'Host access bandwidth; default: the location\'s.',
      source: 'tornettools: 10 Mbit/s per emulated user (tor-mechanisms.md §9).',
    }),
    property('start', quantity('time', { bounds: nonNegative, distribution: true }), constant(0), {
      summary: 'When each client starts, drawn per client.',
      source: 'Modelling choice.',
    }),
    section('path-selection', 'path-selection', {
      summary: 'How the clients choose relays for circuits.',
      source: 'path-spec §2; guard-spec (tor-mechanisms.md §6).',
    }),
  ],
};

export const pathSelectionContext: ContextSpec = {
  id: 'path-selection',
  title: 'path-selection { … }',
  summary: 'Relay choice for circuits.',
  statements: [
    property('hops', count({ min: 1, max: 8 }), 3, { summary: 'Relays in an exit circuit.', source: 'path-spec §2.2 (default 3 hops).' }),
    property(
      'weights',
      { kind: 'enum', values: { 'dir-spec': 'bandwidth × position weights Wgg, Wmg, Wee, … computed as in dir-spec §3.8.3', bandwidth: 'bandwidth only, no position weights' } },
      'dir-spec',
      { summary: 'How relays are weighted for each position.', source: 'node_select.c compute_weighted_bandwidths; dir-spec §3.8.3 (tor-mechanisms.md §6).' },
    ),
    property('use-guards', { kind: 'boolean' }, true, {
      summary: 'Keep entry guards (UseEntryGuards); off draws a fresh first hop per circuit, as tornettools clients do.',
      source: 'tor `UseEntryGuards` (default 1); tornettools sets 0 (tor-mechanisms.md §9).',
    }),
    property('guards', count({ min: 1 }), 1, {
      summary: 'Primary guards used for circuits (NumEntryGuards).',
      source: 'guard-spec `guard-n-primary-guards-to-use`.',
      defaultNote: 'Code default 1; the 2026 consensus sets 2.',
    }),
    property('primary-guards', count({ min: 1 }), 3, { summary: 'Size of the primary guard list.', source: 'guard-spec `guard-n-primary-guards` (3).' }),
    property('drop-failing-guards', { kind: 'boolean' }, true, {
      summary: 'Mark a guard unreachable when circuits through it fail and move to the next primary guard; with `guard-failure-margin`, also replace guards that fail more often than the others.',
      source: 'guard-spec / entrynodes.c.',
    }),
    property('guard-failure-margin', quantity('fraction', { bounds: { min: 0, max: 1 }, optional: true }), null, {
      summary:
        'Prop 151\'s rule: once the clients have observed `cbt history` circuits, replace every guard whose circuit failure rate exceeds the average of all their guards by more than this (percentage points); `none`: guard-spec\'s rule only.',
      source:
        'Prop 151 §"Dropping Failed Guards": "Any guards that exceed the average failure rate of all guards by 10% after we have gathered ncircuits_to_observe circuits will be replaced" (with five entry guards). ' +
        'tor-mechanisms.md §5 calls this unspecified; the proposal text states it. Whether 10 % is points or relative is not said; points are assumed (failure rates there are 20–50 %).',
      defaultNote: 'Off, as in current Tor; Prop 151 proposes 10 %.',
    }),
    property('circuit-lifetime', quantity('time', { bounds: positive }), 600, {
      summary: 'MaxCircuitDirtiness: how long a used circuit takes new streams.',
      source: 'tor `MaxCircuitDirtiness` (10 min).',
    }),
    mechanism(
      'cbt',
      'current',
      {
        current: option('current', {
          summary: 'The circuit-build-timeout learner of current Tor.',
          source: 'tor circuitstats.c; path-spec §2.4 (tor-mechanisms.md §5).',
          context: 'cbt',
        }),
        prop151: option('prop151', {
          summary: 'Prop 151\'s original parameters: about 1000 build times kept, the timeout fitted after about 100, 50 ms bins, the mode as Xm, one test circuit a minute.',
          source:
            'Prop 151 (2008) text: ncircuits_to_observe "on the order of 1000", ncircuits_to_cutoff "on the order of 100", 50 ms histogram buckets. ' +
            'tor-mechanisms.md §5 gives 5000 and 500, which this text does not contain; the preset follows the proposal. Xm = mode, one test circuit a minute and the 16-of-20 reset are from tor-mechanisms.md §5.',
          context: 'cbt',
          deprecated: { reason: 'Tor replaced these parameters (tor-mechanisms.md §11.5).', replacement: 'current' },
          presets: { history: 1000, 'min-circuits': 100, 'bin-width': 0.05, modes: 1, 'test-interval': 60, 'max-timeouts': 16 },
        }),
        off: option('off', { summary: 'A fixed 60 s timeout, no learning.', source: 'tor `LearnCircuitBuildTimeout 0`.' }),
      },
      { summary: 'Circuit-build-timeout learning.', source: 'Prop 151; path-spec §2.4.' },
    ),
  ],
};

export const cbtContext: ContextSpec = {
  id: 'cbt',
  title: 'cbt current { … }  ·  cbt prop151 { … }',
  summary: 'Circuit-build-timeout learner parameters (current Tor values; `prop151` presets the 2008 ones).',
  statements: [
    property('history', count({ min: 1 }), 1000, { summary: 'Build times kept (circular array).', source: 'CBT_NCIRCUITS_TO_OBSERVE (Prop 151: ncircuits_to_observe, "on the order of 1000").' }),
    property('min-circuits', count({ min: 1, max: 10000 }), 100, { summary: 'Build times needed before fitting.', source: '`cbtmincircs` (Prop 151: ncircuits_to_cutoff, "on the order of 100").' }),
    property('bin-width', quantity('time', { bounds: positive }), 0.01, { summary: 'Histogram bin width.', source: 'CBT_BIN_WIDTH 10 ms (Prop 151: 50 ms).' }),
    property('modes', count({ min: 1 }), 10, { summary: 'Most frequent bins averaged into Xm (1 = the mode).', source: '`cbtnummodes` (Prop 151: the mode).' }),
    property('test-interval', quantity('time', { bounds: positive }), 10, { summary: 'Interval of test circuits until min-circuits is reached.', source: '`cbttestfreq` 10 s (Prop 151: 1 per minute).' }),
    property('quantile', quantity('fraction', { bounds: { min: 0.1, max: 0.99 } }), 0.8, { summary: 'Quantile of the fitted Pareto used as the timeout.', source: '`cbtquantile` 80 (10–99).' }),
    property('close-quantile', quantity('fraction', { bounds: { min: 0.1, max: 0.99 } }), 0.99, { summary: 'Quantile at which a measurement circuit is abandoned.', source: '`cbtclosequantile` 99.' }),
    property('initial-timeout', quantity('time', { bounds: positive }), 60, { summary: 'Timeout before enough build times exist.', source: '`cbtinitialtimeout` 60 000 ms.' }),
    property('min-timeout', quantity('time', { bounds: positive }), 0.01, { summary: 'Smallest timeout.', source: '`cbtmintimeout` 10 ms.' }),
    property('recent-count', count({ min: 3, max: 1000 }), 20, { summary: 'Recent circuits watched for a changed network.', source: '`cbtrecentcount` 20.' }),
    property('max-timeouts', count({ min: 3, max: 10000 }), 18, {
      summary: 'Timeouts among the recent circuits that reset the history.',
      source: '`cbtmaxtimeouts` 18 (Prop 151: more than 75 % of 20, i.e. 16).',
    }),
    property('max-open', count({ min: 1 }), 10, { summary: 'Learning circuits open at once.', source: '`cbtmaxopencircs` 10.' }),
  ],
};

export const serverContext: ContextSpec = {
  id: 'server',
  title: 'servers NAME x N { … }',
  summary: 'File servers the clients download from.',
  statements: [
    property('bandwidth', quantity('rate', { bounds: positive, distribution: true, optional: true }), null, {
      summary: 'Access bandwidth of each server, both ways; `none` for the location\'s.',
      source: 'tornettools: client bandwidth × clients per server (tor-mechanisms.md §9).',
    }),
    property('location', { kind: 'reference', to: 'location', distribution: true, optional: true }, null, {
      summary: 'Where the servers are; default: uniformly over all locations.',
      source: 'Modelling choice.',
    }),
    property('onion', { kind: 'boolean' }, false, {
      summary: 'Serve as onion services (reached over 6-hop rendezvous circuits).',
      source: 'rend-spec; path-spec §2.2.',
    }),
    congestionControl,
  ],
};

export const socketExhaustionContext: ContextSpec = {
  id: 'socket-exhaustion',
  title: 'attack NAME socket-exhaustion { … }',
  summary: 'Sybil clients open connections through exits to a target relay until it runs out of sockets.',
  statements: [
    property('enabled', { kind: 'boolean' }, true, {
      summary: 'Whether the attack runs; `attacks.NAME.enabled off` in a variant or sweep compares attacked and unattacked runs.',
      source: 'Language design (IMUX paper Figure 6 compares runs with and without the attack).',
    }),
    property('target', { kind: 'reference', to: 'relays' }, undefined, {
      summary: 'Relay group whose sockets are exhausted (required).',
      source: 'IMUX paper §3 (socket exhaustion against PCTCP; text partly unavailable, tor-mechanisms.md §7).',
    }),
    property('through', { kind: 'reference', to: 'relays', optional: true }, null, {
      summary: 'Exit relay group the sybil circuits leave through; default: any exit.',
      source: 'Modelling choice.',
    }),
    property('start', quantity('time', { bounds: nonNegative }), 0, { summary: 'When the attack begins.', source: 'Modelling choice.' }),
    property('sybils', count({ min: 1 }), 1, { summary: 'Number of attacking clients.', source: 'IMUX paper §3 (unverified).' }),
    property('connections', count({ min: 1 }), 1000, {
      summary: 'Connections opened at the target in total (the size of the attack).',
      source: 'Modelling choice; the default equals Tor\'s ConnLimit.',
    }),
    property('rate', quantity('none', { bounds: positive, optional: true }), null, {
      summary: 'Connections opened per second; `none` for all at once.',
      source: 'Modelling choice.',
    }),
  ],
};
