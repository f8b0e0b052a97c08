// Turns kist-sweep.ts output into the tables and CDF charts (SVG) of docs/validation.md.
//   node --import tsx test/simulator/tor/kist-report.ts SWEEP_DIR DOCS_IMAGE_DIR > tables.md

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binLowerNs, fractionAtMost, quantileNs } from '../../../simulator/metrics/log-histogram';
import type { LogHistogram, RunMetrics } from '../../../simulator/metrics/run-metrics';

const [dir, images] = process.argv.slice(2);
mkdirSync(images!, { recursive: true });
const runs = new Map<string, RunMetrics[]>();
for (const f of readdirSync(dir!).filter((n) => n.endsWith('.json')).sort()) {
  const { variant, metrics } = JSON.parse(readFileSync(join(dir!, f), 'utf8')) as { variant: string; metrics: RunMetrics };
  runs.set(variant, [...(runs.get(variant) ?? []), metrics]);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const okTimes = (m: RunMetrics, group: string, field: 'ttfbNs' | 'ttlbNs'): number[] =>
  m.downloads.filter((d) => d.group === group && d.outcome === 'ok').map((d) => d[field]!);
const mean = (h: LogHistogram): number => h.sumNs / h.total;
const goodput = (m: RunMetrics): number => m.goodput.bytes.reduce((a, b) => a + b, 0) / m.goodput.bytes.length;

/** Median over seeds of a per-seed statistic, with the range over seeds. */
function stat(ms: RunMetrics[], f: (m: RunMetrics) => number, scale: number, digits = 0): string {
  const xs = ms.map(f).map((x) => x / scale);
  return `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
}

const MS = 1e6;
console.log('| variant | seeds | web TTFB ms | web TTLB ms | web TTLB p90 ms | bulk TTLB s | goodput MB/s | kernel queue mean ms | kernel p50 ms | kernel p90 ms | Tor queue mean ms | Tor p50 ms | Tor p90 ms | Tor ≤ 10 ms | kernel + Tor mean ms | failed/timed out |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [variant, ms] of [...runs].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const failures = ms.reduce((n, m) => n + m.downloads.filter((d) => d.outcome !== 'ok').length, 0);
  console.log(`| ${variant} | ${ms.length} | ${stat(ms, (m) => median(okTimes(m, 'web', 'ttfbNs')), MS)} | ${stat(ms, (m) => median(okTimes(m, 'web', 'ttlbNs')), MS)} | ${stat(ms, (m) => quantile(okTimes(m, 'web', 'ttlbNs'), 0.9), MS)} | ${stat(ms, (m) => median(okTimes(m, 'bulk', 'ttlbNs')), 1e9, 1)} | ${stat(ms, goodput, 1e6, 2)} | ${stat(ms, (m) => mean(m.kernelQueue), MS, 1)} | ${stat(ms, (m) => quantileNs(m.kernelQueue, 0.5), MS, 0)} | ${stat(ms, (m) => quantileNs(m.kernelQueue, 0.9), MS, 0)} | ${stat(ms, (m) => mean(m.torQueue), MS, 1)} | ${stat(ms, (m) => quantileNs(m.torQueue, 0.5), MS, 1)} | ${stat(ms, (m) => quantileNs(m.torQueue, 0.9), MS, 0)} | ${stat(ms, (m) => fractionAtMost(m.torQueue, 10.1 * MS), 0.01, 0)} % | ${stat(ms, (m) => mean(m.kernelQueue) + mean(m.torQueue), MS, 1)} | ${failures} |`);
}

// ---- KIST against AMAP, condition by condition (the paper's findings) ---------------------
// Per seed, KIST's statistic relative to AMAP's of the same seed (common random numbers); the
// median over seeds with the number of seeds in which KIST is lower.

/** Median over seeds of KIST/AMAP − 1 (in %), and in how many seeds KIST was lower. */
function relative(kist: RunMetrics[], amap: RunMetrics[], f: (m: RunMetrics) => number): string {
  const pairs = kist
    .filter((k) => amap.some((a) => a.seed === k.seed))
    .map((k) => [f(k), f(amap.find((a) => a.seed === k.seed)!)] as const)
    .filter(([k, a]) => Number.isFinite(k) && Number.isFinite(a));
  if (pairs.length === 0) return '–';
  const changes = pairs.map(([k, a]) => (k / a - 1) * 100);
  const lower = pairs.filter(([k, a]) => k < a).length;
  return `${median(changes) >= 0 ? '+' : ''}${median(changes).toFixed(0)} % (${lower}/${pairs.length})`;
}
/** Finding 2 at quantile q: how much KIST lowers the kernel queue time minus how much it raises the Tor queue time (ms), median over seeds, and in how many seeds it is positive. */
function netReduction(kist: RunMetrics[], amap: RunMetrics[], at: (h: LogHistogram) => number): string {
  const nets = kist.filter((k) => amap.some((a) => a.seed === k.seed)).map((k) => {
    const a = amap.find((x) => x.seed === k.seed)!;
    return (at(a.kernelQueue) - at(k.kernelQueue) - (at(k.torQueue) - at(a.torQueue))) / MS;
  });
  return `${median(nets).toFixed(0)} (${nets.filter((n) => n > 0).length}/${nets.length})`;
}
console.log('');
console.log('| condition (load-loss) | web TTFB | web TTLB median | web TTLB p90 | bulk (5 MiB) TTLB | goodput | kernel − Tor change at p50 ms | at p80 ms | at p90 ms | of the means ms |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const condition of ['low-normal', 'normal-normal', 'high-normal', 'normal-none', 'normal-high']) {
  const kist = runs.get(`kist-${condition}`);
  const amap = runs.get(`amap-${condition}`);
  if (!kist || !amap) continue;
  const at = (q: number) => (h: LogHistogram): number => quantileNs(h, q);
  console.log(`| ${condition} | ${relative(kist, amap, (m) => median(okTimes(m, 'web', 'ttfbNs')))} | ${relative(kist, amap, (m) => median(okTimes(m, 'web', 'ttlbNs')))} | ${relative(kist, amap, (m) => quantile(okTimes(m, 'web', 'ttlbNs'), 0.9))} | ${relative(kist, amap, (m) => median(okTimes(m, 'bulk', 'ttlbNs')))} | ${relative(kist, amap, goodput)} | ${netReduction(kist, amap, at(0.5))} | ${netReduction(kist, amap, at(0.8))} | ${netReduction(kist, amap, at(0.9))} | ${netReduction(kist, amap, mean)} |`);
}

// ---- charts: CDFs pooled over seeds, log time axis ------------------------------------

type Series = { label: string; colour: string; dash: boolean; points: [number, number][] };

function histogramCdf(ms: RunMetrics[], pick: (m: RunMetrics) => LogHistogram): [number, number][] {
  const h0 = pick(ms[0]!);
  const counts = h0.counts.map((_, i) => ms.reduce((s, m) => s + pick(m).counts[i]!, 0));
  const below = ms.reduce((s, m) => s + pick(m).below, 0);
  const total = ms.reduce((s, m) => s + pick(m).total, 0);
  const points: [number, number][] = [[h0.minNs, below / total]];
  let acc = below;
  counts.forEach((c, i) => {
    acc += c;
    points.push([binLowerNs(h0, i + 1), acc / total]);
  });
  return points;
}

function sampleCdf(xs: number[]): [number, number][] {
  const s = [...xs].sort((a, b) => a - b);
  return s.map((x, i) => [x, (i + 1) / s.length]);
}

function svg(title: string, xLabel: string, series: Series[], xMin: number, xMax: number): string {
  const W = 520, H = 320, L = 55, R = 130, T = 30, B = 45;
  const x = (v: number): number => L + ((Math.log10(Math.max(v, xMin)) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * (W - L - R);
  const y = (p: number): number => H - B - p * (H - T - B);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11"><rect width="100%" height="100%" fill="white"/>`, `<text x="${L}" y="18" font-size="13">${title}</text>`];
  for (let d = Math.ceil(Math.log10(xMin)); d <= Math.log10(xMax); d++) {
    const v = 10 ** d;
    parts.push(`<line x1="${x(v)}" y1="${T}" x2="${x(v)}" y2="${H - B}" stroke="#ddd"/><text x="${x(v)}" y="${H - B + 14}" text-anchor="middle">${v >= 1 ? v : v.toPrecision(1)}</text>`);
  }
  for (const p of [0, 0.25, 0.5, 0.75, 1]) parts.push(`<line x1="${L}" y1="${y(p)}" x2="${W - R}" y2="${y(p)}" stroke="#ddd"/><text x="${L - 6}" y="${y(p) + 4}" text-anchor="end">${p}</text>`);
  parts.push(`<text x="${(L + W - R) / 2}" y="${H - 8}" text-anchor="middle">${xLabel}</text><text x="14" y="${(T + H - B) / 2}" transform="rotate(-90 14 ${(T + H - B) / 2})" text-anchor="middle">CDF</text>`);
  series.forEach((s, i) => {
    const pts = s.points.filter(([v]) => v <= xMax).map(([v, p]) => `${x(v).toFixed(1)},${y(p).toFixed(1)}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${s.colour}" stroke-width="1.6" ${s.dash ? 'stroke-dasharray="5,3"' : ''} points="${pts}"/>`);
    parts.push(`<line x1="${W - R + 10}" y1="${T + 10 + i * 16}" x2="${W - R + 34}" y2="${T + 10 + i * 16}" stroke="${s.colour}" stroke-width="1.6" ${s.dash ? 'stroke-dasharray="5,3"' : ''}/><text x="${W - R + 38}" y="${T + 14 + i * 16}">${s.label}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

const colours: Record<string, string> = { low: '#1f77b4', none: '#1f77b4', normal: '#2ca02c', high: '#d62728' };
function figure(file: string, title: string, xLabel: string, fixed: 'load' | 'loss', metric: (ms: RunMetrics[]) => [number, number][], xMin: number, xMax: number): void {
  const series: Series[] = [];
  for (const scheduler of ['amap', 'kist']) {
    for (const level of fixed === 'loss' ? ['low', 'normal', 'high'] : ['none', 'normal', 'high']) {
      const name = fixed === 'loss' ? `${scheduler}-${level}-normal` : `${scheduler}-normal-${level}`;
      const ms = runs.get(name);
      if (ms) series.push({ label: `${scheduler} ${level}`, colour: colours[level]!, dash: scheduler === 'kist', points: metric(ms) });
    }
  }
  writeFileSync(join(images!, file), svg(title, xLabel, series, xMin, xMax));
}
const toSeconds = (pts: [number, number][]): [number, number][] => pts.map(([v, p]) => [v / 1e9, p]);
for (const [fixed, tag, what] of [['loss', 'load', 'load (normal loss)'], ['load', 'loss', 'loss (normal load)']] as const) {
  figure(`kist-${tag}-kernel-queue.svg`, `Kernel queue time by ${what}`, 'seconds', fixed, (ms) => toSeconds(histogramCdf(ms, (m) => m.kernelQueue)), 1e-5, 10);
  figure(`kist-${tag}-tor-queue.svg`, `Tor queue time by ${what}`, 'seconds', fixed, (ms) => toSeconds(histogramCdf(ms, (m) => m.torQueue)), 1e-5, 10);
  figure(`kist-${tag}-bulk-ttlb.svg`, `Bulk (5 MiB) time to last byte by ${what}`, 'seconds', fixed, (ms) => toSeconds(sampleCdf(ms.flatMap((m) => okTimes(m, 'bulk', 'ttlbNs')))), 1, 1000);
  figure(`kist-${tag}-web-ttlb.svg`, `Web (320 KiB) time to last byte by ${what}`, 'seconds', fixed, (ms) => toSeconds(sampleCdf(ms.flatMap((m) => okTimes(m, 'web', 'ttlbNs')))), 0.1, 100);
}
