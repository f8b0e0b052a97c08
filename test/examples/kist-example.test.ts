// examples/kist-load-loss.tornet is the KIST paper's network (Jansen & Traudt 2017, §4.1–4.2) scaled
// down as a whole: every population by the same factor, so each relay carries the paper's load.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkDocument } from '../../grammar';
import { NodeFileSystem } from '../../cli/node-file-system';

const root = new URL('../..', import.meta.url).pathname;
const path = join(root, 'examples', 'kist-load-loss.tornet');
const model = checkDocument(path, readFileSync(path, 'utf8'), { fileSystem: new NodeFileSystem(root) }).model!;
const variant = (name: string) => model.experiments[0]!.variants.find((v) => v.name === name)!.config;

/** §4.1: 2,000 relays, 48,005 web, 1,495 bulk and 300 perf clients, 5,000 file servers. */
const PAPER = { relays: 2000, web: 48_005, bulk: 1495, perf: 300, servers: 5000 };

test('relays, clients and servers are scaled by one factor, as in the paper', () => {
  const base = variant('kist-normal-normal');
  const scale = base.relays.reduce((n, g) => n + g.count, 0) / PAPER.relays;
  const clients = (name: string): number => base.clients.find((g) => g.name === name)!.count;
  for (const [name, count] of [['web', clients('web')], ['bulk', clients('bulk')], ['perf', clients('perf')], ['servers', base.servers.reduce((n, g) => n + g.count, 0)]] as const) {
    const expected = PAPER[name] * scale;
    assert.ok(Math.abs(count - expected) <= 0.5, `${name}: ${count}, the paper's ${PAPER[name]} × ${scale} = ${expected}`);
  }
});

test("the load variants remove and add the paper's 19,600 clients", () => {
  const web = (name: string): number => variant(name).clients.find((g) => g.name === 'web')!.count;
  const total = PAPER.web + PAPER.bulk + PAPER.perf;
  assert.ok(Math.abs(web('kist-low-normal') / web('kist-normal-normal') - (total - 19_600) / total) < 0.002);
  assert.ok(Math.abs(web('kist-high-normal') / web('kist-normal-normal') - (total + 19_600) / total) < 0.002);
});

test("the paper's Shadow setup: Shadow's send-buffer sizing, KIST every 10 ms, web think 1–60 s, perf pauses 60–120 s", () => {
  const kist = variant('kist-normal-normal');
  assert.equal(kist.internet.sendBuffers, 'shadow');
  assert.deepEqual(kist.relays.map((g) => g.socketScheduler), kist.relays.map(() => ({ type: 'kist', interval: 0.01, socketBufferFactor: 1, globalWriteLimit: null })));
  const group = (name: string) => kist.clients.find((g) => g.name === name)!;
  assert.deepEqual(group('web').think, { type: 'uniform', min: 1, max: 60 });
  assert.deepEqual(group('bulk').think, { type: 'constant', value: 0 });
  assert.deepEqual([group('perf').think, group('perf').every, group('perf').freshCircuit], [{ type: 'uniform', min: 60, max: 120 }, null, true]);
});
