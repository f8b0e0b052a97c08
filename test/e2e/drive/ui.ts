// Mode 2: the packaged extension (.vsix installed into code-server) used as a person would: open
// the scenario from the explorer, click ▶ Run Scenario in the editor title, wait for the results
// panel to draw its charts, read the code lenses' headline numbers, hover a variant for its CDF
// chart and the link to the panel, then reload the window and see the panel come back drawn (the
// webview serializer). Screenshots go to ARTIFACTS; UI_REPORT gets {passed, failed, outcomes}
// like the in-host suite's report.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { launchBrowser, log, requireEnv, workbenchUrl } from './browser';

const SCENARIO = 'tiny.tornet';
const artifacts = requireEnv('ARTIFACTS');
const outcomes: { title: string; state: 'passed' | 'failed'; error?: string }[] = [];

/** One check of the walk-through; after the first failure the rest cannot pass and count as failed. */
async function check(page: Page, title: string, body: () => Promise<void>): Promise<void> {
  if (outcomes.some((o) => o.state === 'failed')) {
    outcomes.push({ title, state: 'failed', error: 'not reached: an earlier step failed' });
    return;
  }
  try {
    await body();
    outcomes.push({ title, state: 'passed' });
    log('✔', title);
  } catch (error) {
    outcomes.push({ title, state: 'failed', error: String(error instanceof Error ? error.stack : error) });
    log('✘', title, error);
    await page.screenshot({ path: join(artifacts, `failure-${outcomes.length}.png`) }).catch(() => undefined);
  }
}

/** Toasts would cover the screenshots. */
async function clearNotifications(page: Page): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill('>Notifications: Clear All Notifications');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Clear All Notifications' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  // The palette fades out: a screenshot taken meanwhile shows its ghost over the editor.
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  await page.locator('.notification-toast').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

/** Every chart of the results panel is drawn with data: its series are in colour, while
 *  background, grid, axes and text are grey. */
async function expectChartsDrawn(panel: FrameLocator): Promise<void> {
  const charts = panel.locator('figure[data-panel] canvas');
  const drawn = await charts.evaluateAll((canvases) =>
    canvases.map((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let coloured = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 80) coloured++;
      }
      return { width: c.width, height: c.height, coloured };
    }),
  );
  log('charts:', JSON.stringify(drawn));
  if (drawn.length === 0 || drawn.some((chart) => chart.coloured < 50)) throw new Error(`a chart shows no data: ${JSON.stringify(drawn)}`);
}

