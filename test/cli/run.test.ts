// `tornet run` end to end, as a user runs it: a child process on a tiny inline scenario.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import type { ResultsFile } from '../../simulator/results/types';
import { tinyScenarioText } from '../support/tiny-scenario';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'cli/main.ts');
const node = [process.execPath, '--import', import.meta.resolve('tsx')] as const;
const schema = JSON.parse(readFileSync(join(root, 'simulator/results/results.schema.json'), 'utf8'));

const SCENARIO = tinyScenarioText({ name: 'tiny run', duration: '5 s', warmup: '1 s', seeds: 1 });

function workspace(text = SCENARIO): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tornet-run-'));
  const file = join(dir, 'tiny.tornet');
  writeFileSync(file, text);
  return { dir, file };
}

function tornet(args: string[], cwd: string) {
  return spawnSync(node[0], [...node.slice(1), cli, ...args], { cwd, encoding: 'utf8' });
}

const withoutWallClock = (text: string) => JSON.stringify({ ...JSON.parse(text), wallClock: null });

test('tornet run writes schema-valid results.json and report.html, identical across repeats apart from the wall clock', () => {
  const { dir } = workspace();
  const first = tornet(['run', 'tiny.tornet', '--seeds', '2', '--out', 'a', '--summary'], dir);
  assert.equal(first.status, 0, first.stderr);
  const second = tornet(['run', 'tiny.tornet', '--seeds', '2', '--out', 'b', '--jobs', '1'], dir);
  assert.equal(second.status, 0, second.stderr);

  const a = readFileSync(join(dir, 'a/results.json'), 'utf8');
  const b = readFileSync(join(dir, 'b/results.json'), 'utf8');
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  assert.ok(validate(JSON.parse(a)), JSON.stringify(validate.errors, null, 2));
  const results = JSON.parse(a) as ResultsFile;
  assert.equal(withoutWallClock(a), withoutWallClock(b), 'same file and seeds → same results, whatever the job count');
  assert.notEqual(a, b, 'the wall-clock object differs');

  assert.equal(results.complete, true);
  const [amap, kist] = results.experiments[0]!.variants;
  assert.deepEqual([amap!.name, kist!.name], ['amap', 'kist']);
  assert.deepEqual(amap!.aggregate!.seeds, [1, 2]);
  assert.ok(amap!.aggregate!.distributions.some((d) => d.info.id === 'ttlb:web'), 'web downloads completed');
  assert.ok(kist!.aggregate!.scalars.kistRuns.mean > 0, 'KIST ran its scheduler');
  assert.equal(amap!.aggregate!.scalars.kistRuns.mean, 0);

  const html = readFileSync(join(dir, 'a/report.html'), 'utf8');
  assert.match(html, /Time to last byte, web clients/);
  assert.ok(!/<script[^>]+src=/.test(html), 'no external scripts: works offline');
  assert.match(first.stdout, /experiment cmp\nvariant\s+seeds\s+TTLB web p50/);
  assert.match(first.stdout, /\s+kernel queue mean\s+Tor queue mean\s+goodput mean\n/);
  assert.match(first.stdout, /amap \*\s+2/);
});

test('the same scenario in two checkouts gives byte-identical results.json apart from the wall clock, however the file is named', () => {
  const first = workspace();
  const second = workspace();
  const short = ['--variant', 'amap', '--duration', '3', '--warmup', '0.5'];
  const a = tornet(['run', 'tiny.tornet', ...short, '--out', 'out'], first.dir);
  assert.equal(a.status, 0, a.stderr);
  const b = tornet(['run', second.file, ...short, '--out', join(second.dir, 'out')], second.dir);
  assert.equal(b.status, 0, b.stderr);

  const [textA, textB] = [first.dir, second.dir].map((dir) => readFileSync(join(dir, 'out/results.json'), 'utf8'));
  const beforeWallClock = (text: string) => text.slice(0, text.indexOf('"wallClock"'));
  assert.ok(beforeWallClock(textA!).length > 1000, 'the wall clock comes after the results');
  assert.equal(beforeWallClock(textA!), beforeWallClock(textB!));
  assert.ok(!textA!.includes(first.dir) && !textB!.includes(second.dir), 'no path of the checkout is recorded');
  const results = JSON.parse(textA!) as ResultsFile;
  assert.equal(results.scenario.path, 'tiny.tornet');
  assert.equal(results.scenario.model.source, 'tiny.tornet');
});

test('--variant runs only the named variants; an unknown one is refused with the valid names (exit 2)', () => {
  const { dir } = workspace();
  const unknown = tornet(['run', 'tiny.tornet', '--variant', 'kits'], dir);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /no variant 'kits' \(variants: amap, kist\)/);
  assert.ok(!existsSync(join(dir, 'tiny-results')), 'nothing is written');

  const one = tornet(['run', 'tiny.tornet', '--variant', 'kist'], dir);
  assert.equal(one.status, 0, one.stderr);
  const results = JSON.parse(readFileSync(join(dir, 'tiny-results/results.json'), 'utf8'));
  assert.deepEqual(results.experiments[0].variants.map((v: { name: string }) => v.name), ['kist']);
  assert.equal(results.experiments[0].variants[0].aggregate.distributions[0].change, null, 'no baseline run, no change');
});

