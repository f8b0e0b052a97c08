// The results panel on its own in headless Chromium, from the fixture results.json
// (test/webview/fixtures/): every chart kind renders with a legend entry per variant, the table
// follows the chosen baseline, log toggles, theme switches, exports, and live updates in place.
// Screenshots (light, dark, high contrast, narrow scrolled to the table's end; the table alone in
// light, dark and narrow before scrolling) go to test/webview/artifacts/ (git-ignored) for a
// person to look at.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import type { ResultsFile } from '../../../simulator/results/types';
import { experimentPanels } from '../../../webview/charts/figure';
import { formatChange, formatInterval, formatValue } from '../../../webview/charts/headline';
import type { HostMessage, PanelMessage, ProvisionalVariant } from '../../../webview/protocol';
import { blended } from '../../../webview/panel/colour';
import { GRID_SHARE } from '../../../webview/panel/theme';
import { kernelQueues, resultsOf } from '../charts/support';
import { DARK, HIGH_CONTRAST, LIGHT, PanelHarness, type PanelPage } from './browser-harness';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/panel-results.json', import.meta.url), 'utf8')) as ResultsFile;
const identity = { key: '/runs/panel', title: 'panel fixture', resultsFolder: 'file:///runs/panel' };
const show = (results: ResultsFile, provisional: ProvisionalVariant[] = []): HostMessage => ({ type: 'results', panel: identity, results, provisional });
const artifacts = new URL('../artifacts/', import.meta.url).pathname;
const panelIds = experimentPanels(fixture, fixture.experiments[0]!).map((p) => p.id);

let harness: PanelHarness;
before(async () => {
  harness = await PanelHarness.start();
});
after(async () => {
  await harness?.close();
});

async function shown(theme = LIGHT): Promise<PanelPage> {
  const panel = await harness.open(theme);
  await panel.send(show(fixture));
  await panel.page.waitForSelector(`figure[data-panel="${panelIds.at(-1)}"] canvas[aria-label]`);
  return panel;
}

test('every chart kind renders: a drawn canvas with a legend entry per variant, without CSP violations or errors', async () => {
  const panel = await shown();
  const kinds = ['ttfb:', 'ttlb:', 'goodput-over-time', 'kernel-queue', 'tor-queue', 'circuit-build'];
  for (const kind of kinds) assert.ok(panelIds.some((id) => id.startsWith(kind)), `the fixture has a ${kind} chart`);
  const rendered = await panel.page.$$eval('figure[data-panel]', (figures) => figures.map((f) => f.getAttribute('data-panel')));
  assert.deepEqual(rendered, panelIds);
  for (const id of panelIds) {
    const stats = await panel.canvasStats(id);
    assert.ok(stats.nonBackground > stats.total * 0.02, `${id}: something is drawn (${stats.nonBackground} of ${stats.total} pixels)`);
    const variants = await panel.page.$eval(`figure[data-panel="${id}"] canvas`, (c) => JSON.parse((c as HTMLCanvasElement).dataset['variants']!));
    assert.deepEqual(variants, ['amap', 'kist'], `${id}: legend entries`);
  }
  assert.match(await panel.page.textContent('.run-state') ?? '', /4 runs complete/);
  mkdirSync(artifacts, { recursive: true });
  await panel.page.screenshot({ path: `${artifacts}panel-light.png`, fullPage: true });
  assert.deepEqual(await panel.trouble(), []);
  await panel.page.close();
});

/** The rows of the table group titled `title` (e.g. `Kernel outbound queue time (ms)`), each cell's text by column header. */
async function groupRows(panel: PanelPage, title: string): Promise<Record<string, string>[]> {
  return panel.page.$$eval(
    'table.percentiles tbody',
    (bodies, t) => {
      const headers = [...document.querySelectorAll('table.percentiles thead th')].map((th) => th.textContent!);
      const body = bodies.find((b) => b.querySelector('tr.group')!.textContent === t)!;
      return [...body.querySelectorAll('tr:not(.group)')].map((row) => Object.fromEntries([...row.children].map((cell, i) => [headers[i]!, cell.textContent!])));
    },
    title,
  );
}

