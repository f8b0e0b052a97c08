// Congestion and flow control: legacy SENDME windows and the Prop 324 algorithms with every
// consensus parameter overridable. Values: tor-mechanisms.md §1 and §4 (code at 0.4.8.1-alpha-dev,
// Prop 324 text, and the January 2026 consensus).

import { count, property, quantity } from './build';
import type { ContextSpec, Json, StatementSpec } from './types';

const CELLS = count({ min: 1 });
const CELL_COUNT = count({ min: 0 });
const PERCENT = quantity('fraction', { bounds: { min: 0, max: 1 } });
const KIB = 1024;
const INT32_MAX = 2147483647;

/** Differences of each profile from the code defaults (which are the properties' defaults). */
const PROFILES: Record<string, Record<string, Json>> = {
  'code-default': {},
  prop324: { 'cwnd-min': 31, 'cwnd-inc-ss': 0.5 },
  'consensus-2026': {
    'cwnd-min': 124,
    'cwnd-inc': 1,
    'cwnd-inc-rate': 31,
    'cwnd-full-gap': 4,
    'cwnd-full-min': 0.25,
    'alpha-exit': 186,
    'delta-exit': 310,
    'sscap-exit': 600,
    'beta-onion': 372,
    'gamma-onion': 248,
    'delta-onion': 434,
    'sscap-onion': 475,
    'alpha-sbws': 186,
    'beta-sbws': 248,
    'gamma-sbws': 186,
    'delta-sbws': 310,
    'sscap-sbws': 600,
  },
};

function cc(keyword: string, value: number, consensus: string, summary: string, kind = CELLS): StatementSpec {
  return property(keyword, kind, value, { summary, source: `consensus \`${consensus}\` (tor-mechanisms.md §4).` });
}

/** The `profile` setting of a context, with the profiles' values for that context's settings only. */
function withProfile(statements: StatementSpec[]): StatementSpec[] {
  const keys = new Set(statements.map((statement) => statement.keyword));
  const presets = Object.fromEntries(
    Object.entries(PROFILES).map(([name, values]) => [name, Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)))]),
  );
  const profile = property(
    'profile',
    { kind: 'enum', values: { 'code-default': 'tor code defaults (0.4.8)', prop324: 'the values in Prop 324\'s text', 'consensus-2026': 'the live consensus of January 2026' } },
    'code-default',
    {
      summary: 'A named set of parameter values; settings written explicitly override it.',
      source: 'tor-mechanisms.md §4.4 and §11.3.',
      defaultNote: 'Code defaults; Prop 324 and the live consensus differ (cwnd-min 31/62/124, cwnd-inc 31/31/1, …).',
      presets,
    },
  );
  return [profile, ...statements];
}

const common: StatementSpec[] = [
  cc('sendme-inc', 31, 'cc_sendme_inc', 'Cells acknowledged by one SENDME.'),
  cc('cwnd-init', 124, 'cc_cwnd_init', 'Initial congestion window, cells.'),
  cc('cwnd-min', 62, 'cc_cwnd_min', 'Smallest congestion window, cells (code 62, Prop 324 31, live 124).'),
  cc('cwnd-max', INT32_MAX, 'cc_cwnd_max', 'Largest congestion window, cells.'),
  cc('cwnd-inc', 31, 'cc_cwnd_inc', 'Cells added or removed per steady-state update (live 1).'),
  cc('cwnd-inc-rate', 1, 'cc_cwnd_inc_rate', 'Updates per congestion window (live 31).'),
  cc('cwnd-inc-ss', 1, 'cc_cwnd_inc_pct_ss', 'Slow-start increment as a fraction of sendme-inc (code 100 %, Prop 324 50 %).', PERCENT),
  cc('bwe-min', 5, 'cc_bwe_min', 'Fewest SENDMEs in a bandwidth estimate.'),
  cc('ewma-cwnd', 0.5, 'cc_ewma_cwnd_pct', 'RTT EWMA length as a fraction of the update rate.', PERCENT),
  cc('ewma-max', 10, 'cc_ewma_max', 'Longest RTT EWMA, in SENDMEs.'),
  cc('ewma-ss', 2, 'cc_ewma_ss', 'RTT EWMA length in slow start.'),
  cc('rtt-reset', 1, 'cc_rtt_reset_pct', 'Weight of the EWMA when min-RTT is reset.', PERCENT),
  cc('ss-max', 5000, 'cc_ss_max', 'Hard cap on cwnd in slow start, cells.'),
  cc('cwnd-full-gap', 1, 'cc_cwnd_full_gap', 'cwnd is "full" within this many SENDMEs of inflight (live 4).', CELL_COUNT),
  cc('cwnd-full-min', 0.75, 'cc_cwnd_full_minpct', 'cwnd stops being "full" below this fraction used (live 25 %).', PERCENT),
  cc('cwnd-full-per-cwnd', 1, 'cc_cwnd_full_per_cwnd', 'Reset the "full" flag once per cwnd of acks (1) or on every ack (0).', count({ min: 0, max: 1 })),
  cc('cellq-high', 256, 'cellq_high', 'Circuit queue length that marks the channel blocked.'),
  cc('cellq-low', 10, 'cellq_low', 'Circuit queue length that clears the blocked mark.', CELL_COUNT),
  property('orconn-high', quantity('size', { bounds: { min: 1 } }), 32 * KIB, { summary: 'Outbuf high-water mark.', source: 'tor `orconn_high` (tor-mechanisms.md §3.1, §4).' }),
  property('orconn-low', quantity('size', { bounds: { min: 0 } }), 16 * KIB, { summary: 'Outbuf low-water mark.', source: 'tor `orconn_low`.' }),
  cc('xoff-client', 500, 'cc_xoff_client', 'Edge outbuf (cells of 498 B) above which a client or onion service sends XOFF.'),
  cc('xoff-exit', 500, 'cc_xoff_exit', 'Edge outbuf (cells of 498 B) above which an exit sends XOFF.'),
  cc('xon-rate', 500, 'cc_xon_rate', 'Cells\' worth of drained bytes per drain-rate sample.'),
  cc('xon-change', 0.25, 'cc_xon_change_pct', 'Drain-rate change that triggers an advisory XON.', PERCENT),
  cc('xon-ewma', 2, 'cc_xon_ewma_cnt', 'Drain-rate EWMA length.'),
];

