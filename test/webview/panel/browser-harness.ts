// Loads the results panel in Debian's headless Chromium the way VS Code would: the page from
// extension/results-panel-html.ts under its CSP, the bundle built from scripts/webview-bundle.mjs,
// `acquireVsCodeApi` stubbed to record what the page posts, and VS Code's theme variables and
// body class set by the test. Requests go to a fake origin served from memory: no network.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { resultsPanelHtml } from '../../../extension/results-panel-html';
import type { HostMessage, PanelMessage } from '../../../webview/protocol';
// @ts-expect-error plain ESM module without type declarations
import { webviewBundles } from '../../../scripts/webview-bundle.mjs';

export const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const ORIGIN = 'https://panel.test';
const root = new URL('../../../', import.meta.url).pathname;

export const LIGHT = {
  bodyClass: 'vscode-light',
  variables: {
    '--vscode-editor-background': '#ffffff',
    '--vscode-foreground': '#3b3b3b',
    '--vscode-editor-foreground': '#3b3b3b',
    '--vscode-charts-lines': '#61616180', // VS Code's: the foreground at half opacity
    '--vscode-charts-blue': '#1a85ff',
    '--vscode-charts-red': '#e51400',
    '--vscode-charts-green': '#388a34',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-purple': '#652d90',
    '--vscode-charts-yellow': '#bf8803',
    '--vscode-descriptionForeground': '#717171',
    '--vscode-errorForeground': '#e51400',
    '--vscode-font-family': 'sans-serif',
    '--vscode-font-size': '13px',
    '--vscode-button-secondaryBackground': '#e5e5e5',
    '--vscode-button-secondaryForeground': '#3b3b3b',
    '--vscode-dropdown-background': '#ffffff',
    '--vscode-dropdown-border': '#cecece',
    '--vscode-editorWidget-border': '#e5e5e5',
    '--vscode-focusBorder': '#005fb8',
  },
};

export const DARK = {
  bodyClass: 'vscode-dark',
  variables: {
    ...LIGHT.variables,
    '--vscode-editor-background': '#1f1f1f',
    '--vscode-foreground': '#cccccc',
    '--vscode-editor-foreground': '#cccccc',
    '--vscode-charts-lines': '#cccccc80',
    '--vscode-charts-blue': '#3794ff',
    '--vscode-charts-red': '#f14c4c',
    '--vscode-charts-green': '#89d185',
    '--vscode-charts-orange': '#d18616',
    '--vscode-charts-purple': '#b180d7',
    '--vscode-charts-yellow': '#cca700',
    '--vscode-descriptionForeground': '#9d9d9d',
    '--vscode-errorForeground': '#f85149',
    '--vscode-button-secondaryBackground': '#313131',
    '--vscode-button-secondaryForeground': '#cccccc',
    '--vscode-dropdown-background': '#313131',
    '--vscode-dropdown-border': '#3c3c3c',
    '--vscode-editorWidget-border': '#454545',
    '--vscode-focusBorder': '#0078d4',
  },
};

export const HIGH_CONTRAST = {
  bodyClass: 'vscode-high-contrast',
  variables: {
    ...DARK.variables,
    '--vscode-editor-background': '#000000',
    '--vscode-foreground': '#ffffff',
    '--vscode-editor-foreground': '#ffffff',
    '--vscode-contrastBorder': '#6fc3df',
    '--vscode-focusBorder': '#f38518',
    '--vscode-button-secondaryBackground': '#000000',
    '--vscode-button-border': '#6fc3df',
    '--vscode-editorWidget-border': '#6fc3df',
    '--vscode-descriptionForeground': '#ffffff',
  },
};

export type ThemeSpec = typeof LIGHT;

export class PanelHarness {
  private constructor(
    private readonly browser: BrowserContext,
    private readonly files: Map<string, string>,
    private readonly profile: string,
  ) {}

