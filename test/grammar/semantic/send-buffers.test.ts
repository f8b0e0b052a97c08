// internet.send-buffers: how hosts size TCP send buffers, read into the model and varied by experiments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, clean, NETWORK } from './check-helper';

test('send-buffers defaults to linux and reads shadow', () => {
  assert.equal(clean(NETWORK).base.internet.sendBuffers, 'linux');
  const shadow = clean(NETWORK.replace('internet {', 'internet {\n  send-buffers shadow'));
  assert.equal(shadow.base.internet.sendBuffers, 'shadow');
});

test('send-buffers can be varied and rejects unknown sizings with a location', () => {
  const model = clean(`${NETWORK}
experiment buffers { vary internet.send-buffers [linux, shadow] }`);
  assert.deepEqual(model.experiments[0]!.variants.map((v) => v.config.internet.sendBuffers), ['linux', 'shadow']);
  const { diagnostics } = check(NETWORK.replace('internet {', 'internet {\n  send-buffers bsd'));
  assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
  assert.match(diagnostics[0]!.message, /bsd/);
  assert.equal(diagnostics[0]!.range.start.line, 2);
});
