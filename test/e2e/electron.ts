// The in-host suite under @vscode/test-electron, for machines that can download a desktop VS Code
// (this one cannot: there, test/e2e/run.sh runs the same suite in code-server).
//   node --import tsx test/e2e/electron.ts [VSCODE_VERSION]   (default: stable)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = resolve(import.meta.dirname, '../..');
for (const script of ['scripts/build.mjs', 'test/e2e/build-suite.mjs']) {
  const built = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
// The suite writes into its workspace: give it a fresh copy of the fixture.
const scratch = mkdtempSync(join(tmpdir(), 'tornet-e2e-'));
const workspace = join(scratch, 'workspace');
cpSync(join(root, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
const report = join(scratch, 'in-host-report.json');

let code = 0;
try {
  await runTests({
    version: process.argv[2] ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'test/e2e/out/suite.cjs'),
    extensionTestsEnv: { TORNET_E2E_REPORT: report },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(error);
  code = 1;
}
try {
  const { passed, failed } = JSON.parse(readFileSync(report, 'utf8')) as { passed: number; failed: number };
  console.log(`e2e: ${passed} passed, ${failed} failed`);
} catch {
  console.log('e2e: 0 passed, 1 failed (the suite wrote no report)');
  code = 1;
}
process.exit(code);
