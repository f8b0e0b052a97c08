import { test } from 'node:test';
import assert from 'node:assert/strict';
import { experimentLensText, formatValue, LISTED_VARIANTS, variantLensText, variantsSummaryText } from '../../../extension/inline/lens-text';
import { resultsOf, type QueueSamples } from '../../webview/charts/support';

test('a variant lens shows its TTLB median and mean kernel queue time, each named by its statistic, and the change against the baseline', () => {
  // web TTLB samples per seed are {ms, 2 ms}: kist's medians are 60 and 70 ms vs amap's 100 and 120 ms
  const results = resultsOf({ amap: [1000, 1200], kist: [600, 700] });
  const kist = variantLensText(results, 'cmp', 'kist')!;
  const amap = variantLensText(results, 'cmp', 'amap')!;
  assert.match(kist, /^p50 TTLB web \d+ ms −\d+\.\d % · mean kernel queue \S+ ms \+0\.0 %$/);
  assert.match(amap, /^p50 TTLB web \d\.\d s · mean kernel queue \S+ ms$/, 'the baseline is not compared with itself; over a second in seconds');
  const change = Number(/−([\d.]+) %/.exec(kist)![1]);
  const table = results.experiments[0]!.variants.map((v) => v.aggregate!.distributions.find((d) => d.info.id === 'ttlb:web')!.percentiles.p50.mean);
  assert.equal(change, Number(((1 - table[1]! / table[0]!) * 100).toFixed(1)));
});

/** One seed: `waiting` of 9 cells wait `ms` each in the kernel, the others ≈ 0 (below a microsecond). */
const kernelQueue = (waiting: number, ms: number): QueueSamples[] => [{ kernelQueueNs: Array.from({ length: 9 }, (_, i) => (i < waiting ? ms * 1e6 : 100)), torQueueNs: [5e6] }];

test('the lens reads the mean kernel queue time where the median points the other way, and the hover names the baseline', () => {
  // As AMAP against KIST: two in nine AMAP cells wait 450 ms (the median cell ≈ 0, the mean 100 ms), every KIST cell 8 ms
  const results = resultsOf({ amap: [100], kist: [50] }, { amap: kernelQueue(2, 450), kist: kernelQueue(9, 8) });
  assert.equal(variantLensText(results, 'cmp', 'kist'), 'p50 TTLB web 75 ms −50.0 % · mean kernel queue 8 ms −92.0 %');
  assert.equal(variantLensText(results, 'cmp', 'amap'), 'p50 TTLB web 150 ms · mean kernel queue 100 ms');
  assert.equal(variantLensText(results, 'cmp', 'kist', { nameBaseline: true }), 'p50 TTLB web 75 ms −50.0 % · mean kernel queue 8 ms −92.0 % vs amap');
  assert.equal(variantLensText(results, 'cmp', 'amap', { nameBaseline: true }), 'p50 TTLB web 150 ms · mean kernel queue 100 ms', 'the baseline is compared with nothing');
});

test('a big change reads as a ratio and the lens stays short enough to sit on its line', () => {
  // kist is 64 times slower: a percentage (+6300 %) would read badly and widen the lens
  const kist = variantLensText(resultsOf({ amap: [10, 10], kist: [640, 640] }), 'cmp', 'kist')!;
  assert.match(kist, /^p50 TTLB web 960 ms ×64 · mean kernel queue \S+ ms \+0\.0 %$/);
  // VS Code moves a lens wider than the room right of its indentation to the left: in a
  // half-width editor a 66-character one (with `▶ Run variant | ` before it) was. The widest
  // usual one: seconds, both changes in percent, a queue time in tens of ms.
  const wide = variantLensText(resultsOf({ amap: [1670], kist: [1430] }, { amap: kernelQueue(2, 828), kist: kernelQueue(9, 33) }), 'cmp', 'kist')!;
  assert.equal(wide, 'p50 TTLB web 2.1 s −14.4 % · mean kernel queue 33 ms −82.1 %');
  for (const text of [kist, wide]) assert.ok(text.length <= 60, `${text.length} characters: ${text}`);
});

test('a variant without finished runs says so; an unknown variant has no lens', () => {
  const results = resultsOf({ amap: [100] });
  const withoutRuns = { ...results, experiments: [{ ...results.experiments[0]!, variants: [{ ...results.experiments[0]!.variants[0]!, aggregate: null }] }] };
  assert.equal(variantLensText(withoutRuns, 'cmp', 'amap'), 'amap: no finished runs');
  assert.equal(variantLensText(results, 'cmp', 'nope'), undefined);
  assert.equal(variantLensText(results, 'other', 'amap'), undefined);
});

test('an experiment lens counts variants and seeds and says whether the run is complete', () => {
  assert.equal(experimentLensText(resultsOf({ amap: [100, 120], kist: [60, 70] }), 'cmp'), 'results: 2 variants × 2 seeds · complete · changes vs amap');
  assert.equal(experimentLensText(resultsOf({ kist: [60, 70] }), 'cmp'), 'results: 1 variant × 2 seeds · complete', 'the baseline was not run: nothing is compared');
  assert.equal(experimentLensText(resultsOf({ amap: [60, 70] }), 'cmp'), 'results: 1 variant × 2 seeds · complete', 'the baseline alone: nothing is compared');
  const results = resultsOf({ amap: [100, 120] });
  const variant = results.experiments[0]!.variants[0]!;
  const partial = { ...results, experiments: [{ ...results.experiments[0]!, variants: [{ ...variant, runs: [variant.runs[0]!, { ...variant.runs[1]!, status: 'cancelled' as const, summary: null }] }] }] };
  assert.equal(experimentLensText(partial, 'cmp'), 'results: 1 variant × 2 seeds · partial (1 not finished)');
});

test('values: milliseconds from one second up read as seconds, two significant digits', () => {
  const cell = (mean: number, unit: string) => ({ estimate: { n: 1, mean, median: mean, low: null, high: null }, unit, change: null });
  assert.deepEqual([formatValue(cell(2149, 'ms')), formatValue(cell(0.4321, 'ms')), formatValue(cell(3.14159, 'MiB/s'))], ['2.1 s', '0.43 ms', '3.1 MiB/s']);
});

test('sweep variants, which have no line of their own, are listed with their latency in one lens above the experiment', () => {
  const results = resultsOf({ amap: [1000, 1200], kist: [600, 700] });
  const text = variantsSummaryText(results, 'cmp', ['amap', 'kist'])!;
  assert.match(text, /^TTLB web p50: amap \d\.\d s · kist \d+ ms −\d+\.\d %$/);
  assert.equal(variantsSummaryText(results, 'cmp', []), undefined, 'nothing when every variant has its own lens');
});

test('beyond the listed variants the rest is counted', () => {
  const results = resultsOf({ amap: [100], kist: [60] });
  const names = Array.from({ length: LISTED_VARIANTS + 2 }, (_, i) => (i % 2 === 0 ? 'amap' : 'kist'));
  const experiment = results.experiments[0]!;
  const many = { ...results, experiments: [{ ...experiment, variants: names.map((name, i) => ({ ...experiment.variants.find((v) => v.name === name)!, name: `${name}${i}` })) }] };
  const text = variantsSummaryText(many, 'cmp', many.experiments[0]!.variants.map((v) => v.name))!;
  assert.equal(text.split(' · ').length, LISTED_VARIANTS + 1);
  assert.ok(text.endsWith(' · +2 more'), text);
});
