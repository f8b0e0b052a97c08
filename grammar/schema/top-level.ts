// The top level of a file, the scenario block and experiments.

import { positive, property, quantity, special } from './build';
import type { ContextSpec } from './types';

export const fileContext: ContextSpec = {
  id: 'file',
  title: 'top level',
  summary: 'What a `.tornet` file may contain, in any order.',
  statements: [
    special('include', 'include "PATH"', {
      summary: 'Reads another file of the workspace as if its statements were written here.',
      source: 'Language design; paths are relative to the including file and confined to the workspace.',
    }),
    special('const', 'const NAME = VALUE', {
      summary: 'A named value usable wherever a value is expected.',
      source: 'Language design.',
      declares: 'const',
    }),
    special('scenario', 'scenario "TITLE" { … }', {
      summary: 'Run settings: duration, warm-up, seeds, load.',
      source: 'Language design.',
      context: 'scenario',
    }),
    special('loss', 'loss NAME = LOSS-MODEL', {
      summary: 'A named, reusable loss model.',
      source: 'KIST paper §4 (latency-proportional), Gilbert (1960)/Elliott (1963) for bursty loss.',
      declares: 'loss-model',
    }),
    special('internet', 'internet { … }', {
      summary: 'The Internet model.',
      source: 'Shadow network graph.',
      context: 'internet',
    }),
    special('defaults', 'defaults relay|client { … }', {
      summary: 'Settings every relay group (or client group) starts from; each group may override them.',
      source: 'Language design.',
    }),
    special('relays', 'relays NAME x N { … }', {
      summary: 'A population of N relays drawn from one specification.',
      source: 'Language design; populations as in tornettools.',
      declares: 'relays',
      context: 'relay',
    }),
    special('relay', 'relay NAME { … }', {
      summary: 'A single relay.',
      source: 'Language design.',
      declares: 'relays',
      context: 'relay',
    }),
    special('servers', 'servers NAME x N { … }', {
      summary: 'A group of N file servers.',
      source: 'tornettools servers (tor-mechanisms.md §9).',
      declares: 'servers',
      context: 'server',
    }),
    special('clients', 'clients NAME x N { … }', {
      summary: 'A population of N clients.',
      source: 'tornettools / shadow-plugin-tor clients (tor-mechanisms.md §9).',
      declares: 'clients',
      context: 'client',
    }),
    special('attack', 'attack NAME socket-exhaustion { … }', {
      summary: 'An attack run during the simulation.',
      source: 'IMUX paper §3 (tor-mechanisms.md §7).',
      declares: 'attack',
      context: 'socket-exhaustion',
    }),
    special('experiment', 'experiment NAME { … }', {
      summary: 'Variants of the scenario to run and compare, and what to report.',
      source: 'Language design.',
      declares: 'experiment',
      context: 'experiment',
    }),
  ],
};

export const scenarioContext: ContextSpec = {
  id: 'scenario',
  title: 'scenario "TITLE" { … }',
  summary: 'Run settings.',
  statements: [
    property('duration', quantity('time', { bounds: positive }), 3600, {
      summary: 'Simulated time.',
      source: 'tornettools stop time 3600 s (tor-mechanisms.md §9).',
    }),
    property('warmup', quantity('time', { bounds: { min: 0 } }), 0, {
      summary: 'Time at the start excluded from every metric.',
      source: 'Language design (tornettools bootstraps for 300 s).',
    }),
    property('seeds', { kind: 'seeds' }, [1], {
      summary: 'Repetitions: N runs with seeds 1…N, or an explicit list `[1, 7, 42]`.',
      source: '"Once is Never Enough" (USENIX Sec 2021): one run is uninformative.',
    }),
    property('load', quantity('none', { bounds: { ...positive, max: 100 } }), 1, {
      summary: 'Multiplies the count of every client group (rounded to the nearest whole client).',
      source: 'tornettools `--load_scale` (default 1.0).',
    }),
  ],
};

export const experimentContext: ContextSpec = {
  id: 'experiment',
  title: 'experiment NAME { … }',
  summary: 'Variants, sweeps and reporting.',
  statements: [
    special('vary', 'vary SETTING [VALUE, …]   |   vary SETTING [label: VALUE, …]', {
      summary: 'A sweep over one setting; several sweeps are crossed, each combination a variant named by its labels joined with `-`.',
      source:
        'Language design. SETTING is a path (`relays.guard.bandwidth`, `relays.*.socket-scheduler`, `attacks.NAME.enabled`) or a short name (`socket-scheduler`, `loss`, `load`). ' +
        'A block cannot appear inside `[…]`, so an item gives a mechanism option its settings in the call form: `vegas(profile prop324, cwnd-init 200)` means `vegas { profile prop324; cwnd-init 200 }` (the call form is accepted wherever a mechanism is set).',
    }),
    special('variant', 'variant NAME { SETTING VALUE … }', {
      summary: 'A named variant; each line sets one setting by path, like a line of the block it belongs to.',
      source: 'Language design.',
      declares: 'variant',
      context: 'variant',
    }),
    special('baseline', 'baseline VARIANT', {
      summary: 'The variant the others are compared with (a declared variant or a sweep combination such as `amap-normal-normal`).',
      source: 'Language design.',
    }),
    property('report', { kind: 'metrics' }, [], {
      summary: 'Metrics to report: `ttfb(web)`, `ttlb(bulk)`, `goodput`, …',
      source: 'tornettools plots (tor-mechanisms.md §9).',
    }),
    special('chart', 'chart cdf|timeseries|box METRIC …', {
      summary: 'A chart of the given metrics, one series per variant.',
      source: 'tornettools plots; Jansen et al. report CDFs.',
    }),
  ],
};

export const variantContext: ContextSpec = {
  id: 'variant',
  title: 'variant NAME { … }',
  summary: 'Each statement is `SETTING VALUE…`, where SETTING is a path to any setting.',
  statements: [],
};
