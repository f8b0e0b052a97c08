// Mode 2: the packaged extension (.vsix installed into code-server) used as a person would: open
// the scenario from the explorer, click ▶ Run Scenario in the editor title, wait for the results
// panel to draw its charts, then read the code lenses' headline numbers. Screenshots go to
// ARTIFACTS; UI_REPORT gets {passed, failed, outcomes} like the in-host suite's report.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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
    // A chart with data has series in colour; background, grid, axes and text are grey.
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
} finally {
  await context.close();
}
const failed = outcomes.filter((o) => o.state === 'failed').length;
writeFileSync(requireEnv('UI_REPORT'), JSON.stringify({ passed: outcomes.length - failed, failed, outcomes }, null, 2));
console.log(`ui: ${outcomes.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
