// Functions usable in values: distributions, loss models and metrics.

import type { FunctionSpec } from './types';

const positive = { min: 0, minExclusive: true };
const probability = { min: 0, max: 1 };

export const FUNCTIONS: FunctionSpec[] = [
  {
    name: 'constant',
    category: 'distribution',
    summary: 'Always the same value.',
    source: 'Language design.',
    params: [{ name: 'value', summary: 'The value.', positional: true, dimension: 'value' }],
  },
  {
    name: 'uniform',
    category: 'distribution',
    summary: 'Uniform between two bounds (also written `from .. to`).',
    source: 'Language design.',
    params: [
      { name: 'from', summary: 'Lower bound.', positional: true, dimension: 'value' },
      { name: 'to', summary: 'Upper bound.', positional: true, dimension: 'value' },
    ],
  },
  {
    name: 'exponential',
    category: 'distribution',
    summary: 'Exponential with the given mean.',
    source: 'Language design.',
    params: [{ name: 'mean', summary: 'Mean.', positional: true, dimension: 'value', bounds: positive }],
  },
  {
    name: 'normal',
    category: 'distribution',
    summary: 'Normal with mean and standard deviation; draws below the property\'s minimum are redrawn.',
    source: 'Language design.',
    params: [
      { name: 'mean', summary: 'Mean.', positional: true, dimension: 'value' },
      { name: 'sd', summary: 'Standard deviation.', positional: true, dimension: 'value', bounds: { min: 0 } },
    ],
  },
  {
    name: 'lognormal',
    category: 'distribution',
    summary: 'Log-normal with the given median and σ of the underlying normal.',
    source: 'Language design; relay bandwidths are roughly log-normal.',
    params: [
      { name: 'median', summary: 'Median (e^μ).', positional: true, dimension: 'value', bounds: positive },
      { name: 'sigma', summary: 'σ of ln X.', positional: true, dimension: 'none', bounds: { min: 0 } },
    ],
  },
  {
    name: 'pareto',
    category: 'distribution',
    summary: 'Pareto with scale x_m (the minimum) and shape α.',
    source: 'Language design; Prop 151 models build times as Pareto.',
    params: [
      { name: 'scale', summary: 'x_m, the smallest value.', positional: true, dimension: 'value', bounds: positive },
      { name: 'shape', summary: 'α.', positional: true, dimension: 'none', bounds: positive },
    ],
  },
  {
    name: 'choice',
    category: 'distribution',
    summary: 'One of the listed values; `VALUE weight W` gives relative weights (default 1).',
    source: 'Language design.',
    params: [],
  },
  {
    name: 'constant',
    category: 'loss',
    summary: 'Every packet is lost with the same probability.',
    source: 'Shadow edge `packet_loss`.',
    params: [{ name: 'rate', summary: 'Loss probability.', positional: true, dimension: 'fraction', bounds: probability }],
  },
  {
    name: 'proportional',
    category: 'loss',
    summary: 'Loss proportional to the path latency: rate × min(latency, cap) / per.',
    source: 'Jansen & Traudt, "Tor\'s Been KIST" §4: 1.5 % per 300 ms, latency capped at 300 ms; the high variant doubles it up to 3 %.',
    params: [
      { name: 'rate', summary: 'Loss probability at a latency of `per`.', positional: true, dimension: 'fraction', bounds: probability },
      { name: 'per', summary: 'Latency at which the loss is `rate`.', positional: false, dimension: 'time', bounds: positive },
      { name: 'cap', summary: 'Latencies above this count as this.', positional: false, dimension: 'time', bounds: positive },
    ],
  },
  {
    name: 'gilbert-elliott',
    category: 'loss',
    summary: 'Bursty loss: a good and a bad state with per-packet transition probabilities.',
    source: 'Gilbert (1960), Elliott (1963).',
    params: [
      { name: 'to-bad', summary: 'P(good → bad) per packet.', positional: false, dimension: 'fraction', bounds: probability },
      { name: 'to-good', summary: 'P(bad → good) per packet.', positional: false, dimension: 'fraction', bounds: probability },
      { name: 'loss-good', summary: 'Loss probability in the good state.', positional: false, dimension: 'fraction', bounds: probability, default: 0 },
      { name: 'loss-bad', summary: 'Loss probability in the bad state.', positional: false, dimension: 'fraction', bounds: probability, default: 1 },
    ],
  },
  ...(
    [
      ['ttfb', 'Time to first byte of each download.', ['clients']],
      ['ttlb', 'Time to last byte of each download.', ['clients']],
      ['goodput', 'Application bytes per second delivered to clients.', ['clients']],
      ['throughput', 'Bytes per second forwarded by relays.', ['clients', 'relays']],
      ['kernel-queue', 'Bytes waiting in relays\' kernel socket buffers (KIST paper §4).', ['clients']],
      ['tor-queue', 'Cells waiting in relays\' circuit queues and outbufs (KIST paper §4).', ['clients']],
      ['circuit-build-time', 'Time to build each circuit.', ['clients']],
      ['build-timeout', 'The learned circuit-build timeout over time.', ['clients']],
      ['error-rate', 'Fraction of downloads that failed.', ['clients']],
      ['rtt', 'Round-trip time of circuits.', ['clients']],
      ['sockets', 'Open sockets per relay (socket exhaustion).', ['clients', 'relays']],
      ['cwnd', 'Congestion windows of circuits.', ['clients']],
    ] as const
  ).map(
    ([name, summary, groups]): FunctionSpec => ({
      name,
      category: 'metric',
      summary:
        groups.length === 1
          ? `${summary} Optionally restricted to one client group: \`${name}(GROUP)\`.`
          : `${summary} Optionally restricted to one client group or one relay group (\`${name}(victim)\`: that group's relays only): \`${name}(GROUP)\`.`,
      source: groups.length === 1 ? 'tornettools plots (tor-mechanisms.md §9).' : 'tornettools plots (tor-mechanisms.md §9); per relay group: IMUX paper Figure 6 (the victim relay).',
      params: [],
      groups,
    }),
  ),
];
