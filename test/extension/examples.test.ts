import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyExample, listExamples } from '../../extension/examples';

const examples = resolve(import.meta.dirname, '../../examples');

test('lists the shipped examples with their first comment line', async () => {
  const list = await listExamples(examples);
  const kist = list.find((e) => e.name === 'kist-load-loss')!;
  assert.ok(kist.description.startsWith('Reproduces: Jansen & Traudt'));
  assert.ok(list.every((e) => existsSync(e.path) && e.path.endsWith('.tornet')));
});

test('copies an example with the shared files it includes, keeping files that already exist', async () => {
  const target = mkdtempSync(join(tmpdir(), 'tornet-example-'));
  writeFileSync(join(target, 'imux-connections.tornet'), 'mine');
  const imux = (await listExamples(examples)).find((e) => e.name === 'imux-connections')!;
  const copied = await copyExample(imux, examples, target);
  assert.equal(copied.scenario, join(target, 'imux-connections.tornet'));
  assert.deepEqual(copied.kept, [join(target, 'imux-connections.tornet')]);
  assert.equal(readFileSync(copied.scenario, 'utf8'), 'mine', 'never overwritten');
  assert.equal(readFileSync(join(target, 'common', 'imux-network.tornet'), 'utf8'), readFileSync(join(examples, 'common', 'imux-network.tornet'), 'utf8'));
});