const chooseBaseline = (panel: PanelPage, variant: string) => panel.page.selectOption('table.percentiles >> xpath=../.. >> select', variant);

test('the table shows medians and tails with intervals, and changes vs the baseline the user picks', async () => {
  const panel = await shown();
  const headers = await panel.page.$$eval('table.percentiles thead th', (cells) => cells.map((c) => c.textContent));
  assert.deepEqual(headers, ['variant', 'seeds', 'mean', 'Δ mean', 'p50', 'Δ p50', 'p90', 'Δ p90', 'p99', 'Δ p99']);
  const p50 = (variant: string) => fixture.experiments[0]!.variants.find((v) => v.name === variant)!.aggregate!.distributions[0]!.percentiles.p50.mean;
  let [amap, kist] = await groupRows(panel, 'Time to first byte, web clients (ms)');
  assert.equal(amap!['variant'], 'amap (baseline)');
  assert.equal(kist!['Δ p50'], formatChange((p50('kist') - p50('amap')) / p50('amap')));
  assert.match(kist!['p50']!, /^[\d.]+ \[[\d.]+–[\d.]+\]$/, 'a value with its interval');
  await chooseBaseline(panel, 'kist');
  [amap, kist] = await groupRows(panel, 'Time to first byte, web clients (ms)');
  assert.equal(kist!['variant'], 'kist (baseline)');
  assert.equal(amap!['Δ p50'], formatChange((p50('amap') - p50('kist')) / p50('kist')));
  const state = await panel.page.evaluate(() => (window as unknown as { savedState: { baselines: Record<string, string> } }).savedState);
  assert.deepEqual(state.baselines, { cmp: 'kist' }, 'the choice is kept in the webview state');
  await panel.page.close();
});

test('the mean comes first with its interval, and its change is that of the means where the median says the opposite', async () => {
  // As AMAP against KIST in the KIST paper: most AMAP cells wait ≈ 0 in the kernel, two in nine
  // 450 or 540 ms (a mean of 100 or 120 ms per seed); every KIST cell waits 8 or 10 ms.
  const results = resultsOf({ amap: [100, 100], kist: [50, 50] }, { amap: kernelQueues(2, 450, 540), kist: kernelQueues(9, 8, 10) });
  const [amapKernel, kistKernel] = results.experiments[0]!.variants.map((v) => v.aggregate!.distributions.find((d) => d.info.id === 'kernel-queue')!);
  const panel = await harness.open();
  await panel.send(show(results));
  await panel.page.waitForSelector('table.percentiles tbody');
  const kernel = () => groupRows(panel, 'Kernel outbound queue time (ms)');
  let [amap, kist] = await kernel();
  assert.equal(kist!['mean'], `${formatValue(kistKernel!.mean.mean)}${formatInterval(kistKernel!.mean)}`);
  assert.match(kist!['mean']!, /^9 \[\S+–\S+\]$/, 'the stored mean, 9 ms, with its interval');
  assert.equal(amap!['mean'], `${formatValue(amapKernel!.mean.mean)}${formatInterval(amapKernel!.mean)}`);
  assert.equal(kist!['Δ mean'], '−91.8 %', 'the means: 9 vs 110 ms');
  assert.match(kist!['Δ p50']!, /^×\d+$/, 'while the medians read KIST many times worse');
  assert.equal(amap!['Δ mean'], '', 'no change for the baseline itself');
  await chooseBaseline(panel, 'kist');
  [amap, kist] = await kernel();
  assert.equal(amap!['Δ mean'], formatChange(110 / 9 - 1));
  assert.equal(kist!['Δ mean'], '');
  mkdirSync(artifacts, { recursive: true });
  for (const [name, theme] of [['light', LIGHT], ['dark', DARK]] as const) {
    await panel.setTheme(theme);
    await panel.page.locator('.table-block').screenshot({ path: `${artifacts}table-${name}.png` });
  }
  assert.deepEqual(await panel.trouble(), []);
  await panel.page.close();
});