function vegasThresholds(path: 'exit' | 'onion' | 'sbws', values: [number, number, number, number, number]): StatementSpec[] {
  const names = ['alpha', 'beta', 'gamma', 'delta', 'sscap'] as const;
  const meaning = {
    alpha: 'queue use below which cwnd grows',
    beta: 'queue use above which cwnd shrinks',
    gamma: 'queue use that ends slow start',
    delta: 'queue use above which cwnd is cut to BDP + δ',
    sscap: 'cwnd above which slow start grows more slowly',
  };
  return names.map((name, index) =>
    cc(
      `${name}-${path}`,
      values[index]!,
      name === 'sscap' ? `cc_sscap_${path}` : `cc_vegas_${name}_${path}`,
      `${path} circuits: ${meaning[name]}, cells.`,
    ),
  );
}

export const sendmeContext: ContextSpec = {
  id: 'sendme',
  title: 'congestion-control sendme { … }',
  summary: 'Fixed SENDME windows.',
  statements: [
    property('circuit-window', count({ min: 100, max: 1000 }), 1000, { summary: 'Circuit package window, cells.', source: 'or.h CIRCWINDOW_START (1000, min 100, max 1000).' }),
    property('circuit-increment', count({ min: 1 }), 100, { summary: 'Cells acknowledged by one circuit SENDME.', source: 'or.h CIRCWINDOW_INCREMENT.' }),
    property('stream-window', count({ min: 1 }), 500, { summary: 'Stream package window, cells.', source: 'or.h STREAMWINDOW_START.' }),
    property('stream-increment', count({ min: 1 }), 50, { summary: 'Cells acknowledged by one stream SENDME.', source: 'or.h STREAMWINDOW_INCREMENT.' }),
  ],
};

export const vegasContext: ContextSpec = {
  id: 'vegas',
  title: 'congestion-control vegas { … }',
  summary: 'Tor-Vegas parameters; α/β/γ/δ are cell counts per path type (exit 3 hops, onion 6, sbws 2).',
  statements: withProfile([
    ...common,
    ...vegasThresholds('exit', [124, 248, 186, 372, 500]),
    ...vegasThresholds('onion', [186, 434, 310, 558, 600]),
    ...vegasThresholds('sbws', [93, 155, 124, 248, 400]),
  ]),
};

export const westwoodContext: ContextSpec = {
  id: 'westwood',
  title: 'congestion-control westwood { … }',
  summary: 'Tor-Westwood parameters.',
  statements: withProfile([
    ...common,
    cc('rtt-thresh', 0.33, 'cc_westwood_rtt_thresh', 'Position between min and max RTT above which the circuit is congested.', PERCENT),
    cc('cwnd-backoff', 0.75, 'cc_westwood_cwnd_m', 'cwnd multiplier on congestion.', PERCENT),
    property('min-backoff', { kind: 'boolean' }, false, { summary: 'Back off to min(cwnd·m, BDP) instead of max.', source: 'consensus `cc_westwood_min_backoff`.' }),
    cc('rtt-max-backoff', 1, 'cc_westwood_rtt_m', 'How far max-RTT is pulled back towards min-RTT on congestion.', PERCENT),
  ]),
};

export const nolaContext: ContextSpec = {
  id: 'nola',
  title: 'congestion-control nola { … }',
  summary: 'Tor-NOLA parameters.',
  statements: withProfile([...common, cc('overshoot', 100, 'cc_nola_overshoot', 'Cells added to the BDP estimate.', CELL_COUNT)]),
};

