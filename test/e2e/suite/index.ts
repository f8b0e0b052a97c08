// Entry of the in-host suite: VS Code loads this module (extensionTestsPath) inside the extension
// host and awaits run(); a rejection is a failed run. The same bundle serves code-server (see
// ../run.sh) and @vscode/test-electron (see ../electron.ts).
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import { metrics } from './metrics';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 120_000 });
  // The test files call mocha's describe/it, which bind to the context of this pre-require.
  mocha.suite.emit('pre-require', globalThis, 'in-host suite', mocha);
  await import('./activation.e2e');
  await import('./diagnostics.e2e');
  await import('./language-features.e2e');
  await import('./run.e2e');
  await import('./cancel.e2e');

  const outcomes: { title: string; state: 'passed' | 'failed'; error?: string }[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) => outcomes.push({ title: test.fullTitle(), state: 'passed' }));
    runner.on('fail', (test, error: Error) => outcomes.push({ title: test.fullTitle(), state: 'failed', error: String(error?.stack ?? error) }));
  });
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  // The harness reads this file: the workbench only reports an exit code.
  if (process.env.TORNET_E2E_REPORT) writeFileSync(process.env.TORNET_E2E_REPORT, JSON.stringify({ passed, failed: failures, outcomes, metrics }, null, 2));
  console.log(`in-host: ${passed} passed, ${failures} failed`);
  if (failures > 0) throw new Error(`${failures} in-host test(s) failed`);
}