  static async start(): Promise<PanelHarness> {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM=/path/to/chromium`);
    const out = mkdtempSync(join(tmpdir(), 'tornet-webview-'));
    const files = new Map<string, string>();
    for (const bundle of webviewBundles as { outfile: string }[]) {
      const outfile = join(out, bundle.outfile.replace(/^dist\//, ''));
      await build({ absWorkingDir: root, bundle: true, logLevel: 'warning', ...bundle, outfile });
      files.set(`/${bundle.outfile.replace(/^dist\//, '')}`, readFileSync(outfile, 'utf8'));
    }
    const profile = join(out, 'profile');
    // A fresh profile in the temporary folder: nothing of the machine's own Chromium is used.
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    return new PanelHarness(browser, files, out);
  }

  /** A fresh page with the panel loaded, themed, and ready (it has posted `ready`). */
  async open(theme: ThemeSpec = LIGHT): Promise<PanelPage> {
    const page = await this.browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/index.html') {
        const html = resultsPanelHtml({ cspSource: ORIGIN, nonce: 'dGVzdG5vbmNl', scriptUri: `${ORIGIN}/webview.js`, styleUri: `${ORIGIN}/webview.css`, title: 'Results' });
        return route.fulfill({ contentType: 'text/html', body: html });
      }
      const body = this.files.get(path);
      if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ contentType: path.endsWith('.css') ? 'text/css' : 'text/javascript', body });
    });
    // tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(...)`; the
    // functions handed to the page below are serialised with that call in them.
    await page.addInitScript('window.__name = (f) => f;');
    await page.addInitScript(() => {
      const w = window as unknown as { posted: unknown[]; savedState: unknown; cspViolations: string[]; acquireVsCodeApi: () => unknown };
      w.posted = [];
      w.savedState = undefined;
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
      w.acquireVsCodeApi = () => ({
        postMessage: (message: unknown) => w.posted.push(message),
        getState: () => w.savedState,
        setState: (state: unknown) => (w.savedState = state),
      });
    });
    await page.goto(`${ORIGIN}/index.html`);
    const panel = new PanelPage(page, problems);
    await panel.setTheme(theme);
    try {
      await page.waitForFunction(() => (window as unknown as { posted: { type: string }[] }).posted.some((m) => m.type === 'ready'), undefined, { timeout: 10_000 });
    } catch (error) {
      throw new Error(`the panel never said ready: ${JSON.stringify(await panel.trouble())}`, { cause: error });
    }
    return panel;
  }

  async close(): Promise<void> {
    await this.browser.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export class PanelPage {
  constructor(
    readonly page: Page,
    private readonly problems: string[],
  ) {}

  /** What VS Code does on a theme change: new variables on <html>, new class on <body>. */
  async setTheme(theme: ThemeSpec): Promise<void> {
    await this.page.evaluate((t) => {
      for (const [name, value] of Object.entries(t.variables)) document.documentElement.style.setProperty(name, value);
      document.body.className = t.bodyClass;
    }, theme);
  }

  /** What the host's webview.postMessage does. */
  async send(message: HostMessage): Promise<void> {
    await this.page.evaluate((m) => window.postMessage(m, '*'), message);
  }

  async posted(): Promise<PanelMessage[]> {
    return this.page.evaluate(() => (window as unknown as { posted: PanelMessage[] }).posted);
  }

  async waitForPosted(predicate: string): Promise<PanelMessage> {
    const handle = await this.page.waitForFunction(`window.posted.find(${predicate})`);
    return (await handle.jsonValue()) as PanelMessage;
  }

  /** Page errors, console errors and CSP violations so far. */
  async trouble(): Promise<string[]> {
    const csp = await this.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    return [...this.problems, ...csp.map((v) => `CSP violation: ${v}`)];
  }

  /** Pixel statistics of one chart's canvas. */
  async canvasStats(panelId: string, colours: string[] = []): Promise<{ corner: number[]; nonBackground: number; total: number; near: number[]; dataUrl: string }> {
    return this.page.evaluate(
      ([id, cs]) => {
        const canvas = document.querySelector<HTMLCanvasElement>(`figure[data-panel="${CSS.escape(id)}"] canvas`)!;
        const ctx = canvas.getContext('2d')!;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const corner = [data[0]!, data[1]!, data[2]!, data[3]!];
        const rgb = cs.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
        const near = rgb.map(() => 0);
        let nonBackground = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs(data[i]! - corner[0]!) + Math.abs(data[i + 1]! - corner[1]!) + Math.abs(data[i + 2]! - corner[2]!) > 30) nonBackground++;
          rgb.forEach((c, k) => {
            if (Math.abs(data[i]! - c[0]!) + Math.abs(data[i + 1]! - c[1]!) + Math.abs(data[i + 2]! - c[2]!) < 12) near[k]!++;
          });
        }
        return { corner, nonBackground, total: data.length / 4, near, dataUrl: canvas.toDataURL() };
      },
      [panelId, colours] as const,
    );
  }
}
