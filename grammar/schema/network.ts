// The Internet model: locations, latencies and links, loss models. Follows Shadow's network
// graph (shadow docs network_graph_spec.md; tor-mechanisms.md §9).

import { property, quantity, special, nonNegative, positive } from './build';
import type { ContextSpec } from './types';

const NONE_LOSS = { type: 'none', name: null, scale: 1, max: 1 };

export const internetContext: ContextSpec = {
  id: 'internet',
  title: 'internet { … }',
  summary: 'Where hosts are and how packets travel between them.',
  statements: [
    special('location', 'location NAME { … }', {
      summary: 'A region or city that hosts are placed in.',
      source: 'Shadow network graph node (network_graph_spec.md).',
      declares: 'location',
      context: 'location',
    }),
    special('latency', 'latency A <-> B DURATION   |   latency A -> B DURATION', {
      summary: 'One-way latency between two locations; `<->` sets both directions. A complete set of latencies is a matrix like Shadow\'s.',
      source: 'Shadow network graph edge `latency` (required, > 0).',
    }),
    special('link', 'link A <-> B { latency …; bandwidth …; loss …; jitter … }', {
      summary: 'A link between two locations with its own latency, bandwidth, loss and jitter.',
      source: 'Shadow network graph edge; per-link bandwidth is Shadow PR #3695 (open), so modelled here as a shared link capacity.',
      context: 'link',
    }),
    property('routing', { kind: 'enum', values: { 'shortest-path': 'latency-shortest path over the links (Dijkstra)', direct: 'only direct links; every pair of locations needs one' } }, 'shortest-path', {
      summary: 'How paths between locations are found.',
      source: 'Shadow `use_shortest_path` (default true; tornettools sets false for its complete graph).',
      defaultNote: 'Follows Shadow\'s default.',
    }),
    property('latency-scale', quantity('none', { bounds: positive }), 1, {
      summary: 'Multiplies every latency (links and within locations), so one experiment can compare short- and long-RTT networks: `vary internet.latency-scale [short: 1, long: 4]`.',
      source: 'Language design; the model holds the scaled latencies (like `load` for client counts).',
    }),
    property('jitter', quantity('time', { bounds: nonNegative }), 0, {
      summary: 'Random extra delay per packet, uniform in [0, jitter], on links that set none.',
      source: 'Shadow accepts `jitter` but ignores it (shadow#3601); modelled here.',
    }),
    property('loss', { kind: 'loss-model' }, NONE_LOSS, {
      summary: 'Packet loss model of links (and locations) that set none.',
      source: 'Shadow edge `packet_loss`; KIST paper §4 for the latency-proportional model.',
    }),
    property(
      'send-buffers',
      {
        kind: 'enum',
        values: {
          linux: 'start at 16 KiB and grow to about two congestion windows while the writer is blocked (tcp_sndbuf_expand)',
          shadow: 'start at 1.25 × path RTT × the slower access link of the two hosts, grow by 2 × 2404 B per cwnd segment (Shadow tcp.c)',
        },
      },
      'linux',
      {
        summary: 'How hosts size TCP send buffers: the kernel queue an application that writes "as much as possible" can fill.',
        source: 'Linux tcp_wmem 4 KiB/16 KiB/4 MiB (tcp-reference.md); Shadow tcp.c `_tcp_tuneInitialBufferSizes`, `_tcp_autotuneSendBuffer` (the simulator of the KIST papers).',
        defaultNote: 'Linux\'s autotuning.',
      },
    ),
    property('access', { kind: 'access' }, { up: 1e9, down: 1e9 }, {
      summary: 'Access bandwidth of hosts in locations that set none.',
      source: 'Shadow node `host_bandwidth_up`/`down` (per host). The 1 Gbit/s default is a modelling choice.',
    }),
  ],
};

export const locationContext: ContextSpec = {
  id: 'location',
  title: 'location NAME { … }',
  summary: 'One location of the Internet model.',
  statements: [
    property('access', { kind: 'access', optional: true }, null, {
      summary: 'Access bandwidth of each host placed here (`up … down …` or one rate for both); default: the internet\'s `access`.',
      source: 'Shadow node `host_bandwidth_up`/`down`.',
    }),
    property('latency', quantity('time', { bounds: positive }), 0.001, {
      summary: 'Latency between two hosts in this location.',
      source: 'Shadow requires a self-loop edge per node; the 1 ms default is a modelling choice.',
    }),
    property('loss', { kind: 'loss-model' }, null, {
      summary: 'Loss between two hosts in this location; default: the internet\'s `loss`.',
      source: 'Shadow self-loop `packet_loss`.',
    }),
  ],
};

export const linkContext: ContextSpec = {
  id: 'link',
  title: 'link A <-> B { … }',
  summary: 'One link between two locations.',
  statements: [
    property('latency', quantity('time', { bounds: positive }), undefined, {
      summary: 'One-way latency of the link (required).',
      source: 'Shadow edge `latency`.',
    }),
    property('bandwidth', quantity('rate', { bounds: positive, optional: true }), null, {
      summary: 'Capacity shared by all traffic on the link; `none` for no limit beyond the hosts\' access links.',
      source: 'Shadow PR #3695 (per-edge bandwidth, open); modelling choice.',
    }),
    property('loss', { kind: 'loss-model' }, null, {
      summary: 'Loss model of this link; default: the internet\'s `loss`.',
      source: 'Shadow edge `packet_loss`.',
    }),
    property('jitter', quantity('time', { bounds: nonNegative, optional: true }), null, {
      summary: 'Jitter of this link; default: the internet\'s `jitter`.',
      source: 'Modelling choice (Shadow ignores jitter).',
    }),
  ],
};
