// Hand-made inputs for the results tests: the tiny scenario resolved by the real language, and
// RunMetrics built from explicit samples so expected statistics can be computed independently.

import type { Scenario } from '../../../grammar';
import type { DownloadRecord, LogHistogram, RunMetrics } from '../../../simulator/metrics/run-metrics';
import { resolveScenario, tinyScenarioText } from '../../support/tiny-scenario';

export const TINY_SCENARIO = tinyScenarioText({
  name: 'tiny',
  duration: '20 s',
  warmup: '5 s',
  seeds: 2,
  clients: `clients web x 3 { fetch 320 KiB; think 1 s; location here }
clients perf x 1 { fetch choice(50 KiB, 1 MiB); every 5 s; location here }
`,
});

export function tinyScenario(): Scenario {
  return resolveScenario('/w/tiny.tornet', TINY_SCENARIO);
}

const MS = 1e6;

export function download(group: string, sizeBytes: number, ttfbMs: number | null, ttlbMs: number | null): DownloadRecord {
  return {
    group,
    client: 0,
    traffic: group === 'perf' ? 'perf' : 'web',
    sizeBytes,
    startNs: 6e9,
    ttfbNs: ttfbMs === null ? null : ttfbMs * MS,
    ttlbNs: ttlbMs === null ? null : ttlbMs * MS,
    outcome: ttlbMs === null ? 'failed' : 'ok',
    error: ttlbMs === null ? 'stream closed' : null,
    circuit: 1,
  };
}

export function emptyHistogram(): LogHistogram {
  return { minNs: 1000, binsPerDecade: 10, counts: new Array(80).fill(0), below: 0, total: 0, sumNs: 0, maxNs: 0 };
}

/** A histogram holding one unit of weight at each given value (ns). */
export function histogramOf(valuesNs: number[]): LogHistogram {
  const h = emptyHistogram();
  const counts = [...h.counts];
  let below = 0;
  for (const v of valuesNs) {
    if (v < h.minNs) below++;
    else counts[Math.min(counts.length - 1, Math.floor(Math.log10(v / h.minNs) * h.binsPerDecade))]! += 1;
  }
  return { ...h, counts, below, total: valuesNs.length, sumNs: valuesNs.reduce((a, b) => a + b, 0), maxNs: Math.max(0, ...valuesNs) };
}

export interface MetricsParts {
  seed?: number;
  downloads?: DownloadRecord[];
  downloadsUnfinished?: number;
  goodputBytes?: number[];
  kernelQueueNs?: number[];
  torQueueNs?: number[];
  buildMs?: (number | null)[];
  errors?: Record<string, number>;
  kist?: { runs: number; pendingSockets: number[]; tcpInfoReads: number };
}

export function runMetrics(parts: MetricsParts = {}): RunMetrics {
  return {
    version: 2,
    seed: parts.seed ?? 1,
    simulatedNs: 20e9,
    warmupNs: 5e9,
    cancelled: false,
    events: 1234,
    downloads: parts.downloads ?? [],
    downloadsUnfinished: parts.downloadsUnfinished ?? 0,
    circuitBuilds: (parts.buildMs ?? []).map((ms, i) => ({
      group: 'web',
      client: 0,
      circuit: i,
      startNs: 6e9,
      buildNs: ms === null ? null : ms * MS,
      error: ms === null ? 'timeout' : null,
    })),
    errors: parts.errors ?? {},
    goodput: { startNs: 5e9, bucketNs: 1e9, bytes: parts.goodputBytes ?? [] },
    kernelQueue: histogramOf(parts.kernelQueueNs ?? []),
    torQueue: histogramOf(parts.torQueueNs ?? []),
    scheduler: parts.kist ?? { runs: 0, pendingSockets: [], tcpInfoReads: 0 },
  };
}