/** Runs a command from the palette by its title. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

const { context, page } = await launchBrowser(requireEnv('PW_PROFILE'));
try {
  const panel = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const editor = page.locator('.editor-group-container').filter({ has: page.locator('.monaco-editor') }).first();

  await check(page, 'the workbench opens the fixture workspace', async () => {
    await page.goto(workbenchUrl(requireEnv('CS_URL'), requireEnv('WORKSPACE')), { waitUntil: 'domcontentloaded' });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SCENARIO }).first().waitFor({ timeout: 90_000 });
  });

  await check(page, 'opening a .tornet file shows ▶ Run Scenario in the editor title', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SCENARIO }).first().click();
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
    await page.locator('.editor-actions .action-label[aria-label^="Run Scenario"]').first().waitFor({ timeout: 60_000 });
  });

  await check(page, 'clicking ▶ Run opens the results panel, which draws every chart when the run completes', async () => {
    await page.locator('.editor-actions .action-label[aria-label^="Run Scenario"]').first().click();
    await panel.locator('.run-state.complete').waitFor({ timeout: 300_000 });
    const charts = panel.locator('figure[data-panel] canvas');
    await charts.first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500); // chart.js animates its first draw
    await expectChartsDrawn(panel);
    await clearNotifications(page);
    await page.screenshot({ path: join(artifacts, 'results-panel.png') });
    await panel.locator('figure[data-panel]').first().screenshot({ path: join(artifacts, 'results-first-chart.png') });
  });

  await check(page, 'after the run the code lenses show headline numbers', async () => {
    // The lens above `variant kist`: its median latency and mean kernel queue time, each with its
    // change against the baseline, which the experiment's lens names.
    const lens = editor.locator('.codelens-decoration', { hasText: /p50 TTLB .* · mean kernel queue \S+ m?s (×|[−+]\d)/ }).first();
    await lens.waitFor({ timeout: 60_000 });
    log('code lens:', await lens.textContent());
    const experimentLens = editor.locator('.codelens-decoration', { hasText: /results: .* · changes vs amap/ }).first();
    await experimentLens.waitFor({ timeout: 10_000 });
    log('experiment lens:', await experimentLens.textContent());
    await clearNotifications(page);
    await page.screenshot({ path: join(artifacts, 'workbench-after-run.png') });
    await editor.screenshot({ path: join(artifacts, 'editor-code-lenses.png') });
  });

  await check(page, 'hovering a variant shows the CDF chart of its headline latency and a link to the panel', async () => {
    // The name in `variant kist {`: its box from a DOM range over the rendered line's text.
    const line = page.locator('.monaco-editor .view-line', { hasText: /variant\s+kist\s/ }).first();
    await line.waitFor({ timeout: 10_000 });
    const word = await line.evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('kist') ?? -1; // the first on the line: the variant's name
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 4);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return null;
    });
    if (!word) throw new Error('the line `variant kist` has no text "kist"');
    await page.mouse.move(word.x - 40, word.y, { steps: 2 });
    await page.mouse.move(word.x, word.y, { steps: 4 });
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Open results panel' }).first();
    await hover.waitFor({ state: 'visible', timeout: 20_000 });
    const image = hover.locator('img').first();
    await image.waitFor({ state: 'visible', timeout: 10_000 });
    await image.evaluate((img) => (img as HTMLImageElement).decode());
    const shown = await image.evaluate((img) => {
      const i = img as HTMLImageElement;
      const box = i.getBoundingClientRect();
      return { src: i.src.slice(0, 26), natural: [i.naturalWidth, i.naturalHeight], shown: [Math.round(box.width), Math.round(box.height)] };
    });
    log('hover image:', JSON.stringify(shown));
    if (!shown.src.startsWith('data:image/svg+xml')) throw new Error(`the hover image is not the SVG chart: ${JSON.stringify(shown)}`);
    if (shown.natural[0]! < 200 || shown.natural[1]! < 100 || shown.shown[0]! < 200 || shown.shown[1]! < 100) throw new Error(`the hover chart is too small: ${JSON.stringify(shown)}`);
    const link = hover.locator('a', { hasText: 'Open results panel' }).first();
    const target = (await link.getAttribute('data-href')) ?? (await link.getAttribute('href')) ?? '';
    log('hover link:', target.slice(0, 60));
    if (!target.startsWith('command:tornet.')) throw new Error(`the hover link does not run the extension's command: ${target}`);
    // VS Code caps the hover's height and scrolls the rest out of sight: the link and the whole chart must fit.
    const [h, l, i, a] = [await hover.boundingBox(), await line.boundingBox(), await image.boundingBox(), await link.boundingBox()];
    if (!h || !l || !i || !a) throw new Error('the hover, its line, chart or link has no box');
    log('hover box:', JSON.stringify({ hover: [h.y, h.height], chart: [i.y, i.height], link: [a.y, a.height] }));
    for (const [what, box] of [['chart', i], ['link', a]] as const) {
      if (box.y < h.y || box.y + box.height > h.y + h.height) throw new Error(`the hover cuts its ${what}: ${JSON.stringify({ hover: h, [what]: box })}`);
    }
    // The hover and the line it explains.
    const [x, y] = [Math.max(0, Math.min(h.x, l.x) - 12), Math.max(0, Math.min(h.y, l.y) - 12)];
    const clip = { x, y, width: Math.min(Math.max(h.x + h.width, word.x + 200) + 12 - x, 1680 - x), height: Math.max(h.y + h.height, l.y + l.height) + 12 - y };
    await page.screenshot({ path: join(artifacts, 'e2e-variant-hover.png'), clip });
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 500);
    await hover.waitFor({ state: 'hidden', timeout: 10_000 });
  });

  await check(page, 'after a window reload the results panel comes back with its charts and table', async () => {
    await page.evaluate(() => Object.assign(window, { tornetBeforeReload: true }));
    await runCommand(page, 'Developer: Reload Window');
    await page.waitForFunction(() => !('tornetBeforeReload' in window), undefined, { timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SCENARIO }).first().waitFor({ timeout: 90_000 });
    await panel.locator('figure[data-panel] canvas').first().waitFor({ timeout: 90_000 });
    await panel.locator('table.percentiles tbody tr').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1500); // chart.js animates its first draw
    await expectChartsDrawn(panel);
    await clearNotifications(page);
    await page.screenshot({ path: join(artifacts, 'results-panel-after-reload.png') });
  });
} finally {
  await context.close();
}
const failed = outcomes.filter((o) => o.state === 'failed').length;
writeFileSync(requireEnv('UI_REPORT'), JSON.stringify({ passed: outcomes.length - failed, failed, outcomes }, null, 2));
console.log(`ui: ${outcomes.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
