// Every example scenario checks without errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDocument } from '../../../grammar';
import { NodeFileSystem } from '../../../cli/node-file-system';

const root = resolve(import.meta.dirname, '../../..');
const examples = readdirSync(join(root, 'examples')).filter((name) => name.endsWith('.tornet'));

test('there are examples', () => assert.ok(examples.length > 0));

for (const name of examples) {
  test(`examples/${name} has no errors and yields a model`, () => {
    const path = join(root, 'examples', name);
    const result = checkDocument(path, readFileSync(path, 'utf8'), { fileSystem: new NodeFileSystem(root) });
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
    assert.ok(result.model);
  });
}

test('the KIST example reproduces the paper\'s 2 × 3 × 3 design', () => {
  const path = join(root, 'examples', 'kist-load-loss.tornet');
  const model = checkDocument(path, readFileSync(path, 'utf8')).model!;
  const experiment = model.experiments[0]!;
  assert.equal(experiment.variants.length, 18);
  assert.equal(experiment.baseline, 'amap-normal-normal');
  const high = experiment.variants.find((variant) => variant.name === 'kist-high-high')!.config;
  assert.deepEqual(high.internet.loss, { type: 'proportional', rate: 0.015, per: 0.3, cap: 0.3, name: 'kist-high', scale: 2, max: 0.03 });
  assert.equal(high.clients.find((group) => group.name === 'web')!.count, 1673); // 1,200 × 1.394
});
