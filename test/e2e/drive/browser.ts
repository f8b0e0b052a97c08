// Debian's Chromium, headless, driven by playwright-core: the flags that keep it off the network
// (this machine has none) and a route that refuses anything but loopback.
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const log = (() => {
  const start = Date.now();
  return (...parts: unknown[]) => console.log(`[${((Date.now() - start) / 1000).toFixed(1)}s]`, ...parts);
})();

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (the harness test/e2e/run.sh sets it)`);
  return value;
}

export async function launchBrowser(profileDir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1680, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  await context.route(
    (url) => /^(http|ws)s?:$/.test(url.protocol) && !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => {
      log('refused a request off this machine:', route.request().url());
      return route.abort();
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => log('page error:', error.message));
  return { context, page };
}

/** The workbench URL that opens `folder`; `payload` entries are honoured by code-server started
 *  with `--vscode-option enable-smoke-test-driver` (extensionDevelopmentPath, extensionTestsPath). */
export function workbenchUrl(base: string, folder: string, payload: Record<string, string> = {}): string {
  const authority = new URL(base).host;
  const entries = Object.entries(payload).map(([key, path]) => [key, `vscode-remote://${authority}${path}`]);
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (entries.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(entries))}`;
  return url;
}
