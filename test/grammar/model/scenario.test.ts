// The model is plain JSON, versioned, and the same input always gives the same bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkDocument } from '../../../grammar';
import { SCENARIO_MODEL_VERSION } from '../../../grammar/model/scenario';

const path = new URL('../../../examples/kist-load-loss.tornet', import.meta.url).pathname;
const text = readFileSync(path, 'utf8');

test('the model survives a JSON round trip unchanged', () => {
  const model = checkDocument(path, text).model!;
  assert.equal(model.version, SCENARIO_MODEL_VERSION);
  assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
});

test('the same text gives byte-identical model JSON', () => {
  assert.equal(JSON.stringify(checkDocument(path, text).model), JSON.stringify(checkDocument(path, text).model));
});

test('variants are independent copies: changing one leaves the base alone', () => {
  const model = checkDocument(path, text).model!;
  const amap = model.experiments[0]!.variants[0]!;
  assert.equal(amap.config.relays[0]!.socketScheduler.type, 'vanilla');
  assert.equal(model.base.relays[0]!.socketScheduler.type, 'kist');
});