test('in a narrow panel the percentile table scrolls sideways in its own box; the page does not', async () => {
  const panel = await shown();
  await panel.page.setViewportSize({ width: 520, height: 900 });
  mkdirSync(artifacts, { recursive: true });
  await panel.page.locator('.table-block').screenshot({ path: `${artifacts}table-narrow.png` });
  const box = await panel.page.$eval('.table-scroll', (scroll) => ({
    overflowX: getComputedStyle(scroll).overflowX,
    clientWidth: scroll.clientWidth,
    scrollWidth: scroll.scrollWidth,
    right: scroll.getBoundingClientRect().right,
    scrolled: ((scroll.scrollLeft = scroll.scrollWidth), scroll.scrollLeft),
    left: scroll.getBoundingClientRect().left,
    variantLeft: scroll.querySelector('th[scope="row"]')!.getBoundingClientRect().left,
    groupTitleLeft: scroll.querySelector('tr.group span')!.getBoundingClientRect().left,
    page: document.scrollingElement!.scrollWidth,
    viewport: window.innerWidth,
  }));
  assert.equal(box.overflowX, 'auto');
  assert.ok(box.scrollWidth > box.clientWidth, `the table (${box.scrollWidth} px) is wider than its box (${box.clientWidth} px)`);
  assert.ok(box.right <= box.viewport, `the box ends inside the panel (${box.right} of ${box.viewport} px)`);
  assert.equal(box.scrolled, box.scrollWidth - box.clientWidth, 'it scrolls to its last column');
  assert.ok(box.page <= box.viewport, `the page itself is not wider than the panel (${box.page} px)`);
  assert.equal(box.variantLeft, box.left, 'scrolled to its end, the variant names stay at the left edge');
  assert.ok(box.groupTitleLeft >= box.left && box.groupTitleLeft < box.left + 20, `and so do the group titles (${box.groupTitleLeft} px, the box at ${box.left} px)`);
  await panel.page.screenshot({ path: `${artifacts}panel-narrow.png`, fullPage: true });
  await panel.page.close();
});

test('the log toggle switches the axis; values of 0 on a log axis are drawn at its minimum and noted', async () => {
  const panel = await shown();
  const button = panel.page.locator('figure[data-panel="tor-queue"] button.axis');
  const label = () => panel.page.getAttribute('figure[data-panel="tor-queue"] canvas', 'aria-label');
  assert.equal(await button.textContent(), 'x: log');
  assert.match((await label())!, /Values of 0 \(the minimum of a variant\) drawn at the axis minimum, 1e-6 ms\. bands need ≥ 3 seeds$/, 'the label reads every subtitle line');
  const before = await panel.canvasStats('tor-queue');
  await button.click();
  assert.equal(await button.textContent(), 'x: linear');
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  assert.doesNotMatch((await label())!, /Values of 0/);
  assert.notEqual((await panel.canvasStats('tor-queue')).dataUrl, before.dataUrl);
  await button.click();
  assert.equal(await button.textContent(), 'x: log');
  const goodput = panel.page.locator('figure[data-panel="goodput-over-time"] button.axis');
  assert.equal(await goodput.textContent(), 'y: linear');
  await goodput.click();
  assert.equal(await goodput.textContent(), 'y: log');
  assert.deepEqual(await panel.trouble(), []);
  await panel.page.close();
});