test('--duration and --warmup shorten every run, and results.json records the model that was run', () => {
  const { dir } = workspace();
  const short = tornet(['run', 'tiny.tornet', '--variant', 'amap', '--duration', '3', '--warmup', '0.5'], dir);
  assert.equal(short.status, 0, short.stderr);
  const results = JSON.parse(readFileSync(join(dir, 'tiny-results/results.json'), 'utf8')) as ResultsFile;
  const [variant] = results.experiments[0]!.variants;
  assert.deepEqual([variant!.runs[0]!.summary!.simulatedSeconds, variant!.runs[0]!.summary!.warmupSeconds], [3, 0.5]);
  assert.deepEqual(results.scenario.model.experiments[0]!.variants.map((v) => [v.config.run.duration, v.config.run.warmup]), [[3, 0.5], [3, 0.5]]);
  assert.equal(results.scenario.model.base.run.duration, 3);

  const tooShort = tornet(['run', 'tiny.tornet', '--duration', '1'], dir);
  assert.equal(tooShort.status, 2);
  assert.match(tooShort.stderr, /tiny\.tornet: the warm-up \(1 s\) must be shorter than the duration \(1 s\)/);
});

test('a file with errors is refused with diagnostics as tornet check prints them (exit 1)', () => {
  const { dir } = workspace(SCENARIO.replace('duration 5 s', 'duration 5 parsecs'));
  const result = tornet(['run', 'tiny.tornet'], dir);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^tiny\.tornet:2:\d+: error TN\d+ /m);
});

test('bad options and unreadable files cannot run (exit 2)', () => {
  const { dir } = workspace();
  assert.equal(tornet(['run', 'tiny.tornet', '--seeds', '0'], dir).status, 2);
  assert.equal(tornet(['run', 'tiny.tornet', '--experiment', 'nope'], dir).status, 2);
  assert.equal(tornet(['run', 'tiny.tornet', '--duration', '0'], dir).status, 2);
  assert.equal(tornet(['run', 'tiny.tornet', '--warmup', '-1'], dir).status, 2);
  const missing = tornet(['run', 'missing.tornet'], dir);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /missing\.tornet: cannot read/);
});

test('Ctrl-C stops cleanly: finished runs are written, the rest marked, exit 130', async () => {
  // runs one at a time; interrupt as soon as the first has finished, while the second runs
  const { dir } = workspace(SCENARIO.replace('duration 5 s', 'duration 60 s'));
  const child = spawn(node[0], [...node.slice(1), cli, 'run', 'tiny.tornet', '--jobs', '1', '--seeds', '2'], { cwd: dir });
  let stderr = '';
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (/run cmp\/amap seed 1 done/.test(stderr) && !child.killed) child.kill('SIGINT');
  });
  const code = await exited;
  assert.equal(code, 130, stderr);
  assert.match(stderr, /interrupted/);
  const results = JSON.parse(readFileSync(join(dir, 'tiny-results/results.json'), 'utf8'));
  assert.equal(results.complete, false);
  const statuses = results.experiments[0].variants.flatMap((v: { runs: { status: string }[] }) => v.runs.map((r) => r.status));
  assert.deepEqual(statuses, ['ok', 'cancelled', 'not-run', 'not-run']);
  assert.deepEqual(results.experiments[0].variants[0].aggregate.seeds, [1], 'the finished run is kept and aggregated');
  assert.equal(results.experiments[0].variants[1].aggregate, null);
});

test('Ctrl-C during a run writes what it measured so far, marked cancelled and left out of the aggregate', async () => {
  // long enough that the first status line (after 5 s of wall-clock time) always comes mid-run
  const { dir } = workspace(SCENARIO.replace('duration 5 s', 'duration 3600 s'));
  const child = spawn(node[0], [...node.slice(1), cli, 'run', 'tiny.tornet', '--variant', 'amap', '--jobs', '1', '--seeds', '2'], { cwd: dir });
  let stderr = '';
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    // the first status line comes after the first run has reported simulated progress
    if (/progress: 0\/2 runs, simulated [1-9]/.test(stderr) && !child.killed) child.kill('SIGINT');
  });
  const code = await exited;
  assert.equal(code, 130, stderr);
  assert.match(stderr, /run cmp\/amap seed 1 stopped at [\d.]+ s of 3600 s simulated: its partial metrics are written/);
  const results = JSON.parse(readFileSync(join(dir, 'tiny-results/results.json'), 'utf8')) as ResultsFile;
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  assert.ok(validate(results), JSON.stringify(validate.errors));
  assert.equal(results.complete, false);
  const [variant] = results.experiments[0]!.variants;
  assert.deepEqual(variant!.runs.map((r) => r.status), ['cancelled', 'not-run']);
  const partial = variant!.runs[0]!.summary!;
  assert.ok(partial.simulatedSeconds >= 1 && partial.simulatedSeconds < 3600, `stopped at ${partial.simulatedSeconds} s`);
  assert.match(stderr, new RegExp(`stopped at ${partial.simulatedSeconds} s`));
  assert.equal(partial.events > 0, true);
  assert.equal(variant!.aggregate, null, 'a partial run is not aggregated');
});
