// Runs the tornet CLI as a child process on this machine's Node and checks exit codes and
// output format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const workspace = mkdtempSync(join(tmpdir(), 'tornet-cli-'));

// The workspace lies outside the repository, so tsx is named by its resolved location.
const tsx = import.meta.resolve('tsx');

function tornet(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', tsx, join(root, 'cli/main.ts'), ...args], { cwd: workspace, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NETWORK = `internet { location east { } }
relays net x 3 { flags guard exit }
servers files x 1 { }
clients users x 1 { }
`;
writeFileSync(join(workspace, 'clean.tornet'), `${NETWORK}experiment e { vary load [low: 0.5, high: 2] }\n`);
writeFileSync(join(workspace, 'warning.tornet'), `${NETWORK}const unused = 1\n`);
writeFileSync(join(workspace, 'errors.tornet'), `${NETWORK}scenario {\n  duration 10 MiB\n}\n`);

test('check: a clean file prints nothing and exits 0', () => {
  const result = tornet('check', 'clean.tornet');
  assert.deepEqual([result.code, result.stdout], [0, '']);
});

test('check: warnings are printed but the exit code stays 0', () => {
  const result = tornet('check', 'warning.tornet');
  assert.equal(result.code, 0);
  assert.equal(result.stdout, 'warning.tornet:5:7: warning TN204 The constant \'unused\' is never used.\n');
});

test('check: errors print file:line:col: error CODE message and exit 1', () => {
  const result = tornet('check', 'clean.tornet', 'errors.tornet');
  assert.equal(result.code, 1);
  assert.match(result.stdout, /^errors\.tornet:6:12: error TN302 .+\n$/);
});

test('check: a missing file exits 2', () => {
  const result = tornet('check', 'missing.tornet');
  assert.equal(result.code, 2);
  assert.match(result.stderr, /missing\.tornet: cannot read/);
});

test('model: prints the resolved scenario, or one variant', () => {
  const whole = tornet('model', 'clean.tornet');
  assert.equal(whole.code, 0);
  const model = JSON.parse(whole.stdout);
  assert.equal(model.version, 1);
  assert.deepEqual(model.experiments[0].variants.map((v: { name: string }) => v.name), ['low', 'high']);
  const variant = tornet('model', 'clean.tornet', '--variant', 'high');
  assert.equal(JSON.parse(variant.stdout).config.clients[0].count, 2);
  const unknown = tornet('model', 'clean.tornet', '--variant', 'medium');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no variant 'medium' \(variants: low, high\)/);
});

test('model: a file with errors prints its diagnostics and exits 1', () => {
  const result = tornet('model', 'errors.tornet');
  assert.equal(result.code, 1);
  assert.match(result.stderr, /TN302/);
});

test('usage errors exit 2', () => {
  assert.equal(tornet('frobnicate').code, 2);
});

test('the bundled CLI runs on this Node through bin/tornet.cjs', () => {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  const result = spawnSync(process.execPath, [join(root, 'bin/tornet.cjs'), 'check', 'errors.tornet'], { cwd: workspace, encoding: 'utf8' });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /errors\.tornet:6:12: error TN302/);
});
