// The KIST paper's findings 1, 2, 3 (time to first byte) and 5 (first half) (Jansen & Traudt 2017,
// §4, Figures 3a, 3e/3f, 4d–4f) on a small network: 9 relays whose 20 Mbit/s host links are the
// bottleneck (as relay hosts are in Shadow), 40 web and 8 bulk clients, the paper's "normal"
// latency-proportional loss, and Shadow's send-buffer sizing (the simulator the paper ran).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fractionAtMost, quantileNs } from '../../../simulator/metrics/log-histogram';
import type { RunMetrics } from '../../../simulator/metrics/run-metrics';
import { simulateConfiguration } from '../../../simulator/run';
import { KIST, NO_LOSS, NORMAL_LOSS, smallNetwork, VANILLA } from './small-network';

const MS = 1e6;
const shape = { web: 40, bulk: 8, duration: 30, warmup: 5, relayAccess: 20e6, relayRate: 40e6, loss: NORMAL_LOSS, sendBuffers: 'shadow' } as const;
const kist = simulateConfiguration(smallNetwork({ ...shape, scheduler: KIST }), 1);
const amap = simulateConfiguration(smallNetwork({ ...shape, scheduler: VANILLA }), 1);
const mean = (h: RunMetrics['kernelQueue']): number => h.sumNs / h.total;
const goodput = (m: RunMetrics): number => m.goodput.bytes.reduce((a, b) => a + b, 0) / m.goodput.bytes.length;

test('finding 1a: kernel queue time is much lower with KIST than with AMAP', () => {
  assert.ok(mean(kist.kernelQueue) < 0.6 * mean(amap.kernelQueue), `mean ${mean(kist.kernelQueue) / MS} ms vs ${mean(amap.kernelQueue) / MS} ms`);
  assert.ok(quantileNs(kist.kernelQueue, 0.9) < 0.6 * quantileNs(amap.kernelQueue, 0.9));
});

test('finding 1b: Tor queue time is near zero for most cells with AMAP and about one run interval with KIST', () => {
  // AMAP writes whatever it can at once: at least 80 % of cells wait less than 1 µs in Tor.
  assert.ok(quantileNs(amap.torQueue, 0.8) <= 1000, `AMAP p80 ${quantileNs(amap.torQueue, 0.8) / MS} ms`);
  // KIST holds cells until its next run: the median is within the 10 ms interval, most cells
  // wait no longer than it, and (unlike AMAP) few cells wait nothing at all.
  assert.ok(quantileNs(kist.torQueue, 0.5) <= 10 * MS * 1.13);
  assert.ok(fractionAtMost(kist.torQueue, 10 * MS * 1.13) > 0.6);
  assert.ok(kist.torQueue.below / kist.torQueue.total < 0.5 * (amap.torQueue.below / amap.torQueue.total));
});

test('finding 2: KIST lowers the kernel queue time by more than it raises the Tor queue time', () => {
  // Here the relays' shared host links are the bottleneck: AMAP's bloated socket buffers delay
  // every circuit's cells in the interface queue, which KIST avoids (docs/validation.md).
  const total = (m: RunMetrics): number => mean(m.kernelQueue) + mean(m.torQueue);
  assert.ok(total(kist) < total(amap), `kernel + Tor mean: KIST ${total(kist) / MS} ms, AMAP ${total(amap) / MS} ms`);
});

test('finding 3 (first byte): web downloads start sooner with KIST under load and loss', () => {
  const ttfb = (m: RunMetrics): number => {
    const s = m.downloads.filter((d) => d.group === 'web' && d.ttfbNs !== null).map((d) => d.ttfbNs!).sort((a, b) => a - b);
    return s[s.length >> 1]!;
  };
  assert.ok(ttfb(kist) < 0.95 * ttfb(amap), `median web TTFB: KIST ${ttfb(kist) / MS} ms, AMAP ${ttfb(amap) / MS} ms`);
});

test('KIST reads TCP_INFO of pending sockets only, once per socket per run; AMAP never runs in batches', () => {
  const pendingTotal = kist.scheduler.pendingSockets.reduce((sum, runs, k) => sum + runs * k, 0);
  assert.ok(kist.scheduler.runs > 1000);
  assert.ok(kist.scheduler.tcpInfoReads > 0 && kist.scheduler.tcpInfoReads <= pendingTotal);
  assert.deepEqual(amap.scheduler, { runs: 0, pendingSockets: [0], tcpInfoReads: 0 });
});

test('both schedulers carry the same offered load (the comparison is like for like)', () => {
  assert.ok(Math.abs(goodput(kist) / goodput(amap) - 1) < 0.15, `goodput ratio ${goodput(kist) / goodput(amap)}`);
});

test('finding 5 (first half): goodput falls when loss appears, with either scheduler', () => {
  // Finding 5's second half (KIST falls less) did not reproduce; see docs/validation.md.
  for (const [scheduler, lossy] of [[KIST, kist], [VANILLA, amap]] as const) {
    const clean = simulateConfiguration(smallNetwork({ ...shape, loss: NO_LOSS, scheduler }), 1);
    assert.ok(goodput(lossy) < 0.9 * goodput(clean), `${scheduler.type}: ${goodput(lossy)} B/s with loss, ${goodput(clean)} B/s without`);
  }
});
