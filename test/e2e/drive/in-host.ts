// Mode 1: opens the workbench with the extension loaded from its development folder and the
// in-host suite as extensionTestsPath; the suite runs inside the extension host and the workbench
// reports its exit code through window.codeAutomationExit. Exits with that code.
import { format } from 'node:util';
import type { ConsoleMessage } from 'playwright-core';
import { launchBrowser, log, requireEnv, workbenchUrl } from './browser';

const base = requireEnv('CS_URL');
const url = workbenchUrl(base, requireEnv('WORKSPACE'), {
  extensionDevelopmentPath: requireEnv('EXT_DEV_PATH'),
  extensionTestsPath: requireEnv('EXT_TESTS_PATH'),
});
/** The console line as the extension host wrote it: VS Code forwards `console.log(fmt, ...args)`
 *  behind a `%c LEVEL` prefix and its CSS argument; drop the styling and apply the format. */
async function formatted(message: ConsoleMessage): Promise<string> {
  const values = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
  if (typeof values[0] !== 'string' || !values[0].startsWith('%c')) return message.text();
  const [prefix, ...rest] = values as [string, ...unknown[]];
  const args = rest.slice((prefix.match(/%c/g) ?? []).length);
  return `${prefix.replaceAll('%c', '').trim()} ${format(...args)}`;
}
const timeoutMs = Number(process.env.SUITE_TIMEOUT_MS ?? 600_000);

const { context, page } = await launchBrowser(requireEnv('PW_PROFILE'));
let code = 1;
try {
  let reportExit: (exitCode: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (reportExit = resolve));
  await page.exposeFunction('codeAutomationExit', (exitCode: number) => reportExit(exitCode));
  // The extension host's console (mocha's report among it) is forwarded to the page's.
  page.on('console', (message) => void formatted(message).then((text) => log(text)));
  log('open', url);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the in-host suite did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  code = await Promise.race([exited, timedOut]).finally(() => clearTimeout(timer));
  log('the extension host exited with code', code);
} catch (error) {
  log('in-host run failed:', error);
  if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT }).catch(() => undefined);
} finally {
  await context.close();
}
process.exit(code);