test('a theme switch re-colours the charts: background, the variants in the theme’s chart colours, high-contrast grid', async () => {
  const panel = await shown(LIGHT);
  const blues = [LIGHT.variables['--vscode-charts-blue'], DARK.variables['--vscode-charts-blue']];
  const light = await panel.canvasStats('ttlb:web', blues);
  assert.deepEqual(light.corner, [255, 255, 255, 255]);
  const lightGrid = await panel.canvasStats('ttlb:web', [blended('#3b3b3b', '#ffffff', GRID_SHARE.light)]);
  assert.ok(lightGrid.near[0]! > 100, `light grid lines, not the half-transparent charts.lines (${lightGrid.near})`);
  assert.ok(light.near[0]! > 100 && light.near[0]! > 10 * light.near[1]!, `light theme's blue drawn (${light.near})`);
  await panel.setTheme(DARK);
  await panel.page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('figure[data-panel="ttlb:web"] canvas')!.getContext('2d')!.getImageData(0, 0, 1, 1).data[0] === 0x1f);
  const dark = await panel.canvasStats('ttlb:web', blues);
  assert.deepEqual(dark.corner, [0x1f, 0x1f, 0x1f, 255]);
  assert.ok(dark.near[1]! > 100 && dark.near[1]! > 10 * dark.near[0]!, `dark theme's blue drawn (${dark.near})`);
  await panel.page.screenshot({ path: `${artifacts}panel-dark.png`, fullPage: true });
  await panel.setTheme(HIGH_CONTRAST);
  await panel.page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('figure[data-panel="ttlb:web"] canvas')!.getContext('2d')!.getImageData(0, 0, 1, 1).data[0] === 0);
  const contrastGrid = await panel.canvasStats('ttlb:web', [blended(HIGH_CONTRAST.variables['--vscode-contrastBorder'], '#000000', GRID_SHARE['high-contrast'])]);
  assert.ok(contrastGrid.near[0]! > 100, `high contrast: grid in a mix of the contrast border colour (${contrastGrid.near})`);
  await panel.page.screenshot({ path: `${artifacts}panel-high-contrast.png`, fullPage: true });
  assert.deepEqual(await panel.trouble(), []);
  await panel.page.close();
});

test('export: PNG with a solid theme background on request, CSV of the data from the chart’s button', async () => {
  const panel = await shown(DARK);
  await panel.page.focus('figure[data-panel="kernel-queue"]');
  const canvasWidth = () => panel.page.$eval('figure[data-panel="kernel-queue"] canvas', (c) => (c as HTMLCanvasElement).width);
  const widthOnScreen = await canvasWidth();
  await panel.send({ type: 'export-request', requestId: 7, kind: 'png' });
  const png = (await panel.waitForPosted('(m) => m.type === "export" && m.requestId === 7')) as Extract<PanelMessage, { type: 'export' }>;
  assert.equal(png.kind, 'png');
  assert.equal(png.fileName, 'cmp-kernel-queue.png', 'the focused chart');
  assert.match(png.data, /^data:image\/png;base64,/);
  const pixel = await panel.page.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const shown = document.querySelector('figure[data-panel="kernel-queue"] canvas')!.getBoundingClientRect();
    return { corners: [...ctx.getImageData(0, 0, 1, 1).data, ...ctx.getImageData(image.width - 1, image.height - 1, 1, 1).data], scale: image.width / shown.width };
  }, png.data);
  assert.deepEqual(pixel.corners, [0x1f, 0x1f, 0x1f, 255, 0x1f, 0x1f, 0x1f, 255], 'opaque theme background in the corners');
  assert.ok(pixel.scale >= 2, `print quality: ${pixel.scale}× the size on screen`);
  assert.equal(await canvasWidth(), widthOnScreen, 'the chart on screen is back at its own resolution');

  await panel.page.click('figure[data-panel="tor-queue"] button:has-text("CSV")');
  const csv = (await panel.waitForPosted('(m) => m.type === "export" && m.kind === "csv"')) as Extract<PanelMessage, { type: 'export' }>;
  assert.equal(csv.requestId, null);
  assert.equal(csv.fileName, 'cmp-tor-queue.csv');
  const lines = csv.data.trimEnd().split('\r\n');
  assert.equal(lines[0], 'variant,series,cumulative_fraction,value_mean_ms,value_low_ms,value_high_ms');
  assert.equal(lines.length, 1 + 2 * fixture.statistics.cdfProbabilities.length);
  assert.match(lines[1]!, /^amap,tor-queue,0,0,/, 'exact values: the zero a log axis cannot draw');
  await panel.page.close();
});

test('a live partial update changes the data in place (same canvas), marks partial variants and shows running and failed runs', async () => {
  const panel = await shown();
  await panel.page.$eval('figure[data-panel="ttlb:web"] canvas', (c) => c.setAttribute('data-marker', 'first'));
  const before = await panel.canvasStats('ttlb:web');
  const experiment = fixture.experiments[0]!;
  const [amap, kist] = experiment.variants;
  const slower = {
    ...kist!,
    runs: [{ ...kist!.runs[0]! }, { ...kist!.runs[1]!, status: 'failed' as const, error: 'Error: worker crashed\n    at simulate', summary: null }],
    aggregate: {
      ...kist!.aggregate!,
      distributions: kist!.aggregate!.distributions.map((d) => (d.info.id === 'ttlb:web' ? { ...d, cdf: { ...d.cdf, mean: d.cdf.mean.map((x) => x * 3) } } : d)),
    },
  };
  const running = { ...amap!, runs: [amap!.runs[0]!, { ...amap!.runs[1]!, status: 'running' as never }] };
  const partial: ResultsFile = { ...fixture, complete: false, experiments: [{ ...experiment, variants: [running, slower] }] };
  // kist has no finished run: the host sent an aggregate of its partial runs and says so
  await panel.send(show(partial, [{ experiment: 'cmp', variant: 'kist', simulatedSeconds: 12.5 }]));
  await panel.page.waitForSelector('.run-state.running');
  const legend = await panel.page.$eval('figure[data-panel="ttlb:web"] canvas', (c) => JSON.parse((c as HTMLCanvasElement).dataset['variants']!));
  assert.deepEqual(legend, ['amap', 'kist (partial: 12.5 s)']);
  const tableRows = await panel.page.$$eval('table.percentiles tbody:first-of-type th[scope="row"]', (cells) => cells.map((c) => c.textContent));
  assert.deepEqual(tableRows, ['amap (baseline)', 'kist (partial: 12.5 s)']);
  assert.equal(await panel.page.getAttribute('figure[data-panel="ttlb:web"] canvas', 'data-marker'), 'first', 'the canvas was kept');
  assert.notEqual((await panel.canvasStats('ttlb:web')).dataUrl, before.dataUrl, 'the chart shows the new data');
  assert.match((await panel.page.textContent('.run-state'))!, /Running — 2 of 4 runs finished · 1 running · 1 failed/);
  const runs = await panel.page.$$eval('.runs li', (items) => items.map((i) => i.textContent));
  assert.deepEqual(runs, ['cmp/amap seed 2: running', 'cmp/kist seed 2: failedError: worker crashed\n    at simulate']);
  assert.deepEqual(await panel.trouble(), []);
  await panel.page.close();
});

test('an export request before any results is answered with the reason, and a problem message replaces the page', async () => {
  const panel = await harness.open();
  await panel.send({ type: 'export-request', requestId: 3, kind: 'png' });
  assert.deepEqual(await panel.waitForPosted('(m) => m.requestId === 3'), { type: 'export-failed', requestId: 3, message: 'the panel shows no chart yet' });
  await panel.send({ type: 'problem', message: 'Cannot read the results in file:///gone' });
  assert.equal(await panel.page.textContent('[role="alert"]'), 'Cannot read the results in file:///gone');
  assert.deepEqual(await panel.trouble(), []);
  await panel.page.close();
});
